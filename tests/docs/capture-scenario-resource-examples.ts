// Writes stories/xapi-examples/scenario.json and resource.json (shown by the Storybook xAPI page)
// from a real run: `npx web-test-runner --config tests/web-test-runner.config.mjs --files
// tests/docs/capture-scenario-resource-examples.ts`. tests/scenario.test.ts checks they still match.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { captureScenarioResourceExamples } from '../helpers/scenario-resource-examples.js';
import { expectAcceptedByLrs } from '../helpers/lrs.js';
import { expectValidStatement } from '../helpers/statements.js';

describe('xAPI examples of the scenario and the resource', () => {
  it('captures and writes them', async function () {
    this.timeout(60000);
    const examples = await captureScenarioResourceExamples();
    for (const statements of Object.values(examples)) {
      statements.forEach(expectValidStatement);
      await expectAcceptedByLrs(statements);
    }
    const written = await executeServerCommand<string[], typeof examples>('write-xapi-examples', examples);
    expect(written).to.have.length(2);
  });
});
