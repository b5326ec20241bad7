import { expect } from '@open-wc/testing';
import type { Statement } from '../../src/xapi/statement.js';
import { statementSchema } from '../../src/xapi/statement.schema.js';

/** Asserts a statement is valid xAPI 1.0.3 as the library promises (schema + required fields). */
export function expectValidStatement(statement: Statement): void {
  const result = statementSchema.safeParse(statement);
  expect(result.success, JSON.stringify(result.error?.issues ?? [], null, 1)).to.equal(true);
  expect(statement).to.not.have.property('version');
  expect(statement.verb.display, 'verb display').to.be.an('object');
  expect(statement.context?.registration, 'registration').to.match(/^[0-9a-f-]{36}$/);
  expect(statement.timestamp).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  const groups = statement.context?.contextActivities ?? {};
  for (const list of Object.values(groups)) expect(list).to.be.an('array');
}

/** Collects every `spoc-statement` event seen on `document` until `stop()` is called. */
export function collectStatements(): { statements: Statement[]; stop: () => void } {
  const statements: Statement[] = [];
  const listener = (event: Event) => statements.push((event as CustomEvent<{ statement: Statement }>).detail.statement);
  document.addEventListener('spoc-statement', listener);
  return { statements, stop: () => document.removeEventListener('spoc-statement', listener) };
}
