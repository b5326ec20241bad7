// Node-side plugins of the test server (web-test-runner). Each returns the plugins it needs.
export function serverPlugins() {
  return [];
}
