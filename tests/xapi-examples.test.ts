// The statements shown in the Storybook xAPI page (stories/xapi-examples/*.json, written by
// `npm run docs:xapi`) are real: valid, accepted by the real LRS, and shaped exactly like what the
// elements send today.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { Statement } from '../src/xapi/statement.js';
import { captureExamples, EXAMPLE_ELEMENTS, shapeOf } from './helpers/xapi-examples.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { expectValidStatement } from './helpers/statements.js';

const documented = async (element: string): Promise<Statement[]> => (await fetch(`/stories/xapi-examples/${element}.json`)).json();

describe('the documented xAPI examples', () => {
  it('are valid xAPI 1.0.3 that the real LRS accepts', async () => {
    for (const element of EXAMPLE_ELEMENTS) {
      const statements = await documented(element);
      expect(statements, element).to.not.be.empty;
      statements.forEach(expectValidStatement);
      await expectAcceptedByLrs(statements);
    }
  });

  it('match what the elements send now (verbs, types and properties; run `npm run docs:xapi` after a change)', async function () {
    this.timeout(60000);
    const fresh = await captureExamples();
    for (const element of EXAMPLE_ELEMENTS) {
      expect(shapeOf(fresh[element]), element).to.deep.equal(shapeOf(await documented(element)));
    }
  });
});
