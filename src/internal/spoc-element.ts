import { LitElement, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../controllers/localize-controller.js';
import { SpocErrorEvent, type SpocErrorDetail } from '../events/spoc-error.js';
import hostStyles from '../styles/host.styles.js';
import { lmsDetected, loadLmsBridges } from '../xapi/lms-detect.js';
import { attachContextRoot } from '../loader/context-root.js';

/**
 * The small base every spoc element extends: shared host styles and tokens, reactive `lang`/`dir`,
 * a localizer, a typed `emit()`, the error view, and a `define()` that tolerates a second copy of
 * the library on the same page. No business logic, xAPI or fetching here (controllers do that).
 */
export class SpocElement extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  /**
   * Registers the element unless the tag is taken (a second copy of the bundle on an intranet
   * page): then it warns once instead of throwing.
   */
  static define(tag: string, constructor: CustomElementConstructor = this): void {
    const existing = customElements.get(tag);
    if (existing) {
      if (existing !== constructor) console.warn(`spoc-elements: <${tag}> is already defined by another copy of the library; keeping the first.`);
      return;
    }
    customElements.define(tag, constructor);
  }

  /** Resolved language and its catalog (see LocalizeController for the resolution order). */
  protected readonly localize = new LocalizeController(this);

  /** Language of the interface: overrides the course's and the page's. */
  @property() override lang = '';

  /** Text direction (`ltr` | `rtl`), defaults to the language's. */
  @property() override dir = '';

  /**
   * Dispatches a bubbling, composed event and returns it (read `defaultPrevented` for cancelable
   * "before" events).
   */
  protected emit<T extends Event>(event: T): T {
    this.dispatchEvent(event);
    return event;
  }

  /** Reports a problem: fires `spoc-error` with this detail. */
  protected reportError(detail: SpocErrorDetail): SpocErrorEvent {
    return this.emit(new SpocErrorEvent(detail));
  }

  /** Saved learner data (an attempt, a draft) could not be written: `spoc-error` `state-failed`. */
  protected reportStateError(error: Error): void {
    this.reportError({ code: 'state-failed', message: `${this.localize.t.errors['sink-failed']} (${error.message})` });
  }

  /** The localized error view: the message and each problem with its path. */
  protected renderError(error: SpocErrorDetail): TemplateResult {
    const { t } = this.localize;
    const issues = error.issues ?? [];
    return html`<div part="error" role="alert">
      <p class="error-title">${t.errorTitle}</p>
      <p>${error.message}</p>
      ${issues.length
        ? html`<p>${t.errorIssueCount(issues.length)}</p>
            <ul part="error-list">
              ${issues.map((issue) => html`<li><code>${issue.path}</code> — ${issue.message}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  }
}

// In a browser only (a server-side import, with Lit's DOM shim, has no page and no LMS):
// - elements may upgrade before the <spoc-course> around them (entries loaded in any order, the
//   wait below): the page's ContextRoot replays their context requests once the course upgrades;
// - in an LMS the bridges are loaded before any element is defined, so the learner and the session
//   are the LMS's from the first statement; outside an LMS they (and fflate) are never downloaded.
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  attachContextRoot();
  if (lmsDetected()) await loadLmsBridges();
}
