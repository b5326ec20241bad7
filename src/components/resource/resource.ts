import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResumeState } from '../../controllers/resume-state.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import type { SpocErrorDetail } from '../../events/spoc-error.js';
import { catalogFor } from '../../i18n/index.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { safeUrl } from '../../internal/url-policy.js';
import type { ActivityDefinition } from '../../xapi/statement.js';
import { ACTIVITY_TYPES, VERBS } from '../../xapi/vocabulary.js';
import { strings, type ResourceStrings } from './resource.strings.js';
import styles from './resource.styles.js';

/** What was already sent for this registration (each verb once). */
type Seen = Partial<Record<'experienced' | 'downloaded', boolean>>;

const STATE_ID = 'https://w3id.org/spoc-elements/state/resource';

/**
 * @summary A tracked job aid ("fiche mémo"): a link to a document or page, or inline content the
 * learner unfolds. Opening it is an xAPI `experienced` statement (`downloaded` for a download),
 * sent once per registration, so a course can count the contents consulted. Plain `<a href>`
 * children are tracked the same way: `<spoc-resource><a href="fiche.pdf">…</a></spoc-resource>`.
 *
 * @tag spoc-resource
 * @status experimental
 * @since 0.1
 *
 * @slot - Description shown under the link (with `href`); the links to track (`<a href>` direct
 *   children); or the inline content itself (neither).
 *
 * @event {SpocStatementDetail} spoc-statement - The `experienced` / `downloaded` statement, complete as sent. `detail: { statement }`.
 * @event {SpocErrorDetail} spoc-error - A link whose address the URL policy refuses (`unsafe-url`). `detail: { code, message, issues }`.
 *
 * @csspart base - The resource.
 * @csspart link - The link to the document (with `href`).
 * @csspart title - The resource's title inside the link.
 * @csspart description - The `description` text.
 * @csspart meta - Type, size and whether it was opened.
 * @csspart consulted - "Opened", once the learner opened it.
 * @csspart details - The disclosure around inline content; `summary` its title, `content` the content.
 * @csspart error - The error view for a refused link.
 *
 * @cssproperty [--spoc-resource-accent-color=var(--spoc-color-accent)] - Link and side rule.
 * @cssproperty [--spoc-resource-background=var(--spoc-color-surface)] - Background.
 * @cssproperty [--spoc-resource-border-color=var(--spoc-color-border)] - Border.
 * @cssproperty [--spoc-resource-radius=var(--spoc-border-radius)] - Corner radius.
 */
export class SpocResource extends SpocElement {
  static override styles = [SpocElement.styles, styles];

  private readonly xapi = new XapiController(this, 'resource');
  private readonly resume = new ResumeState<Seen>(this.xapi, STATE_ID, (error) => this.reportStateError(error));
  private readonly observer = new MutationObserver(() => this.requestUpdate());
  private reported = '';

  @state() private seen: Seen = {};

  /** URL of the document or page (https, http or relative); else the `<a href>` children, else inline content. */
  @property() href = '';

  /** Title of the job aid (the activity's name); default the link's text or the file name. */
  @property() override title = '';

  /** One line about it. */
  @property() description = '';

  /** Its format as shown (`PDF`, `Page`, `DOCX`). */
  @property() type = '';

  /** Its size in bytes, shown in kB / MB. */
  @property({ type: Number }) size?: number;

  /** Download it rather than open it (`downloaded` instead of `experienced`, a `file` activity). */
  @property({ type: Boolean }) download = false;

  /** Id of the resource in the course (its activity is `<course-id>/resource/<id>`); default the file name. */
  @property() activity = '';

  /** Explicit activity IRI (overrides `activity`). */
  @property({ attribute: 'activity-id' }) activityId = '';

  /** Id of the course module (adds it to `grouping`). */
  @property() module = '';

