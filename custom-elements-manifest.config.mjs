// Custom Elements Manifest: read the JSDoc of every public element (not styles or schemas).
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

export default {
  globs: ['src/components/**/*.ts', 'src/internal/spoc-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.schema.ts'],
  outdir: '.',
  litelement: true,
  plugins: [customTags()],
};
