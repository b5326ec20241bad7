import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/** A toolbar switch that sets `lang` on the story's container: every element follows it. */
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the elements',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'fr', title: 'Français' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals['lang'] as string) ?? 'en';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // The guides first, then the elements; the README last, as the full reference.
    options: { storySort: { order: ['Introduction', 'Theming', ['Docs', 'Examples'], 'xAPI', 'Elements', 'README'] } },
  },
  tags: ['autodocs'],
};
export default preview;
