// Data for the documentation pages, read from the sources themselves so the pages cannot drift:
// the global tokens from src/styles/tokens.css, the styling API of each element from
// custom-elements.json (generated from the JSDoc by `npm run analyze`).
import manifest from '../../custom-elements.json';
import tokensCss from '../../src/styles/tokens.css?raw';

export interface Token {
  name: string;
  light: string;
  dark?: string;
  meaning: string;
}

/** What each global token is for (the values come from tokens.css). */
const meanings: Record<string, string> = {
  '--spoc-font-family': 'Typeface of every element (the certificate has its own, `--spoc-certificate-font-family`).',
  '--spoc-color-text': 'Body text.',
  '--spoc-color-muted': 'Secondary text: descriptions, question numbers, "2 of 4 modules done", notices.',
  '--spoc-color-surface': 'Background of the elements: quiz, peer review, certificate, text fields, the error view.',
  '--spoc-color-surface-alt': 'Second background: the progress track, the submission in a peer review, a hovered transcript line or chapter.',
  '--spoc-color-border': 'Borders of questions, choices, text fields, steps and list rows.',
  '--spoc-color-accent': 'Buttons, links, selected choices, the progress fill, the focus ring.',
  '--spoc-color-on-accent': 'Text on the accent colour (button labels).',
  '--spoc-color-success': 'Correct feedback, passed and completed states, the watched ranges of a capsule.',
  '--spoc-color-danger': 'Incorrect feedback, failed states, validation and error messages.',
  '--spoc-color-warning': 'Partial-credit feedback, calibration differences, the border of a notice (LRS unavailable).',
  '--spoc-border-radius': 'Corner radius of boxes, choices and buttons.',
  '--spoc-spacing': 'Base spacing between and inside blocks.',
};

function declarations(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of block.matchAll(/(--spoc-[a-z0-9-]+)\s*:\s*([^;]+);/g)) found.set(match[1]!, match[2]!.trim());
  return found;
}

/** Every `--spoc-*` token of tokens.css with its light default and, for colours, its dark one. */
export function globalTokens(): Token[] {
  return [...declarations(tokensCss)].map(([name, value]) => {
    const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
    return { name, light: pair ? pair[1]! : value, dark: pair?.[2], meaning: meanings[name] ?? '' };
  });
}

/** The light and dark blocks of tokens.css as written (for the "dark mode" section). */
export const tokensSource = tokensCss.trim();

export interface CssItem {
  name: string;
  description?: string;
  default?: string;
}
export interface ElementStyling {
  tag: string;
  properties: CssItem[];
  parts: CssItem[];
  states: CssItem[];
}
interface Declaration {
  tagName?: string;
  cssProperties?: CssItem[];
  cssParts?: CssItem[];
  cssStates?: CssItem[];
}
interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

const order = ['spoc-course', 'spoc-quiz', 'spoc-capsule', 'spoc-scenario', 'spoc-resource', 'spoc-peer-review', 'spoc-progress', 'spoc-certificate'];

/** Custom properties, parts and custom states of every public element, as the manifest lists them. */
export function elementStyling(): ElementStyling[] {
  const elements = (manifest as unknown as Manifest).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is Declaration & { tagName: string } => typeof declaration.tagName === 'string');
  return elements
    .map((element) => ({
      tag: element.tagName,
      properties: element.cssProperties ?? [],
      parts: element.cssParts ?? [],
      states: element.cssStates ?? [],
    }))
    .sort((a, b) => (order.indexOf(a.tag) + 1 || 99) - (order.indexOf(b.tag) + 1 || 99));
}

/** Splits a JSDoc description on its `code` spans: odd items are code. */
export const codeSpans = (text = ''): string[] => text.split(/`([^`]+)`/);
