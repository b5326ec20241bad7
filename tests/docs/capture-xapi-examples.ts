// `npm run docs:xapi`: plays the example course and writes what each element sent to
// stories/xapi-examples/<element>.json (shown by the Storybook xAPI page). Not part of `npm test`;
// tests/xapi-examples.test.ts checks the written files still match what the elements send.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { captureExamples, EXAMPLE_ELEMENTS } from '../helpers/xapi-examples.js';
import { expectAcceptedByLrs } from '../helpers/lrs.js';
import { expectValidStatement } from '../helpers/statements.js';

describe('xAPI examples for the documentation', () => {
  it('captures and writes them', async function () {
    this.timeout(60000);
    const examples = await captureExamples();
    for (const element of EXAMPLE_ELEMENTS) {
      expect(examples[element], element).to.not.be.empty;
      examples[element].forEach(expectValidStatement);
      await expectAcceptedByLrs(examples[element]);
    }
    const written = await executeServerCommand<string[], typeof examples>('write-xapi-examples', examples);
    expect(written).to.have.length(EXAMPLE_ELEMENTS.length);
  });
});
