import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  staticDirs: [{ from: '../tests/fixtures', to: '/fixtures' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: {},
  // The library's own vite.config.ts serves the demo; Storybook needs none of that.
  viteFinal: async (viteConfig) => ({ ...viteConfig, root: undefined }),
};
export default config;
