// The markup a designer copies: every story of an element renders from its args as the HTML a page
// would hold — attributes for attributes, `--spoc-*` args as inline custom properties, the
// definition as an inline JSON script (a property cannot be copied from "Show code").
import manifest from '../../custom-elements.json';

interface Attribute {
  name: string;
  type?: { text?: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  cssProperties?: { name: string }[];
  events?: { name: string }[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);

/** The manifest entry of a tag. */
export const elementOf = (tag: string) => declarations.find((d) => d.tagName === tag);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
// `</script` inside JSON would end the script element early.
const escapeScript = (json: string) => json.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/**
 * `<tag attr="…" style="--spoc-…: …"><script type="application/json">…</script>children</tag>` from
 * the story's args. Attributes the manifest does not list, empty values and `false` are left out;
 * `true` writes a bare boolean attribute.
 */
export function markup(tag: string, args: Record<string, unknown>, children = ''): string {
  const element = elementOf(tag);
  const attributes = new Set((element?.attributes ?? []).map((a) => a.name));
  const parts: string[] = [tag];
  const style: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (name.startsWith('--')) style.push(`${name}: ${String(value)}`);
    else if (attributes.has(name)) parts.push(value === true ? name : `${name}="${escapeAttribute(String(value))}"`);
  }
  if (style.length) parts.push(`style="${escapeAttribute(style.join('; '))}"`);
  const definition = args['definition'];
  const script = definition === undefined ? '' : `\n  <script type="application/json">\n${escapeScript(JSON.stringify(definition, null, 2))}\n  </script>\n`;
  return `<${parts.join(' ')}>${script}${children}</${tag}>`;
}

/** The options of a string-literal union type (`'a' | 'b'`), for a select control. */
export function literalOptions(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const members = typeText.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined');
  const literals = members.map((t) => /^'([^']*)'$/.exec(t)?.[1]);
  return literals.length > 1 && literals.every((l) => l !== undefined) ? (literals as string[]) : undefined;
}
