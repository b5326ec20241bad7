import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * `${cssProperties({ '--_fill': '40%', left: '10%' })}` on an element: sets its inline style
 * through the CSSOM (`style.setProperty`), always. Lit's `styleMap` writes a `style` attribute on
 * the first render, which a Content-Security-Policy without `'unsafe-inline'` refuses; CSSOM
 * writes are allowed. Property names are CSS names (`inline-size`, `--custom`).
 */
class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProperties() goes on an element, not in an attribute: <div ${cssProperties(…)}>');
  }

  render(_properties: Record<string, string | undefined>) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string | undefined>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (properties[name] == null) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
