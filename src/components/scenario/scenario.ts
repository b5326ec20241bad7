import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { ResumeState } from '../../controllers/resume-state.js';
import { XapiController } from '../../controllers/xapi-controller.js';
import { SpocCompleteEvent } from '../../events/spoc-complete.js';
import { catalogFor, type Translation } from '../../i18n/index.js';
import { safeHtml } from '../../internal/sanitize.js';
import { SpocElement } from '../../internal/spoc-element.js';
import { safeUrl } from '../../internal/url-policy.js';
import { langOf, textOf, type LocalizedText } from '../../internal/validation.js';
import { isoDuration } from '../../xapi/ids.js';
import type { Activity, PartialStatement } from '../../xapi/statement.js';
import { EXTENSIONS, VERBS } from '../../xapi/vocabulary.js';
import buttonStyles from '../../styles/button.styles.js';
import {
  answeredChecklist,
  answeredChoice,
  experiencedScene,
  finishedBodies,
  nodeLabel,
  scenarioActivity,
  scoreOf,
  type Run,
} from './scenario-statements.js';
import { scenarioDefinitionSchema, startOf, type ChecklistNode, type ChoiceNode, type EndNode, type ScenarioDefinition, type ScenarioNode } from './scenario.schema.js';
import { strings, type ScenarioStrings } from './scenario.strings.js';
import styles from './scenario.styles.js';

const STATE_ID = 'https://w3id.org/spoc-elements/state/scenario-run';

/**
 * @summary A branching scenario from JSON — a role-play or a situation: scenes to read or watch,
 * choices with feedback and points, checklists to tick, and outcomes. The learner's path, score
 * and every step are xAPI statements (`attempted`, `experienced` per scene, `answered` per choice
 * and checklist, `completed` with the path, `passed` / `failed`); a reload resumes on the same node.
 *
 * @tag spoc-scenario
 * @status experimental
 * @since 0.1
 *
 * @event {SpocCompleteDetail} spoc-complete - An end was reached. `detail: { score?, passed?, attempt, duration }`.
 * @event {SpocStatementDetail} spoc-statement - Every xAPI statement, complete as sent. `detail: { statement }`.
 * @event {SpocErrorDetail} spoc-error - Invalid definition or graph, unreachable `src`, invalid JSON. `detail: { code, message, issues? }`.
 *
 * @csspart base - The scenario.
 * @csspart header - Title, description and pass mark.
 * @csspart title - The scenario's title.
 * @csspart description - The scenario's description.
 * @csspart meta - The pass mark.
 * @csspart node - The current node; also `node-scene`, `node-choice`, `node-checklist`, `node-end`.
 * @csspart step - "Step 3" above the node's heading.
 * @csspart node-title - The node's heading (takes focus when the node appears).
 * @csspart text - The node's text.
 * @csspart image - A scene's image.
 * @csspart video - A scene's video (a `<spoc-capsule>`).
 * @csspart options - A choice's options; `option` each option's button.
 * @csspart feedback - The feedback on the option chosen.
 * @csspart hint - What a checklist asks (how many items are required).
 * @csspart items - A checklist's items; `item` each (label with its checkbox), `item-invalid` when required and not ticked.
 * @csspart notice - What stops the learner from going on.
 * @csspart outcome - An end node's outcome; `band`, `score`, `verdict` (`verdict-passed`, `verdict-failed`), `path` (the steps taken).
 * @csspart actions - The Continue (or Try again) button's row.
 * @csspart nav - Back and restart.
 * @csspart loading - Shown while the definition loads.
 * @csspart button - Every button; also `continue-button`, `back-button`, `restart-button`, `retry-button`.
 * @csspart error - The error view for an invalid definition.
 *
 * @cssproperty [--spoc-scenario-accent-color=var(--spoc-color-accent)] - Buttons, focus and feedback.
 * @cssproperty [--spoc-scenario-background=var(--spoc-color-surface)] - Background of the scenario.
 * @cssproperty [--spoc-scenario-border-color=var(--spoc-color-border)] - Borders.
 * @cssproperty [--spoc-scenario-radius=var(--spoc-border-radius)] - Corner radius.
 * @cssproperty [--spoc-scenario-gap=var(--spoc-spacing)] - Space between parts.
 */
export class SpocScenario extends SpocElement {
  static override styles = [SpocElement.styles, buttonStyles, styles];

