// The core every element shares: lit, the base element, its controllers (definition loading with
// zod/mini, localization with the shared en/fr strings, xAPI; each element brings its own strings), the xAPI core and the default local store.
export { SpocElement } from '../../src/internal/spoc-element.js';
export { DefinitionController } from '../../src/controllers/definition-controller.js';
export { XapiController } from '../../src/controllers/xapi-controller.js';
export { Tracker } from '../../src/xapi/tracker.js';
