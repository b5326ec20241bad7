// What an element costs in xAPI code: tracker + interactions + local store, without zod.
export { Tracker } from '../../src/xapi/tracker.js';
export { encodeResponse, encodePattern, decodeResponse, decodePattern, matchesPattern } from '../../src/xapi/interactions.js';
export { LocalStore } from '../../src/xapi/local-store.js';
export { resolveActor, resolveRegistration } from '../../src/xapi/actor.js';
