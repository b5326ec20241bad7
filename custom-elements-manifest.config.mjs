// Custom Elements Manifest: read the JSDoc of every public element (not styles or schemas).
// Two plugins write typed tags for JSX (Preact, Solid, Stencil…) and Vue users from it:
// dist/types/jsx.d.ts and dist/types/vue.d.ts, importing each class from its element's declarations.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// `@status`, `@since` and `@dependency` are our own tags: the plugin copies them into the manifest.
function customTags() {
  const tags = ['status', 'since', 'dependency'];
  return {
    name: 'spoc-custom-tags',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!declaration) return;
      for (const doc of node.jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          const name = tag.tagName.getText();
          if (!tags.includes(name)) continue;
          const text = typeof tag.comment === 'string' ? tag.comment.trim() : '';
          if (name === 'dependency') (declaration.dependencies ??= []).push(text);
          else declaration[name] = text;
        }
      }
    },
  };
}

/**
 * Only the public API goes in the manifest (Storybook's docs tables, editors, the generated
 * types): private and protected members are implementation. The analyzer also lists a
 * `dispatchEvent(new SpocErrorEvent(…))` as a nameless event: the JSDoc already names it.
 */
function publicApiOnly() {
  return {
    name: 'spoc-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          if (declaration.members) declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
        }
    },
  };
}

/**
 * An attribute typed with an alias of string literals (`variant: ProgressVariant`) is written with
 * the literals themselves (`'bar' | 'ring' | 'steps' | 'list'`), so Storybook offers a select,
 * editors complete the values and the JSX / Vue types accept exactly them.
 */
function expandLiteralAliases(root = 'src') {
  const aliases = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const code = readFileSync(path, 'utf8');
        for (const [, name, union] of code.matchAll(/^(?:export )?type (\w+) =\s*((?:\|?\s*'[^']*'\s*)+);/gm))
          aliases.set(name, union.replace(/\s+/g, ' ').replace(/^\| /, '').trim());
        // `type ReviewMode = (typeof reviewModes)[number]` over `const reviewModes = ['peer', …] as const`
        for (const [, name, list] of code.matchAll(/^(?:export )?type (\w+) = \(typeof (\w+)\)\[number\];/gm)) {
          const values = new RegExp(`const ${list} = \\[([^\\]]*)\\] as const`).exec(code)?.[1];
          if (values) aliases.set(name, values.split(',').map((v) => v.trim()).filter(Boolean).join(' | '));
        }
      }
    }
  };
  walk(root);
  const expand = (text) => text.split('|').map((part) => aliases.get(part.trim()) ?? part.trim()).join(' | ');
  return {
    name: 'spoc-expand-literal-aliases',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? [])
          for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])])
            if (item.type?.text) item.type.text = expand(item.type.text);
    },
  };
}

/**
 * The generators import each event's type once per element that fires it: TypeScript refuses the
 * duplicate names, so each name is imported once per generated file.
 */
function dedupeTypeImports(files) {
  return {
    name: 'spoc-dedupe-type-imports',
    packageLinkPhase() {
      for (const file of files) {
        // A name is imported once in the whole file (each element's module re-exports the event types).
        const seen = new Set();
        const text = readFileSync(file, 'utf8').replace(/import type \{([^}]*)\} from ("[^"]*");\n?/g, (_, names, from) => {
          const unique = names.split(',').map((name) => name.trim()).filter((name) => name && !seen.has(name));
          unique.forEach((name) => seen.add(name));
          return unique.length ? `import type {\n  ${unique.join(',\n  ')},\n} from ${from};\n` : '';
        });
        writeFileSync(file, text);
      }
    },
  };
}

// Each tag's class from its own entry's declarations (the trainers' report is not in index.js).
const frameworkTypes = {
  outdir: 'dist/types',
  componentTypePath: (_name, tag) => `./components/${tag.replace(/^spoc-/, '')}/${tag.replace(/^spoc-/, '')}.js`,
  exclude: ['SpocElement'],
  hideLogs: true,
};

export default {
  globs: ['src/components/**/*.ts', 'src/internal/spoc-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.schema.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    customTags(),
    publicApiOnly(),
    expandLiteralAliases(),
    customElementJsxPlugin({ ...frameworkTypes, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...frameworkTypes, fileName: 'vue.d.ts' }),
    dedupeTypeImports(['dist/types/jsx.d.ts', 'dist/types/vue.d.ts']),
  ],
};
