/**
 * Connects `<spoc-course>` to the LMS around the page, with no code from the page author:
 * a cmi5 launch (parameters in the page URL) or a SCORM 1.2 / 2004 runtime in a parent frame or
 * the opener. It decides who the learner is, feeds the bridge from the course's tracker, ends the
 * session on page hide, and keeps a localized notice when the LMS could not be used (the page
 * then goes on with the local store).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SpocErrorEvent } from '../events/spoc-error.js';
import type { Translation } from '../i18n/translation.js';
import { resolveActor, resolveRegistration, type LearnerOptions } from '../xapi/actor.js';
import type { Cmi5Session } from '../xapi/cmi5.js';
import { findScormApi, loadLmsBridges, loadedLmsBridges, readCmi5Launch, type Cmi5Launch, type LmsBridges, type ScormApi, type ScormError } from '../xapi/lms-detect.js';
import type { OutcomeCourse } from '../xapi/lms-outcome.js';
import type { ScormBridge, ScormVersion } from '../xapi/scorm.js';
import type { Agent } from '../xapi/statement.js';
import type { Tracker } from '../xapi/tracker.js';

export type ScormSetting = 'auto' | 'off' | ScormVersion;

export interface LmsControllerOptions {
  /** The `scorm` attribute: `off`, `1.2`, `2004`, anything else = find either. */
  scorm: () => string;
  course: () => OutcomeCourse;
  tracker: () => Tracker | undefined;
  translation: () => Translation;
  /** The bridges connected after the host had started (they were still loading). */
  onConnected?: () => void;
}

type Host = ReactiveControllerHost & HTMLElement;

export class LmsController implements ReactiveController {
  /** The SCORM bridge, when a runtime was found and opened the session. */
  scorm: ScormBridge | undefined;
  /** The cmi5 session, when the page was launched by a cmi5 LMS. */
  cmi5: Cmi5Session | undefined;
  /** Why the LMS is not used (a notice for the learner), if it is not. */
  notice: string | undefined;
  private tracker: Tracker | undefined;
  private cmi5Started = false;
  /** The page announced a reload (Navigation API): a cmi5 session goes on in the reloaded page. */
  private reloading = false;
  private readonly handleNavigate = (event: Event) => {
    this.reloading = (event as Event & { navigationType?: string }).navigationType === 'reload';
  };
  private readonly handlePageShow = () => (this.reloading = false);
  private readonly handlePageHide = () => {
    if (this.reloading && this.cmi5?.open) {
      this.scorm?.terminate();
      this.cmi5.suspend();
      return;
    }
    this.terminate();
  };

  constructor(
    private readonly host: Host,
    private readonly options: LmsControllerOptions,
  ) {
    host.addController(this);
  }