  /** Whether the learner opened it in this registration (reflected for CSS). */
  @property({ type: Boolean, reflect: true }) consulted = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'download'] });
    this.addEventListener('click', this.handleLinkClick);
    this.addEventListener('auxclick', this.handleLinkClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.removeEventListener('click', this.handleLinkClick);
    this.removeEventListener('auxclick', this.handleLinkClick);
  }

  private get strings(): ResourceStrings {
    return catalogFor(strings, this.localize.lang);
  }

  /** `<a href>` children (when there is no `href`); links deeper inside are content, not the resource. */
  private get childLinks(): HTMLAnchorElement[] {
    return this.href ? [] : [...this.querySelectorAll<HTMLAnchorElement>(':scope > a[href]')];
  }

  /** The address to track: `href`, else the first child link's. */
  private get address(): string {
    return this.href || this.childLinks[0]?.getAttribute('href') || '';
  }

  private get fileName(): string {
    const path = this.address.split(/[?#]/)[0]!;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  }

  private get name(): string {
    return this.title || this.childLinks[0]?.textContent?.trim() || this.fileName || this.strings.show;
  }

  private get resourceId(): string {
    return this.xapi.activityId(this.activity || this.fileName || this.title || 'inline', this.activityId);
  }

  /** The refused address, when there is one: nothing is clickable then. */
  private get refused(): SpocErrorDetail | undefined {
    const bad = [this.href, ...this.childLinks.map((a) => a.getAttribute('href') ?? '')].findIndex((url, i) => (i === 0 ? !!url : true) && !safeUrl(url, 'link'));
    if (bad < 0) return undefined;
    return {
      code: 'unsafe-url',
      message: this.strings.unsafeLink,
      issues: [{ path: bad === 0 ? 'href' : `a[${bad - 1}].href`, code: 'unsafe-url', message: this.localize.t.issues['unsafe-url'] }],
    };
  }

  protected override willUpdate(): void {
    this.resume.follow(this.resourceId, (saved) => (this.seen = saved ?? {}));
    this.consulted = !!(this.seen.experienced || this.seen.downloaded);
    const refused = this.refused;
    const key = refused ? JSON.stringify(refused.issues) : '';
    if (key !== this.reported) {
      this.reported = key;
      if (refused) queueMicrotask(() => this.reportError(refused));
    }
  }

  /** Sends `experienced` / `downloaded` unless already sent in this registration. */
  private track(download: boolean): void {
    if (this.refused) return;
    const verb = download ? 'downloaded' : 'experienced';
    void this.resume.restoring.then(() => {
      if (this.seen[verb]) return;
      this.seen = { ...this.seen, [verb]: true };
      this.resume.save(this.seen);
      // Its texts are the page's own, written in the language the page is shown in.
      const lang = this.localize.lang;
      const definition: ActivityDefinition = { type: download ? ACTIVITY_TYPES.file : ACTIVITY_TYPES.document, name: { [lang]: this.name } };
      if (this.description) definition.description = { [lang]: this.description };
      const address = safeUrl(this.address, 'link');
      if (address) definition.moreInfo = new URL(address, document.baseURI).href;
      this.xapi.send({
        verb: VERBS[verb],
        object: { objectType: 'Activity', id: this.resourceId, definition },
        context: { contextActivities: this.xapi.contextActivities({ module: this.module || undefined }), language: lang },
      });
    });
  }

  /** A click (or middle click) on the link, in the shadow tree or among the children. */
  private handleLinkClick = (event: MouseEvent) => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    // The resource's own link, or one of its `<a href>` children: not a link in its description or content.
    if (!link || (link.getRootNode() !== this.shadowRoot && !this.childLinks.includes(link))) return;
    if (this.refused) {
      event.preventDefault();
      return;
    }
    this.track(this.download || link.hasAttribute('download'));
  };

  private handleToggle(event: Event) {
    if ((event.target as HTMLDetailsElement).open) this.track(false);
  }

  override render() {
    const refused = this.refused;
    if (refused) return this.renderError(refused);
    const s = this.strings;
    const href = safeUrl(this.href, 'link');
    const size =
      this.size === undefined
        ? ''
        : this.size < 1e6
          ? this.localize.number(Math.max(1, Math.round(this.size / 1e3)), { style: 'unit', unit: 'kilobyte' })
          : this.localize.number(this.size / 1e6, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
    const meta =
      this.type || size || this.consulted
        ? html`<p part="meta">
            ${this.type ? html`<span>${this.type}</span>` : nothing} ${size ? html`<span>${size}</span>` : nothing}
            ${this.consulted ? html`<span part="consulted"><span aria-hidden="true">✓</span> ${s.consulted}</span>` : nothing}
          </p>`
        : nothing;
    const description = this.description ? html`<p part="description">${this.description}</p>` : nothing;
    if (href) {
      return html`<div part="base">
        <a part="link" href=${href} target=${this.download ? nothing : '_blank'} rel="noopener" ?download=${this.download}>
          <span part="title">${this.download ? `${s.download} — ` : ''}${this.name}</span>${this.download ? nothing : html`<span class="visually-hidden"> ${s.opensInNewTab}</span>`}
        </a>
        ${description}
        <slot></slot>
        ${meta}
      </div>`;
    }
    if (this.childLinks.length) return html`<div part="base"><slot></slot>${description}${meta}</div>`;
    return html`<details part="base details" @toggle=${this.handleToggle}>
      <summary part="summary">${this.name}</summary>
      ${description}
      <div part="content"><slot></slot></div>
      ${meta}
    </details>`;
  }
}

SpocResource.define('spoc-resource');

// This entry alone (`spoc-elements/resource.js`) types its events' global declarations.
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-resource': SpocResource;
  }
}
