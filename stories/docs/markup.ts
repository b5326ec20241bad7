// The markup a designer copies: every story of an element renders from its args as the HTML a page
// would hold — attributes for its args, `--spoc-*` args as inline custom properties, the
// definition as an inline JSON script (a property cannot be copied from "Show code").
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
// `</script` inside JSON would end the script element early.
const escapeScript = (json: string) => json.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/**
 * `<tag attr="…" style="--spoc-…: …"><script type="application/json">…</script>children</tag>` from
 * the story's args: every string, number or boolean arg is an attribute (`true` a bare boolean
 * attribute; empty, `false` and story-only args in `omit` are left out), `--*` args are inline
 * custom properties, `definition` is the inline JSON.
 */
export function markup(tag: string, args: Record<string, unknown>, options: { children?: string; omit?: readonly string[] } = {}): string {
  const parts: string[] = [tag];
  const style: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (options.omit?.includes(name) || name === 'definition') continue;
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (!['string', 'number', 'boolean'].includes(typeof value) || !/^[a-z-]+$/i.test(name)) continue;
    if (name.startsWith('--')) style.push(`${name}: ${String(value)}`);
    else parts.push(value === true ? name : `${name}="${escapeAttribute(String(value))}"`);
  }
  if (style.length) parts.push(`style="${escapeAttribute(style.join('; '))}"`);
  const definition = args['definition'];
  const script = definition === undefined ? '' : `\n  <script type="application/json">\n${escapeScript(JSON.stringify(definition, null, 2))}\n  </script>\n`;
  return `<${parts.join(' ')}>${script}${options.children ?? ''}</${tag}>`;
}

/** The options of a string-literal union type (`'a' | 'b'`), for a select control. */
export function literalOptions(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const members = typeText.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined');
  const literals = members.map((t) => /^'([^']*)'$/.exec(t)?.[1]);
  return literals.length > 1 && literals.every((l) => l !== undefined) ? (literals as string[]) : undefined;
}
