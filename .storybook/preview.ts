import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { literalOptions, markup } from '../stories/docs/markup.js';

setCustomElementsManifest(manifest);

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text?: string };
}
const attributesOf = (tag: string | undefined): Map<string, ManifestAttribute> =>
  new Map(
    ((manifest as { modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: ManifestAttribute[] }> }> }).modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === tag)?.attributes ?? []).map((a) => [a.name, a]),
  );

/**
 * Controls that work, from the manifest: every attribute gets a control and an arg type matching
 * its type (a select for string unions, number, boolean, text) — also when a part has the same
 * name (`title`), which Storybook would otherwise list as a part with no usable control; states the
 * element reflects for CSS (`status`, `completed`) are documented, not settings; `--spoc-*` custom
 * properties get a colour or text control, applied inline by `markup()`; events, parts, slots and
 * properties are documented, not "Set object" buttons.
 */
const controlsFromManifest: ArgTypesEnhancer = (context) => {
  const argTypes = { ...context.argTypes };
  const attributes = attributesOf(context.component as string | undefined);
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const attribute = attributes.get(name);
    if (attribute) {
      const typeText = attribute.type?.text;
      const table = { ...argType.table, category: 'attributes', type: { summary: typeText ?? 'string' } };
      if (/^reflected|\(reflected for css\)/i.test(attribute.description ?? '')) {
        argTypes[name] = { ...argType, table, control: false };
        continue;
      }
      const options = literalOptions(typeText);
      const [control, type] = options
        ? (['select', { name: 'enum', value: options }] as const)
        : typeText?.includes('number')
          ? (['number', { name: 'number' }] as const)
          : typeText?.includes('boolean')
            ? (['boolean', { name: 'boolean' }] as const)
            : (['text', { name: 'string' }] as const);
      // The arg type is always one Storybook can map from a URL or a control (a union is an enum).
      argTypes[name] = { ...argType, table, type: type as never, control: { type: control }, ...(options ? { options } : {}) };
    } else if (category === 'css custom properties') {
      argTypes[name] = { ...argType, type: { name: 'string' }, control: { type: /color|background/.test(name) ? 'color' : 'text' } };
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
