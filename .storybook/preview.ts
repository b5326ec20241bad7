import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { literalOptions, markup } from '../stories/docs/markup.js';

setCustomElementsManifest(manifest);

/**
 * Controls that work: attributes get a control matching their type (number, boolean, a select for
 * string unions, text); `--spoc-*` custom properties a colour or text control, applied inline by
 * `markup()`; events, parts, slots and properties are documented, not "Set object" buttons.
 */
const controlsFromManifest: ArgTypesEnhancer = (context) => {
  const argTypes = { ...context.argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const typeText = argType.table?.type?.summary;
    let control: unknown;
    if (category === 'attributes' && /^reflected|\(reflected for css\)/i.test(argType.description ?? '')) {
      // A state the element reflects for CSS (`status`, `completed`…): documented, not a setting.
      argTypes[name] = { ...argType, control: false };
    } else if (category === 'attributes') {
      const options = literalOptions(typeText);
      if (options) control = { type: 'select' };
      else if (typeText?.includes('number')) control = { type: 'number' };
      else if (typeText?.includes('boolean')) control = { type: 'boolean' };
      else control = { type: 'text' };
      argTypes[name] = { ...argType, control: control as never, ...(options ? { options } : {}) };
    } else if (category === 'css custom properties') {
      argTypes[name] = { ...argType, control: { type: /color|background/.test(name) ? 'color' : 'text' } };
    } else if (name !== 'definition' && category !== undefined) {
      argTypes[name] = { ...argType, control: false };
    }
  }
  return argTypes;
};

/** A toolbar switch that sets `lang` on the story's container: every element follows it. */
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the elements',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'fr', title: 'Français' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'en' },
  argTypesEnhancers: [controlsFromManifest],
  // A story without its own render is the element's markup from its args (what "Show code" shows).
  render: (args, context) => markup(context.component as string, args),
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