  private readonly definitionLoader = new DefinitionController<ScenarioDefinition>(this, {
    schema: scenarioDefinitionSchema,
    // The graph checks report in this element's own words, beside the shared zod messages.
    translation: (): Translation => {
      const t = this.localize.t;
      return { ...t, issues: { ...t.issues, ...this.strings.issues } };
    },
  });
  private readonly xapi = new XapiController(this, 'scenario');
  private readonly resume = new ResumeState<Run>(this.xapi, STATE_ID, (error) => this.reportStateError(error));

  @state() private current?: Run;
  @state() private notice = '';
  @state() private announcement = '';

  /** URL of the scenario definition JSON. */
  @property() src?: string;

  /** The scenario definition as an object (takes precedence over inline JSON and `src`). */
  @property({ attribute: false }) definition?: ScenarioDefinition;

  /** Explicit activity IRI for the scenario (else `<course-id>/scenario/<id>`, else from the page URL). */
  @property({ attribute: 'activity-id' }) activityId = '';

  /** Id of the course module this scenario belongs to (adds the module to `grouping`). */
  @property() module = '';

  /** Pass mark 0–1 on the scaled score; overrides the definition's `passScore`. */
  @property({ attribute: 'pass-score', type: Number }) passScore?: number;

  /** Where the learner stands: `not-started`, `in-progress` or `completed` (reflected for CSS). */
  @property({ reflect: true }) status: 'not-started' | 'in-progress' | 'completed' = 'not-started';

  /**
   * The clock the scenario reads (durations). Replace it to control time in tests.
   * @internal
   */
  clock: { now(): number } = { now: () => Date.now() };

  /** The validated scenario definition, once loaded. */
  get scenario(): ScenarioDefinition | undefined {
    return this.definitionLoader.value;
  }

  /** The node ids visited so far in this run, the current one last. */
  get path(): string[] {
    return [...(this.current?.path ?? [])];
  }

  /** Resolves once the definition and the saved run are loaded. */
  get ready(): Promise<unknown> {
    return this.definitionLoader.complete.then(() => this.resume.restoring);
  }

  private get strings(): ScenarioStrings {
    return catalogFor(strings, this.localize.lang);
  }

  protected override willUpdate(): void {
    const scenario = this.scenario;
    if (!scenario) return;
    this.resume.follow(this.scenarioId(scenario), (saved) => {
      const known = new Set(scenario.nodes.map((node) => node.id));
      this.current = saved?.path?.length && saved.path.every((id) => known.has(id)) ? saved : this.newRun(scenario, 1);
    });
    const run = this.current;
    if (run) this.status = run.finished ? 'completed' : run.startedAt ? 'in-progress' : 'not-started';
  }

  // --- run state

  private scenarioId(scenario: ScenarioDefinition): string {
    return this.xapi.activityId(scenario.id, this.activityId);
  }

  private newRun(scenario: ScenarioDefinition, attempt: number): Run {
    return { attempt, path: [startOf(scenario)], choices: {}, ticked: {}, finished: false };
  }

  private save(next: Run): void {
    this.current = next;
    this.resume.save(next);
  }

  private node(id: string | undefined): ScenarioNode | undefined {
    return this.scenario?.nodes.find((node) => node.id === id);
  }

  private currentNode(run: Run): ScenarioNode {
    return this.node(run.path[run.path.length - 1])!;
  }

  private get passMark(): number | undefined {
    return this.passScore ?? this.scenario?.passScore;
  }

  // --- xAPI

  private get contentLang(): string {
    return this.xapi.contentLang(this.scenario?.lang);
  }

  private activity(): Activity {
    const scenario = this.scenario!;
    return scenarioActivity(scenario, this.scenarioId(scenario), this.contentLang);
  }

  private send(body: Pick<PartialStatement, 'verb' | 'object' | 'result'>, run: Run, withParent = true): void {
    const parent = this.activity();
    this.xapi.send({
      ...body,
      context: {
        contextActivities: this.xapi.contextActivities({
          parent: withParent ? [{ id: parent.id, definition: parent.definition! }] : [],
          module: this.module || undefined,
        }),
        extensions: { [EXTENSIONS.spoc.attempt]: run.attempt },
        language: this.contentLang,
      },
    });
  }

  /** The learner's first action of a run: `attempted`. */
  private begin(run: Run): Run {
    if (run.startedAt) return run;
    const started = { ...run, startedAt: this.clock.now() };
    this.send({ verb: VERBS.attempted, object: this.activity() }, started, false);
    return started;
  }

