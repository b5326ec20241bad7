/**
 * `spoc-elements/xapi.js`: the framework-free xAPI client (no Lit, no DOM elements).
 */
export * from './statement.js';
export * from './statement.schema.js';
export * from './vocabulary.js';
export * from './interactions.js';
export * from './ids.js';
export * from './actor.js';
export * from './activity-id.js';
export * from './local-store.js';
export * from './tracker.js';
export * from './default-tracker.js';
export * from './lrs-client.js';
export * from './outbox.js';