  private get navigation(): EventTarget | undefined {
    return (window as Window & { navigation?: EventTarget }).navigation;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.handlePageHide);
    window.addEventListener('pageshow', this.handlePageShow);
    this.navigation?.addEventListener('navigate', this.handleNavigate);
    if (this.scorm || this.cmi5) return;
    const launch = readCmi5Launch();
    const setting = this.options.scorm();
    const scormApi = launch || setting === 'off' ? undefined : findScormApi(window, setting === '1.2' || setting === '2004' ? setting : undefined);
    const found = launch ?? scormApi;
    if (!found) return;
    const bridges = loadedLmsBridges();
    if (bridges) {
      this.connect(bridges, found);
      return;
    }
    // The runtime appeared after the library was evaluated (its top-level check loads the bridges
    // before any element is defined when the LMS is there from the start, as LMSs do):
    // connect once they are loaded, then the host rebuilds who the learner is.
    void loadLmsBridges().then((loaded) => {
      if (!this.host.isConnected || this.scorm || this.cmi5) return;
      this.connect(loaded, found);
      this.options.onConnected?.();
      this.host.requestUpdate();
    });
  }

  /** Opens the cmi5 session or the SCORM one, with the bridges loaded. */
  private connect({ Cmi5Session, ScormBridge }: LmsBridges, found: Cmi5Launch | ScormApi): void {
    if (!('api' in found)) {
      this.cmi5 = new Cmi5Session(found, {
        course: this.options.course,
        target: this.host,
        onError: (error) => this.report(error.code, `${this.options.translation().lms.cmi5Error} (${error.message})`),
      });
      return;
    }
    this.scorm = ScormBridge.connect(found, {
      course: this.options.course,
      onError: (error) => this.reportScorm(error),
    });
    if (!this.scorm) this.setNotice(this.options.translation().lms.scormUnavailable);
  }

  hostUpdated(): void {
    const tracker = this.options.tracker();
    if (!tracker || tracker === this.tracker) return;
    this.tracker = tracker;
    this.scorm?.attach(tracker);
    if (this.cmi5?.launchData) this.cmi5.attach(tracker);
    else if (this.cmi5 && !this.cmi5Started) {
      this.cmi5Started = true;
      void this.startCmi5(this.cmi5, tracker);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.handlePageHide);
    window.removeEventListener('pageshow', this.handlePageShow);
    this.navigation?.removeEventListener('navigate', this.handleNavigate);
    this.terminate();
  }

  /**
   * The learner and registration: a cmi5 launch's always; the SCORM learner (account on this
   * origin named by the LMS's learner id) when the page gives no identifier; else the page's.
   */
  learner(options: LearnerOptions, courseId: string): { actor: Agent; registration: string } {
    // A cmi5 launch names the learner in the URL: known even while the bridge is loading.
    const launch = this.cmi5?.launch ?? readCmi5Launch();
    if (launch) return { actor: launch.actor, registration: launch.registration };
    const scormLearner = this.scorm?.learner;
    const identified = options.email || (options.accountHomePage && options.accountName);
    const actor =
      scormLearner && !identified
        ? resolveActor({ accountHomePage: location.origin, accountName: scormLearner.id, name: options.name || scormLearner.name || undefined })
        : resolveActor(options);
    const registration = (scormLearner && !identified && this.scorm?.resume?.registration) || resolveRegistration(actor, courseId);
    return { actor, registration };
  }

  /**
   * The module the learner last worked in, as the LMS kept it from the session before
   * (`cmi.core.lesson_location` / `cmi.location`), if any.
   */
  get location(): string | undefined {
    return this.scorm?.location;
  }

  /** Ends the LMS session (SCORM Terminate / cmi5 terminated). */
  terminate(): void {
    this.scorm?.terminate();
    void this.cmi5?.terminate();
  }

  /**
   * The learner leaves the course: ends the session, waits for the statements to leave, then
   * goes to the cmi5 `returnURL` when the LMS gave one.
   */
  async exit(): Promise<void> {
    const returnURL = this.cmi5?.launchData?.returnURL;
    this.scorm?.terminate();
    await this.cmi5?.terminate();
    this.host.requestUpdate();
    if (returnURL) location.assign(returnURL);
  }

  private async startCmi5(session: Cmi5Session, tracker: Tracker): Promise<void> {
    try {
      await session.start(tracker);
      if (session.language && !this.host.lang) this.host.lang = session.language;
      this.host.requestUpdate();
    } catch (error) {
      const t = this.options.translation().lms;
      const Cmi5Error = loadedLmsBridges()?.Cmi5Error;
      const code = Cmi5Error && error instanceof Cmi5Error ? error.code : 'cmi5-network';
      const messages: Record<string, string> = {
        'cmi5-fetch-failed': t.cmi5Refused,
        'cmi5-launch-data': t.cmi5LaunchData,
        'cmi5-session-ended': t.cmi5Ended,
      };
      const message = messages[code] ?? t.cmi5Unreachable;
      this.setNotice(message);
      this.report(code, `${message} (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  private reportScorm(error: ScormError): void {
    const t = this.options.translation().lms;
    this.report('scorm-error', t.scormError(error.call, error.element ?? '', error.code, error.text));
  }

  private setNotice(message: string): void {
    this.notice = message;
    this.host.requestUpdate();
  }

  private report(code: string, message: string): void {
    this.host.dispatchEvent(new SpocErrorEvent({ code, message }));
  }
}