  // --- moving through the graph

  /** Moves the focus once the next render is done. */
  private focusLater(selector: string): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }

  private stepLabel(run: Run): string {
    return this.strings.step(this.localize.number(run.path.length));
  }

  /** A node's heading: its title, else "Outcome" for an end, else "Step n". */
  private headingOf(node: ScenarioNode, run: Run): string {
    return node.kind === 'end' && !node.title ? this.strings.outcome : nodeLabel(node, this.localize.lang, this.stepLabel(run));
  }

  /** Shows `run`'s current node: focus on its heading, announced politely. */
  private arrive(run: Run): void {
    const node = this.currentNode(run);
    this.notice = '';
    this.announcement = this.strings.announce(this.stepLabel(run), this.headingOf(node, run));
    this.focusLater('[part~="node-title"]');
  }

  /** Goes on from the current node to `to` (ends the run on an end node). */
  private go(run: Run, to: string): void {
    const choices = { ...run.choices };
    delete choices[to]; // a node met again (a loop) is answered again
    const next: Run = { ...run, path: [...run.path, to], choices };
    const target = this.node(to)!;
    if (target.kind === 'end') this.finish(next);
    else this.save(next);
    this.arrive(next);
  }

  private finish(run: Run): void {
    const scenario = this.scenario!;
    const durationMs = Math.max(0, this.clock.now() - (run.startedAt ?? this.clock.now()));
    const duration = isoDuration(durationMs);
    const score = scoreOf(scenario, run);
    const passMark = this.passMark;
    const passed = passMark === undefined || !score ? undefined : score.scaled >= passMark;
    for (const body of finishedBodies(this.activity(), score, passed, duration, run.path)) this.send(body, run, false);
    this.save({ ...run, finished: true, durationMs });
    this.emit(new SpocCompleteEvent({ ...(score ? { score } : {}), ...(passed === undefined ? {} : { passed }), attempt: run.attempt, duration }));
  }

  // --- handlers

  private handleContinue(): void {
    const run = this.current;
    if (!run || run.finished) return;
    const node = this.currentNode(run);
    if (node.kind === 'checklist') {
      const ticked = run.ticked[node.id] ?? [];
      const missing = node.items.filter((item) => item.mandatory && !ticked.includes(item.id));
      if (missing.length) {
        this.notice = this.strings.missingItems(missing.length);
        this.focusLater(`input[value="${CSS.escape(missing[0]!.id)}"]`);
        return;
      }
    }
    const started = this.begin(run);
    const lang = this.contentLang;
    const id = this.scenarioId(this.scenario!);
    if (node.kind === 'scene') {
      this.send(experiencedScene(id, node, lang), started);
      this.go(started, node.next);
    } else if (node.kind === 'choice') {
      const option = node.options.find((o) => o.id === started.choices[node.id]);
      if (option) this.go(started, option.next);
    } else if (node.kind === 'checklist') {
      this.send(answeredChecklist(id, node, started.ticked[node.id] ?? [], lang), started);
      this.go(started, node.next);
    }
  }

  private handleChoose(node: ChoiceNode, optionId: string): void {
    const run = this.current;
    if (!run || run.finished || run.choices[node.id]) return;
    const started = this.begin(run);
    this.send(answeredChoice(this.scenarioId(this.scenario!), node, optionId, this.contentLang), started);
    this.save({ ...started, choices: { ...started.choices, [node.id]: optionId } });
    const option = node.options.find((o) => o.id === optionId)!;
    if (option.feedback === undefined) {
      this.go(this.current!, option.next);
      return;
    }
    this.focusLater('[part~="feedback"]');
  }

  private handleTick(node: ChecklistNode, itemId: string, checked: boolean): void {
    const run = this.current;
    if (!run || run.finished) return;
    const started = this.begin(run);
    const list = (started.ticked[node.id] ?? []).filter((id) => id !== itemId);
    if (checked) list.push(itemId);
    this.save({ ...started, ticked: { ...started.ticked, [node.id]: list } });
    if (this.notice) {
      const missing = node.items.filter((item) => item.mandatory && !list.includes(item.id)).length;
      this.notice = missing ? this.strings.missingItems(missing) : '';
    }
  }

  private handleBack(): void {
    const run = this.current;
    if (!run || run.finished || run.path.length < 2 || !this.scenario?.allowBack) return;
    const path = run.path.slice(0, -1);
    const choices = { ...run.choices };
    delete choices[path[path.length - 1]!];
    const next = { ...run, path, choices };
    this.save(next);
    this.arrive(next);
  }

  private handleRestart(): void {
    const scenario = this.scenario;
    const run = this.current;
    if (!scenario || !run) return;
    const next = this.newRun(scenario, run.attempt + 1);
    this.save(next);
    this.arrive(next);
  }

  // --- rendering

  private text(text: LocalizedText | undefined, rich: LocalizedText | undefined): TemplateResult | typeof nothing {
    if (text === undefined && rich === undefined) return nothing;
    const shown = this.localize.lang;
    const lang = langOf(rich ?? text, shown, this.contentLang);
    return html`<div part="text" lang=${lang}>${rich !== undefined ? safeHtml(textOf(rich, shown)) : textOf(text, shown)}</div>`;
  }

  private renderScene(node: Extract<ScenarioNode, { kind: 'scene' }>): TemplateResult {
    const shown = this.localize.lang;
    const image = node.image ? safeUrl(node.image.src, 'media') : undefined;
    const video = node.video ? safeUrl(node.video.src, 'media') : undefined;
    const captions = node.video?.captions ? safeUrl(node.video.captions, 'media') : undefined;
    const poster = node.video?.poster ? safeUrl(node.video.poster, 'media') : undefined;
    return html`${image ? html`<img part="image" src=${image} alt=${textOf(node.image!.alt, shown)} />` : nothing}
      ${video
        ? html`<spoc-capsule
            part="video"
            src=${video}
            captions=${captions ?? nothing}
            poster=${poster ?? nothing}
            title=${node.video!.title ? textOf(node.video!.title, shown) : this.strings.video}
            module=${this.module || nothing}
            lang=${this.lang || nothing}
          ></spoc-capsule>`
        : nothing}
      <div part="actions"><button part="button continue-button" type="button" @click=${this.handleContinue}>${this.strings.continue}</button></div>`;
  }

  private renderChoice(node: ChoiceNode, run: Run): TemplateResult {
    const s = this.strings;
    const shown = this.localize.lang;
    const chosen = node.options.find((o) => o.id === run.choices[node.id]);
    if (chosen) {
      return html`<div part="feedback" tabindex="-1">
          <p><strong>${s.yourChoice}</strong> ${textOf(chosen.text, shown)}</p>
          ${chosen.feedback ? html`<p>${textOf(chosen.feedback, shown)}</p>` : nothing}
        </div>
        <div part="actions"><button part="button continue-button" type="button" @click=${this.handleContinue}>${s.continue}</button></div>`;
    }
    return html`<ul part="options" role="list" aria-label=${s.options}>
      ${node.options.map(
        (option) => html`<li><button part="button option" type="button" data-option=${option.id} @click=${() => this.handleChoose(node, option.id)}>${textOf(option.text, shown)}</button></li>`,
      )}
    </ul>`;
  }

  private renderChecklist(node: ChecklistNode, run: Run): TemplateResult {
    const s = this.strings;
    const shown = this.localize.lang;
    const ticked = run.ticked[node.id] ?? [];
    const mandatory = node.items.filter((item) => item.mandatory).length;
    return html`<p part="hint" id="hint">${s.checklistHint(mandatory)}</p>
      <ul part="items" role="list" aria-describedby="hint">
        ${node.items.map((item) => {
          const checked = ticked.includes(item.id);
          const invalid = !!this.notice && !!item.mandatory && !checked;
          return html`<li>
            <label part="item${invalid ? ' item-invalid' : ''}">
              <input
                type="checkbox"
                value=${item.id}
                .checked=${checked}
                ?required=${!!item.mandatory}
                aria-invalid=${invalid ? 'true' : nothing}
                aria-describedby=${invalid ? 'notice' : nothing}
                @change=${(event: Event) => this.handleTick(node, item.id, (event.target as HTMLInputElement).checked)}
              />
              <span>${textOf(item.text, shown)}${item.mandatory ? html` <span class="required">(${s.mandatory})</span>` : nothing}</span>
            </label>
          </li>`;
        })}
      </ul>
      <div role="alert">${this.notice ? html`<p part="notice" id="notice">${this.notice}</p>` : nothing}</div>
      <div part="actions"><button part="button continue-button" type="button" @click=${this.handleContinue}>${s.continue}</button></div>`;
  }

  private renderEnd(node: EndNode, run: Run): TemplateResult {
    const s = this.strings;
    const shown = this.localize.lang;
    const scenario = this.scenario!;
    const score = scoreOf(scenario, run);
    const passMark = this.passMark;
    const passed = passMark === undefined || !score ? undefined : score.scaled >= passMark;
    const percent = score ? this.localize.percent(score.scaled) : '';
    const steps = run.path.map((id, index) => {
      const step = this.node(id)!;
      const option = step.kind === 'choice' ? step.options.find((o) => o.id === run.choices[id]) : undefined;
      const label = nodeLabel(step, shown, s.step(this.localize.number(index + 1)));
      return html`<li>${label}${option ? html` — ${textOf(option.text, shown)}` : nothing}</li>`;
    });
    return html`<div part="outcome">
      ${node.band ? html`<p part="band">${textOf(node.band, shown)}</p>` : nothing}
      ${score
        ? html`<p part="score">
            ${node.score !== undefined ? s.scorePercent(percent) : s.score(this.localize.number(score.raw), this.localize.number(score.max), percent)}
          </p>`
        : nothing}
      ${passed === undefined ? nothing : html`<p part="verdict verdict-${passed ? 'passed' : 'failed'}">${passed ? s.passed : s.failed}</p>`}
      <h4 id="path-title">${s.path}</h4>
      <ol part="path" aria-labelledby="path-title">
        ${steps}
      </ol>
      ${node.retry === false ? nothing : html`<div part="actions"><button part="button retry-button" type="button" @click=${this.handleRestart}>${s.retry}</button></div>`}
    </div>`;
  }

  private renderNode(run: Run): TemplateResult {
    const shown = this.localize.lang;
    const node = this.currentNode(run);
    const step = this.stepLabel(run);
    const title = this.headingOf(node, run);
    const body =
      node.kind === 'scene'
        ? this.renderScene(node)
        : node.kind === 'choice'
          ? this.renderChoice(node, run)
          : node.kind === 'checklist'
            ? this.renderChecklist(node, run)
            : this.renderEnd(node, run);
    // A group, not a landmark: a page with several scenarios would otherwise list each as a region.
    return html`<div part="node node-${node.kind}" role="group" aria-labelledby="node-title" data-node=${node.id} data-step=${run.path.length}>
      <p part="step">${step}</p>
      <h3 part="node-title" id="node-title" tabindex="-1" lang=${node.title ? langOf(node.title, shown, this.contentLang) : shown}>${title}</h3>
      ${this.text(node.text, node.html)} ${body}
    </div>`;
  }

  override render() {
    const error = this.definitionLoader.error;
    if (error) return this.renderError(error);
    const scenario = this.scenario;
    const run = this.current;
    const { t } = this.localize;
    if (!scenario || !run) return html`<div part="base" aria-busy="true"><p part="loading">${t.loading}</p></div>`;
    const s = this.strings;
    const shown = this.localize.lang;
    const canBack = !!scenario.allowBack && !run.finished && run.path.length > 1;
    const canRestart = !run.finished && run.path.length > 1;
    // The node is keyed by the step: a new node is a new subtree, so its entrance movement runs again.
    return html`<div part="base" lang=${shown}>
      ${scenario.title || scenario.description || this.passMark !== undefined
        ? html`<div part="header">
            ${scenario.title ? html`<h2 part="title" lang=${langOf(scenario.title, shown, this.contentLang)}>${textOf(scenario.title, shown)}</h2>` : nothing}
            ${scenario.description ? html`<p part="description" lang=${langOf(scenario.description, shown, this.contentLang)}>${textOf(scenario.description, shown)}</p>` : nothing}
            ${this.passMark !== undefined ? html`<p part="meta">${s.passMark(this.localize.percent(this.passMark))}</p>` : nothing}
          </div>`
        : nothing}
      ${keyed(`${run.attempt}/${run.path.length}`, this.renderNode(run))}
      ${canBack || canRestart
        ? html`<div part="nav">
            ${canBack ? html`<button part="button back-button" type="button" @click=${this.handleBack}>${s.back}</button>` : nothing}
            ${canRestart ? html`<button part="button restart-button" type="button" @click=${this.handleRestart}>${s.restart}</button>` : nothing}
          </div>`
        : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

SpocScenario.define('spoc-scenario');

// This entry alone (`spoc-elements/scenario.js`) types its definition and its events' global declarations.
export type { ScenarioDefinition } from './scenario.schema.js';
export type * from '../../events/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'spoc-scenario': SpocScenario;
  }
}
