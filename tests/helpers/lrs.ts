// Browser side of the real LRS (see lrs-server.mjs): its endpoint, and a check that it accepts
// and stores what the library sends.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Statement } from '../../src/xapi/statement.js';

/** Any Basic credentials are accepted by the test LRS. */
export const LRS_AUTH = `Basic ${btoa('spoc:elements')}`;
const headers = { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH };

/** The real LRS's endpoint (`http://127.0.0.1:<port>/xAPI/`), started on first use. */
export async function lrsEndpoint(): Promise<string> {
  const { endpoint } = await executeServerCommand<{ endpoint: string }, undefined>('lrs-info');
  return endpoint;
}

/**
 * POSTs statements to the real LRS and asserts it accepted every one (200 + their ids in order),
 * then reads each back. The LRS's own validation message is in the failure text.
 */
export async function expectAcceptedByLrs(statements: Statement[]): Promise<void> {
  expect(statements.length, 'statements to post').to.be.greaterThan(0);
  const endpoint = await lrsEndpoint();
  const response = await fetch(`${endpoint}statements`, { method: 'POST', headers, body: JSON.stringify(statements) });
  const body = await response.text();
  expect(response.status, `LRS answer: ${body}`).to.equal(200);
  expect(JSON.parse(body)).to.deep.equal(statements.map((s) => s.id));
  for (const statement of statements) {
    const stored = await fetch(`${endpoint}statements?statementId=${statement.id}`, { headers });
    expect(stored.status, `statement ${statement.id} read back`).to.equal(200);
    expect((await stored.json()).verb.id).to.equal(statement.verb.id);
  }
}
