import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { SpocCapsule } from '../src/components/capsule/capsule.js';
import type { SpocCourse } from '../src/components/course/course.js';
import type { SpocErrorEvent } from '../src/events/spoc-error.js';
import { uuid } from '../src/xapi/ids.js';
import type { Activity, Statement } from '../src/xapi/statement.js';
import { expectAcceptedByLrs } from './helpers/lrs.js';
import { collectStatements, expectValidStatement } from './helpers/statements.js';

const COURSE = 'https://learn.example.com/courses/optimanager';
const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
const VIDEO = fixtureUrl('capsule.webm');
const X = (name: string) => `https://w3id.org/xapi/video/extensions/${name}`;
const verbOf = (s: Statement) => s.verb.id.split('/').pop();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const videoOf = (el: SpocCapsule) => el.shadowRoot!.querySelector('video')!;

async function capsuleInCourse(options: { email?: string; attrs?: string; definition?: unknown; lang?: string } = {}) {
  const email = options.email ?? `viewer-${uuid()}@example.com`;
  const course = await fixture<SpocCourse>(html`<spoc-course course-id=${COURSE} learner-email=${email} lang=${options.lang ?? ''}>
    <spoc-capsule activity="m1" module="m1" title="Le rôle du manager" src=${VIDEO} .definition=${options.definition}>
      <track kind="captions" src=${fixtureUrl('capsule.en.vtt')} srclang="en" label="English" />
      <track kind="captions" src=${fixtureUrl('capsule.fr.vtt')} srclang="fr" label="Français" />
      <track kind="chapters" src=${fixtureUrl('capsule.chapters.vtt')} srclang="fr" />
    </spoc-capsule>
  </spoc-course>`);
  const capsule = course.querySelector('spoc-capsule')!;
  if (options.attrs) for (const pair of options.attrs.split(' ')) capsule.setAttribute(...(pair.split('=') as [string, string]));
  await capsule.ready;
  await waitUntil(() => videoOf(capsule).readyState >= 1 && capsule.shadowRoot!.querySelector('[part~="time"]')!.textContent!.includes('0:08'), 'metadata', { timeout: 10000 });
  return { course, capsule, email, video: videoOf(capsule) };
}

/** Plays from the current position at `rate` until `time` (real playback, just fast). */
async function playUntil(capsule: SpocCapsule, time: number, rate = 4) {
  const video = videoOf(capsule);
  video.playbackRate = rate;
  await video.play();
  await waitUntil(() => video.currentTime >= time || video.ended, `played to ${time}`, { timeout: 10000 });
  if (!video.paused) {
    const paused = oneEvent(video, 'pause');
    video.pause();
    await paused;
  }
  await capsule.updateComplete;
}

async function seek(capsule: SpocCapsule, time: number) {
  const video = videoOf(capsule);
  const seeked = oneEvent(video, 'seeked');
  video.currentTime = time;
  await seeked;
  await capsule.updateComplete;
}

describe('<spoc-capsule>', () => {
  describe('the Video Profile', () => {
    it('initialized, played, paused, seeked, interacted: a valid session the real LRS accepts', async () => {
      const { statements, stop } = collectStatements();
      const { capsule, video } = await capsuleInCourse();
      await waitUntil(() => statements.some((s) => verbOf(s) === 'initialized'), 'initialized');
      await playUntil(capsule, 2);
      await seek(capsule, 5);
      video.playbackRate = 1.5;
      await oneEvent(video, 'ratechange');
      part(capsule, 'captions-button')!.click();
      await capsule.updateComplete;
      capsule.remove(); // leaving: terminated
      stop();

      const verbs = statements.map(verbOf);
      expect(verbs[0]).to.equal('initialized');
      expect(verbs.at(-1)).to.equal('terminated');
      expect(verbs).to.include.members(['played', 'paused', 'seeked', 'interacted']);
      const session = statements[0]!.id;
      for (const s of statements) {
        expectValidStatement(s);
        expect(s.context?.contextActivities?.category?.map((a) => a.id)).to.deep.equal(['https://w3id.org/xapi/video']);
        expect(s.context?.extensions?.[X('session-id')]).to.equal(session);
        expect((s.object as Activity).id).to.equal(`${COURSE}/capsule/m1`);
        expect((s.object as Activity).definition?.type).to.equal('https://w3id.org/xapi/video/activity-type/video');
      }
      const initialized = statements[0]!;
      expect(initialized.context?.extensions?.[X('length')]).to.be.closeTo(8, 0.1);
      expect(initialized.context?.extensions?.[X('completion-threshold')]).to.equal(0.9);
      const paused = statements.find((s) => verbOf(s) === 'paused')!;
      const segments = paused.result!.extensions![X('played-segments')] as string;
      expect(segments).to.match(/^0\.0\d\d\[\.\]2\.\d{3}$/);
      expect(paused.result!.extensions![X('time')]).to.equal(Number(segments.split('[.]')[1]));
      expect(paused.result!.extensions![X('progress')]).to.be.closeTo(0.25, 0.05);
      const seeked = statements.find((s) => verbOf(s) === 'seeked')!;
      expect(seeked.result!.extensions![X('time-from')]).to.equal(paused.result!.extensions![X('time')]);
      expect(seeked.result!.extensions![X('time-to')]).to.equal(5);
      const speed = statements.findLast((s) => s.context?.extensions?.[X('speed')]);
      expect(speed!.context!.extensions![X('speed')]).to.equal('1.5x');
      const cc = statements.find((s) => s.context?.extensions?.[X('cc-subtitle-enabled')] === true)!;
      expect(cc.context!.extensions![X('cc-subtitle-lang')]).to.equal('en');
      const terminated = statements.at(-1)!;
      for (const key of ['time', 'progress', 'played-segments']) expect(terminated.result!.extensions).to.have.property(X(key));
      expect(statements.filter((s) => s.result?.completion !== undefined)).to.deep.equal([]);
      await expectAcceptedByLrs(statements);
    });

    it('a learner who pauses and resumes loses no watched time: completion-threshold 1 is reached', async () => {
      const { statements, stop } = collectStatements();
      const { capsule } = await capsuleInCourse({ attrs: 'completion-threshold=1' });
      await playUntil(capsule, 2, 4);
      await playUntil(capsule, 4.5, 4);
      const completed = oneEvent(capsule, 'spoc-complete');
      await playUntil(capsule, Infinity, 8);
      await completed;
      await waitUntil(() => statements.filter((s) => verbOf(s) === 'paused').length === 3, 'paused at the end');
      stop();
      expect(capsule.watchedFraction).to.equal(1);
      expect(capsule.completed).to.equal(true);
      const played = statements.filter((s) => verbOf(s) === 'played');
      const paused = statements.filter((s) => verbOf(s) === 'paused');
      expect(played).to.have.length(3);
      expect(played[0]!.result!.extensions![X('time')]).to.equal(0);
      // Each resume starts where the pause left off: no gap however late the play event is handled.
      for (let i = 1; i < played.length; i++) expect(played[i]!.result!.extensions![X('time')]).to.equal(paused[i - 1]!.result!.extensions![X('time')]);
      for (const s of played) expect(s.context!.extensions![X('length')]).to.be.closeTo(8, 0.1);
      const segments = (paused.at(-1)!.result!.extensions![X('played-segments')] as string).split('[,]').map((p) => p.split('[.]').map(Number));
      expect(segments).to.have.length(3);
      for (let i = 1; i < segments.length; i++) expect(segments[i]![0]).to.equal(segments[i - 1]![1]);
      const statement = statements.find((s) => verbOf(s) === 'completed')!;
      expect(statement.result!.extensions![X('progress')]).to.equal(1);
      expect(statement.context!.extensions).to.not.have.property(X('completion-threshold'));
      await expectAcceptedByLrs(statements);
    });

    it('completes on truly watched time only: seeking to the end does not count', async () => {
      const { statements, stop } = collectStatements();
      const { capsule, video } = await capsuleInCourse();
      await seek(capsule, 7.9);
      await playUntil(capsule, 8);
      expect(capsule.completed).to.equal(false);
      expect(statements.some((s) => verbOf(s) === 'completed')).to.equal(false);
      await seek(capsule, 0);
      const completed = oneEvent(capsule, 'spoc-complete');
      await playUntil(capsule, Infinity, 8); // to the media's end
      await completed;
      await waitUntil(() => video.ended, 'the end');
      stop();
      // The end fires the media's pause then ended: one paused statement per ending, not two.
      expect(statements.filter((s) => verbOf(s) === 'paused')).to.have.length(2);
      expect(capsule.completed).to.equal(true);
      expect(capsule.watchedFraction).to.be.at.least(0.9);
      const statement = statements.find((s) => verbOf(s) === 'completed')!;
      expect(statement.result).to.deep.include({ completion: true });
      expect(statement.result!.duration).to.match(/^PT\d+(\.\d+)?S$/);
      expect(statement.result!.extensions![X('progress')]).to.be.at.least(0.9);
      expect(statement.context!.extensions![X('length')]).to.be.closeTo(8, 0.1);
      expect(part(capsule, 'status')!.textContent).to.contain('Capsule completed');
      await expectAcceptedByLrs(statements.filter((s) => verbOf(s) === 'completed'));
    });
  });

  describe('sessions', () => {
    const sessionOf = (s: Statement) => s.context?.extensions?.[X('session-id')];

    it('removed while playing: paused, then terminated last; the pause of the removed video adds nothing', async () => {
      const { statements, stop } = collectStatements();
      const { capsule, video } = await capsuleInCourse();
      video.playbackRate = 2;
      await video.play();
      await waitUntil(() => video.currentTime > 0.5, 'playing');
      capsule.remove();
      await new Promise((resolve) => setTimeout(resolve, 300));
      stop();
      expect(statements.map(verbOf).slice(-3)).to.deep.equal(['played', 'paused', 'terminated']);
      await expectAcceptedByLrs(statements);
    });

    it('moved in the page, or back from the back/forward cache: a new session', async () => {
      const { statements, stop } = collectStatements();
      const { course, capsule, video } = await capsuleInCourse();
      await waitUntil(() => statements.some((s) => verbOf(s) === 'initialized'), 'initialized');
      course.append(capsule); // moved: removed, then inserted again
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await video.play();
      await waitUntil(() => statements.filter((s) => verbOf(s) === 'played').length === 1, 'played');
      video.pause();
      await waitUntil(() => statements.some((s) => verbOf(s) === 'paused'), 'paused');
      stop();
      expect(statements.map(verbOf)).to.deep.equal(['initialized', 'terminated', 'initialized', 'terminated', 'initialized', 'played', 'paused']);
      const sessions = statements.filter((s) => verbOf(s) === 'initialized').map((s) => s.id);
      expect(new Set(sessions).size).to.equal(3);
      expect(statements.slice(-2).map(sessionOf)).to.deep.equal([sessions[2], sessions[2]]);
      await expectAcceptedByLrs(statements);
    });
  });

  describe('keyboard and controls', () => {
    it('k plays and pauses, arrows seek, m mutes, the transcript seeks on click', async () => {
      const { capsule, video } = await capsuleInCourse();
      part(capsule, 'play-button')!.focus();
      await sendKeys({ press: 'k' });
      await waitUntil(() => !video.paused, 'playing');
      await sendKeys({ press: 'k' });
      await waitUntil(() => video.paused, 'paused');
      const before = video.currentTime;
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => video.currentTime >= before + 4.9, 'seeked +5');
      await sendKeys({ press: 'm' });
      expect(video.muted).to.equal(true);
      part(capsule, 'transcript-button')!.click();
      await capsule.updateComplete;
      await waitUntil(() => capsule.shadowRoot!.querySelectorAll('[part~="cue"]').length === 4, 'cues');
      const cues = [...capsule.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="cue"]')];
      expect(cues[2]!.textContent).to.contain('Give feedback often');
      cues[1]!.click();
      await oneEvent(video, 'seeked');
      expect(video.currentTime).to.equal(2);
      const chapters = [...capsule.shadowRoot!.querySelectorAll('[part~="chapter"]')].map((c) => c.textContent!.trim());
      expect(chapters).to.deep.equal(['0:00 Introduction', '0:04 Le feedback']);
      await expect(capsule).to.be.accessible();
    });

    it('dragging the seek slider is one seeked, from where the drag began to where it ends', async () => {
      await setViewport({ width: 1280, height: 900 });
      try {
        const { statements, stop } = collectStatements();
        const { capsule, video } = await capsuleInCourse();
        await playUntil(capsule, 1);
        const from = Math.round(video.currentTime * 1000) / 1000;
        const slider = part(capsule, 'seek')!.getBoundingClientRect();
        const at = (fraction: number): [number, number] => [Math.round(slider.left + slider.width * fraction), Math.round(slider.top + slider.height / 2)];
        await sendMouse({ type: 'move', position: at(from / 8) });
        await sendMouse({ type: 'down' });
        for (const fraction of [0.3, 0.45, 0.6, 0.75]) {
          await sendMouse({ type: 'move', position: at(fraction) });
          await waitUntil(() => !video.seeking, 'the preview landed');
        }
        await sendMouse({ type: 'up' });
        await waitUntil(() => statements.some((s) => verbOf(s) === 'seeked'), 'one seeked', { timeout: 10000 });
        await waitUntil(() => !video.seeking, 'still');
        stop();
        const seeks = statements.filter((s) => verbOf(s) === 'seeked');
        expect(seeks).to.have.length(1);
        expect(seeks[0]!.result!.extensions![X('time-from')]).to.equal(from);
        expect(seeks[0]!.result!.extensions![X('time-to')]).to.equal(Math.round(video.currentTime * 1000) / 1000);
        expect(video.currentTime).to.be.closeTo(6, 0.5);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('prevent-skipping keeps the learner within what was watched, anywhere in it; a refused seek is no seeked', async () => {
      const { statements, stop } = collectStatements();
      const { capsule, video } = await capsuleInCourse({ attrs: 'prevent-skipping=' });
      await playUntil(capsule, 2);
      const stopped = video.currentTime;
      video.currentTime = 7;
      await waitUntil(() => !video.seeking && video.currentTime < 3, 'sent back');
      await capsule.updateComplete;
      expect(video.currentTime).to.be.closeTo(stopped, 0.001);
      expect(part(capsule, 'status')!.textContent).to.contain('only move forward within what you have already watched');
      expect(statements.filter((s) => verbOf(s) === 'seeked')).to.deep.equal([]);
      // Back, play a little, pause: then forward again within what was watched is allowed (not only up to the first pause).
      await seek(capsule, 0.5);
      await playUntil(capsule, 1);
      await playUntil(capsule, 3);
      await seek(capsule, 1);
      await seek(capsule, 2.5);
      expect(video.currentTime).to.equal(2.5);
      // Past what was watched: the learner lands at the end of it, and the statement says so.
      const watchedEnd = Number(capsule.playedSegments.split('[,]').map((p) => p.split('[.]')[1]).sort((a, b) => Number(b) - Number(a))[0]);
      const seekCount = statements.filter((s) => verbOf(s) === 'seeked').length;
      video.currentTime = 7;
      await waitUntil(() => statements.filter((s) => verbOf(s) === 'seeked').length > seekCount, 'held at the end of what was watched');
      stop();
      expect(video.currentTime).to.be.closeTo(watchedEnd, 0.001);
      const seeks = statements.filter((s) => verbOf(s) === 'seeked').map((s) => [s.result!.extensions![X('time-from')], s.result!.extensions![X('time-to')]]);
      for (const [from, to] of seeks) expect(from).to.not.equal(to);
      expect(seeks.at(-1)).to.deep.equal([2.5, watchedEnd]);
    });
  });

  describe('resume and checkpoints', () => {
    it('position and watched segments survive a reload', async () => {
      const first = await capsuleInCourse();
      await playUntil(first.capsule, 3);
      await new Promise((r) => setTimeout(r, 50));
      const watched = first.capsule.watchedFraction;
      first.course.remove();
      const { statements, stop } = collectStatements();
      const again = await capsuleInCourse({ email: first.email });
      await waitUntil(() => again.video.currentTime > 2.5, 'position restored');
      expect(again.capsule.watchedFraction).to.equal(watched);
      expect(again.capsule.playedSegments).to.match(/^0\.000\[\.\]3\.\d{3}$/);
      // Playing on from the restored position: one segment more, no gap, and no `seeked` for the jump the player made.
      const position = again.video.currentTime;
      await playUntil(again.capsule, 4);
      stop();
      expect(statements.map(verbOf).filter((v) => v !== 'interacted')).to.deep.equal(['initialized', 'played', 'paused']);
      expect(statements[0]!.context!.extensions![X('session-id')]).to.equal(statements[0]!.id);
      const played = statements.find((s) => verbOf(s) === 'played')!;
      expect(played.result!.extensions![X('time')]).to.equal(Math.round(position * 1000) / 1000);
      expect(Number(again.capsule.playedSegments.split('[,]')[1]!.split('[.]')[0])).to.equal(played.result!.extensions![X('time')]);
    });

    it('a checkpoint pauses the video and asks its question', async () => {
      const { statements, stop } = collectStatements();
      const definition = {
        checkpoints: [
          {
            id: 'cp1',
            time: 2,
            requireCorrect: true,
            question: { id: 'q', type: 'true-false', prompt: 'Un manager fait réussir son équipe.', correct: true },
          },
        ],
      };
      const { capsule, video } = await capsuleInCourse({ definition });
      video.playbackRate = 2;
      await video.play();
      await waitUntil(() => part(capsule, 'checkpoint'), 'checkpoint shown', { timeout: 10000 });
      await waitUntil(() => video.paused, 'paused at the checkpoint');
      expect(video.currentTime).to.be.within(2, 3.5);
      const dialog = part(capsule, 'checkpoint')!;
      expect(dialog.textContent).to.contain('Un manager fait réussir son équipe.');
      dialog.querySelector<HTMLInputElement>('input[value="false"]')!.click();
      await capsule.updateComplete;
      part(capsule, 'check-button')!.click();
      await capsule.updateComplete;
      expect(part(capsule, 'checkpoint')!.textContent).to.contain('Answer correctly to continue.');
      expect(part(capsule, 'continue-button')).to.equal(null);
      part(capsule, 'checkpoint')!.querySelector<HTMLInputElement>('input[value="true"]')!.click();
      await capsule.updateComplete;
      part(capsule, 'check-button')!.click();
      await capsule.updateComplete;
      await expect(capsule).to.be.accessible();
      part(capsule, 'continue-button')!.click();
      await waitUntil(() => !video.paused, 'playing again');
      video.pause();
      stop();
      const answers = statements.filter((s) => verbOf(s) === 'answered');
      expect(answers.map((s) => s.result?.success)).to.deep.equal([false, true]);
      expect((answers[0]!.object as Activity).id).to.equal(`${COURSE}/capsule/m1/checkpoint/cp1`);
      // Time on the question, for the cohort report's sticking points, like a quiz's answers.
      for (const answer of answers) expect(answer.result?.duration).to.match(/^PT\d+(\.\d+)?S$/);
      await expectAcceptedByLrs(answers);
    });
  });

  describe('learners on any screen', () => {
    const shadowFocus = (el: SpocCapsule) => el.shadowRoot!.activeElement;

    /** WCAG contrast ratio of two CSS colours, as the browser resolves them. */
    function contrast(a: string, b: string): number {
      const probe = document.createElement('span');
      document.body.append(probe);
      const luminance = (color: string) => {
        probe.style.color = color;
        const [r, g, bl] = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number).map((v) => v / 255);
        const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
      };
      const [x, y] = [luminance(a), luminance(b)];
      probe.remove();
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    it('a click on the video gives the player focus: K and Space play and pause, and Space does not scroll the page', async () => {
      const { capsule, video } = await capsuleInCourse();
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer); // a page taller than the window: Space could scroll it
      try {
        window.scrollTo(0, 0);
        const rect = video.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
        await waitUntil(() => !video.paused, 'the click plays');
        expect(shadowFocus(capsule)).to.equal(video);
        await sendKeys({ press: 'k' });
        await waitUntil(() => video.paused, 'K pauses');
        await sendKeys({ press: ' ' });
        await waitUntil(() => !video.paused, 'Space plays');
        await sendKeys({ press: ' ' });
        await waitUntil(() => video.paused, 'Space pauses');
        expect(window.scrollY).to.equal(0);
        expect(shadowFocus(capsule)).to.equal(video);
      } finally {
        spacer.remove();
      }
    });

    it('the live region speaks at milestones, not at every percent', async () => {
      const { capsule } = await capsuleInCourse();
      const live = capsule.shadowRoot!.querySelector('[role="status"]')!;
      const said: string[] = [];
      const observer = new MutationObserver(() => {
        const text = live.textContent!.trim();
        if (text && said.at(-1) !== text) said.push(text);
      });
      observer.observe(live, { childList: true, subtree: true, characterData: true });
      const completed = oneEvent(capsule, 'spoc-complete');
      await playUntil(capsule, Infinity, 4);
      await completed;
      await capsule.updateComplete;
      observer.disconnect();
      // Each quarter once at most, in order (a late timeupdate may jump one), then completion: never every percent.
      const expected = ['25% watched', '50% watched', '75% watched', 'Capsule completed'];
      expect(said.at(-1)).to.equal('Capsule completed');
      expect(said.length).to.be.within(2, 4);
      expect(said.map((text) => expected.indexOf(text))).to.deep.equal([...said.map((text) => expected.indexOf(text))].sort());
      expect(said.every((text) => expected.includes(text))).to.equal(true);
      expect(part(capsule, 'status')!.getAttribute('role')).to.equal(null); // the visible line is not a live region
    });

    it('the truly watched band is visible, and a skipped part does not look watched', async () => {
      const { capsule } = await capsuleInCourse();
      await playUntil(capsule, 2);
      await seek(capsule, 6);
      const band = part(capsule, 'watched')!;
      const style = getComputedStyle(band);
      expect(band.getBoundingClientRect().height).to.be.at.least(6);
      const watched = style.getPropertyValue('--_watched').trim();
      const unwatched = style.getPropertyValue('--_unwatched').trim();
      const bar = getComputedStyle(part(capsule, 'controls')!).backgroundColor;
      expect(contrast(watched, unwatched)).to.be.at.least(3);
      expect(contrast(watched, bar)).to.be.at.least(3);
      // The slider paints no fill up to the thumb: only the watched band says what was watched.
      expect(getComputedStyle(part(capsule, 'seek')!).appearance).to.equal('none');
      const gradient = (part(capsule, 'seek')!.parentElement as HTMLElement).style.getPropertyValue('--_gradient');
      const stops = [...gradient.matchAll(/var\(--_watched\) ([\d.]+)%/g)].map((m) => Number(m[1]));
      expect(stops).to.have.length(2);
      expect(stops[0]).to.equal(0);
      expect(stops[1]).to.be.closeTo(25, 3); // 0:00–0:02 of 0:08, nothing from 0:02 to 0:06
    });

    it('at 1280 px: every control in one row; captions listed by their labels; speeds go beyond 2×', async () => {
      await setViewport({ width: 1280, height: 900 });
      try {
        const { statements, stop } = collectStatements();
        const { capsule, video } = await capsuleInCourse();
        await waitUntil(() => part(capsule, 'captions-language'), 'two caption tracks loaded', { timeout: 10000 });
        await capsule.updateComplete;
        const controls = part(capsule, 'controls')!;
        const middles = [...controls.querySelectorAll('button, select, input, [part~="time"]')]
          .filter((el) => el.getBoundingClientRect().width > 0)
          .map((el) => el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2);
        expect(Math.max(...middles) - Math.min(...middles)).to.be.below(4);
        expect(part(capsule, 'settings-button')!.getBoundingClientRect().width).to.equal(0);
        const options = [...part(capsule, 'captions-language')!.querySelectorAll('option')];
        expect(options.map((o) => o.textContent!.trim())).to.deep.equal(['English', 'Français']);
        expect(options.find((o) => o.selected)!.value).to.equal('en');
        const speed = part(capsule, 'speed') as HTMLSelectElement;
        expect([...speed.options].map((o) => o.value)).to.include.members(['2.5', '3']);
        expect(speed.value).to.equal('1'); // the current rate is shown from the first render
        expect(speed.selectedOptions[0]!.textContent!.trim()).to.equal('1×');
        speed.focus();
        speed.value = '3';
        speed.dispatchEvent(new Event('change'));
        await oneEvent(video, 'ratechange');
        await capsule.updateComplete;
        stop();
        expect(video.playbackRate).to.equal(3);
        expect(shadowFocus(capsule)).to.equal(speed);
        expect(statements.at(-1)!.context!.extensions![X('speed')]).to.equal('3x');
        // The volume slider's arrows change the volume, not the position.
        const volume = part(capsule, 'volume') as HTMLInputElement;
        volume.focus();
        const position = video.currentTime;
        await sendKeys({ press: 'ArrowLeft' });
        await waitUntil(() => video.volume < 1, 'quieter');
        expect(video.currentTime).to.equal(position);
        expect(shadowFocus(capsule)).to.equal(volume);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('a video on another origin without CORS headers plays; CORS mode only for captions on another origin', async () => {
      const elsewhere = (url: string) => {
        const other = new URL(url);
        other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
        return other.href;
      };
      const capsule = await fixture<SpocCapsule>(html`<spoc-capsule activity="cross-origin" src=${elsewhere(VIDEO)}></spoc-capsule>`);
      const video = videoOf(capsule);
      expect(video.hasAttribute('crossorigin')).to.equal(false);
      await waitUntil(() => video.readyState >= 1, 'metadata from the other origin', { timeout: 10000 });
      await video.play();
      await waitUntil(() => video.currentTime > 0.2, 'it plays', { timeout: 10000 });
      video.pause();
      expect(part(capsule, 'error')).to.equal(null);

      const sameOrigin = await fixture<SpocCapsule>(html`<spoc-capsule activity="cc-same" src=${VIDEO} captions=${fixtureUrl('capsule.en.vtt')}></spoc-capsule>`);
      expect(videoOf(sameOrigin).hasAttribute('crossorigin')).to.equal(false);
      const otherCaptions = await fixture<SpocCapsule>(html`<spoc-capsule activity="cc-other" src=${VIDEO} captions=${elsewhere(fixtureUrl('capsule.en.vtt'))}></spoc-capsule>`);
      expect(videoOf(otherCaptions).getAttribute('crossorigin')).to.equal('anonymous');
    });

    for (const [width, lang] of [[390, 'en'], [320, 'fr']] as const) {
      it(`at ${width} px (${lang}): one row of controls, speed, sound and captions in a settings panel, no sideways scroll`, async () => {
        await setViewport({ width, height: 800 });
        try {
          const { capsule, video } = await capsuleInCourse({ lang });
          await waitUntil(() => part(capsule, 'captions-button'), 'captions loaded', { timeout: 10000 });
          const controls = part(capsule, 'controls')!;
          const shown = [...controls.children].filter((el) => el.getBoundingClientRect().width > 0);
          const middles = shown.map((el) => {
            const r = el.getBoundingClientRect();
            return r.top + r.height / 2;
          });
          expect(Math.max(...middles) - Math.min(...middles)).to.be.below(4); // one row
          expect(controls.getBoundingClientRect().height).to.be.below(64);
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
          expect(part(capsule, 'speed')!.getBoundingClientRect().width).to.equal(0); // folded away

          const button = part(capsule, 'settings-button')!;
          button.focus();
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => shadowFocus(capsule) === part(capsule, 'speed'), 'focus on the first setting');
          expect(button.getAttribute('aria-expanded')).to.equal('true');
          const panel = part(capsule, 'settings')!.getBoundingClientRect();
          const player = capsule.getBoundingClientRect();
          expect(panel.left).to.be.at.least(player.left);
          expect(panel.right).to.be.at.most(player.right);
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
          await expect(capsule).to.be.accessible();

          // Captions from the panel: focus stays on the button pressed.
          part(capsule, 'captions-button')!.focus();
          await sendKeys({ press: 'Enter' });
          await capsule.updateComplete;
          expect(part(capsule, 'captions-button')!.getAttribute('aria-pressed')).to.equal('true');
          expect(shadowFocus(capsule)).to.equal(part(capsule, 'captions-button'));
          expect([...video.textTracks].some((t) => t.mode === 'showing')).to.equal(true);

          await sendKeys({ press: 'Escape' });
          await waitUntil(() => shadowFocus(capsule) === button, 'focus back on the settings button');
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          await expect(capsule).to.be.accessible();
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    for (const lang of ['en', 'fr']) {
      it(`on a dark host page (${lang}): readable, axe finds nothing`, async () => {
        await emulateMedia({ colorScheme: 'dark' });
        try {
          const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: dark; background: #0b1220; color: #e4e7eb; padding: 1rem">
            <spoc-capsule lang=${lang} activity="dark-${lang}" title="Le rôle du manager" src=${VIDEO}>
              <track kind="captions" src=${fixtureUrl('capsule.en.vtt')} srclang="en" label="English" />
              <track kind="chapters" src=${fixtureUrl('capsule.chapters.vtt')} srclang="fr" />
            </spoc-capsule>
          </div>`);
          const capsule = wrapper.querySelector('spoc-capsule')!;
          await waitUntil(() => part(capsule, 'transcript-button') && part(capsule, 'chapter'), 'tracks loaded', { timeout: 10000 });
          part(capsule, 'transcript-button')!.click();
          await capsule.updateComplete;
          expect(shadowFocus(capsule)).to.equal(null); // a script click moves no focus; the button stays
          await expect(capsule).to.be.accessible();
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    }
  });

  describe('definition', () => {
    it('chapters and checkpoints from an inline JSON script (the copyable form)', async () => {
      const capsule = await fixture<SpocCapsule>(html`<spoc-capsule activity="inline-json" lang="fr" src=${VIDEO}>
        <script type="application/json">
          { "chapters": [{ "time": 0, "title": { "fr": "Introduction", "en": "Introduction" } }, { "time": 4, "title": { "fr": "Le feedback", "en": "Feedback" } }] }
        </script>
      </spoc-capsule>`);
      await capsule.ready;
      await capsule.updateComplete;
      const chapters = [...capsule.shadowRoot!.querySelectorAll('[part~="chapter"]')].map((c) => c.textContent!.trim());
      expect(chapters).to.deep.equal(['0:00 Introduction', '0:04 Le feedback']);
      expect(part(capsule, 'error')).to.equal(null);
    });
  });

  describe('localization and accessibility', () => {
    it('speaks French', async () => {
      const { capsule } = await capsuleInCourse({ lang: 'fr' });
      expect(part(capsule, 'play-button')!.textContent).to.contain('Lecture');
      expect(part(capsule, 'status')!.textContent).to.contain('visionné');
      await expect(capsule).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('exposes parts and reads its custom properties', async () => {
      const { capsule } = await capsuleInCourse();
      capsule.style.setProperty('--spoc-capsule-controls-background', 'rgb(1, 2, 3)');
      for (const name of ['base', 'video', 'controls', 'seek', 'time', 'status', 'play-button']) expect(part(capsule, name), name).to.not.equal(null);
      expect(getComputedStyle(part(capsule, 'controls')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('bad input', () => {
    it('a missing source and an unplayable file show the error view', async () => {
      const empty = document.createElement('spoc-capsule');
      const missing = oneEvent(empty, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(empty);
      expect((await missing).detail.code).to.equal('missing-source');
      await empty.updateComplete;
      expect(part(empty, 'error')!.textContent).to.contain('No video source');
      await expect(empty).to.be.accessible();
      empty.remove();

      const broken = document.createElement('spoc-capsule');
      broken.src = fixtureUrl('capsule.en.vtt');
      const failed = oneEvent(broken, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(broken);
      expect((await failed).detail.code).to.equal('media-error');
      await broken.updateComplete;
      expect(part(broken, 'error')!.getAttribute('role')).to.equal('alert');
      broken.remove();
    });

    it('an invalid definition with a valid video: the late loadedmetadata of the replaced video throws nothing', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const { statements, stop } = collectStatements();
      const capsule = document.createElement('spoc-capsule');
      capsule.src = VIDEO;
      capsule.definition = { checkpoints: [{ id: 'a', time: 'soon' }] } as never; // invalid on purpose
      const failed = oneEvent(capsule, 'spoc-error') as Promise<SpocErrorEvent>;
      let metadata: Promise<unknown> | undefined;
      document.body.append(capsule);
      // Catch the first video as it is rendered, before the error view replaces it.
      const observer = new MutationObserver(() => {
        const video = capsule.shadowRoot!.querySelector('video');
        if (video && !metadata) metadata = oneEvent(video, 'loadedmetadata');
      });
      observer.observe(capsule.shadowRoot!, { childList: true, subtree: true });
      expect((await failed).detail.code).to.equal('invalid-definition');
      await waitUntil(() => metadata, 'the first video was rendered', { timeout: 10000 });
      await metadata;
      await new Promise((resolve) => setTimeout(resolve)); // the handlers' continuations
      observer.disconnect();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      stop();
      expect(errors).to.deep.equal([]);
      expect(statements).to.deep.equal([]); // no session for a capsule that cannot be shown
      expect(part(capsule, 'error')).to.not.equal(null);
      capsule.remove();
    });

    it('removed before its metadata arrives: no session, no statement, nothing thrown', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
      window.addEventListener('error', onError);
      const { statements, stop } = collectStatements();
      const capsule = document.createElement('spoc-capsule');
      capsule.src = VIDEO;
      document.body.append(capsule);
      await capsule.updateComplete;
      const video = videoOf(capsule);
      const metadata = oneEvent(video, 'loadedmetadata');
      capsule.remove();
      await metadata;
      await capsule.ready;
      await new Promise((resolve) => setTimeout(resolve));
      window.removeEventListener('error', onError);
      stop();
      expect(errors).to.deep.equal([]);
      expect(statements).to.deep.equal([]);
    });

    it('an attribute turned invalid while playing: the session ends (paused, terminated), then nothing', async () => {
      const { statements, stop } = collectStatements();
      const { capsule, video } = await capsuleInCourse();
      video.playbackRate = 2;
      await video.play();
      await waitUntil(() => statements.some((s) => verbOf(s) === 'played') && video.currentTime > 0.5, 'playing');
      capsule.setAttribute('completion-threshold', 'abc');
      await capsule.updateComplete;
      expect(part(capsule, 'error')!.textContent).to.contain('completion-threshold');
      await new Promise((resolve) => setTimeout(resolve, 100));
      capsule.remove();
      stop();
      expect(statements.map(verbOf).slice(-2)).to.deep.equal(['paused', 'terminated']);
      expect(statements.at(-1)!.context!.extensions![X('completion-threshold')]).to.equal(0.9); // never the refused value
      expect(statements.every((s) => expectValidStatement(s) === undefined)).to.equal(true);
      await expectAcceptedByLrs(statements);
    });

    for (const [value, lang] of [['-1', 'en'], ['abc', 'fr'], ['1.5', 'en'], ['', 'fr']] as const) {
      it(`completion-threshold="${value}" (${lang}): the error view names the attribute, spoc-error, no statement`, async () => {
        const { statements, stop } = collectStatements();
        const capsule = document.createElement('spoc-capsule');
        capsule.lang = lang;
        capsule.src = VIDEO;
        capsule.setAttribute('completion-threshold', value);
        const failed = oneEvent(capsule, 'spoc-error') as Promise<SpocErrorEvent>;
        document.body.append(capsule);
        const { detail } = await failed;
        await capsule.updateComplete;
        stop();
        expect(detail.code).to.equal('invalid-attribute');
        expect(detail.issues!.map((i) => i.path)).to.deep.equal(['completion-threshold']);
        const view = part(capsule, 'error')!;
        expect(view.getAttribute('role')).to.equal('alert');
        expect(view.textContent).to.contain('completion-threshold');
        expect(view.textContent).to.contain(lang === 'fr' ? 'doit être un nombre de 0 à 1' : 'must be a number from 0 to 1');
        expect(capsule.shadowRoot!.querySelector('video')).to.equal(null);
        expect(statements).to.deep.equal([]);
        await expect(capsule).to.be.accessible();
        capsule.remove();
      });
    }

    it('src, poster, captions, <source> and <track> URLs go through the media URL policy', async () => {
      const capsule = document.createElement('spoc-capsule');
      capsule.src = ' JaVa\tScript:alert(1)';
      capsule.poster = 'data:image/svg+xml,<svg onload=alert(1)>';
      capsule.captionsSrc = 'vbscript:msgbox(1)';
      capsule.innerHTML = `<track kind="captions" src="javascript:alert(2)" srclang="en">`;
      const failed = oneEvent(capsule, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(capsule);
      const { detail } = await failed;
      await capsule.updateComplete;
      expect(detail.code).to.equal('invalid-attribute');
      expect(detail.issues!.map((i) => i.path)).to.deep.equal(['src', 'poster', 'captions', 'track[0].src']);
      expect(detail.issues!.every((i) => i.code === 'unsafe-url')).to.equal(true);
      expect(part(capsule, 'error')!.textContent).to.contain('is not an allowed URL');
      expect(capsule.shadowRoot!.querySelector('video, track, source, [src], [poster]')).to.equal(null);
      capsule.remove();

      // A blob: video is media: allowed.
      const blob = URL.createObjectURL(await (await fetch(VIDEO)).blob());
      const fine = document.createElement('spoc-capsule');
      fine.src = blob;
      document.body.append(fine);
      await fine.updateComplete;
      await waitUntil(() => videoOf(fine).readyState >= 1, 'blob video loads', { timeout: 10000 });
      expect(part(fine, 'error')).to.equal(null);
      fine.remove();
      URL.revokeObjectURL(blob);
    });

    it('a missing source names the attribute', async () => {
      const empty = document.createElement('spoc-capsule');
      empty.lang = 'fr';
      const missing = oneEvent(empty, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(empty);
      const { detail } = await missing;
      await empty.updateComplete;
      expect(detail.issues!.map((i) => i.path)).to.deep.equal(['src']);
      expect(part(empty, 'error')!.textContent).to.contain('Aucune source vidéo');
      // Given later, the source brings the player back.
      empty.src = VIDEO;
      await empty.updateComplete;
      await waitUntil(() => empty.shadowRoot!.querySelector('video')?.readyState, 'the player is back', { timeout: 10000 });
      expect(part(empty, 'error')).to.equal(null);
      empty.remove();
    });

    it('a missing or invalid captions file: a visible notice, and only the captions that loaded are offered', async () => {
      const capsule = await fixture<SpocCapsule>(html`<spoc-capsule lang="fr" activity="cc-bad" src=${VIDEO}>
        <track kind="captions" src=${fixtureUrl('capsule.en.vtt')} srclang="en" label="English" />
        <track kind="captions" src=${fixtureUrl('nowhere.vtt')} srclang="de" label="Deutsch" />
        <track kind="captions" src=${VIDEO} srclang="es" label="Español" />
      </spoc-capsule>`);
      await waitUntil(() => part(capsule, 'notice')?.textContent?.includes('Español') && part(capsule, 'notice')?.textContent?.includes('Deutsch'), 'notice', { timeout: 10000 });
      await waitUntil(() => part(capsule, 'captions-button'), 'the good track is offered', { timeout: 10000 });
      expect(part(capsule, 'notice')!.textContent).to.contain('n’ont pas pu être chargés');
      expect(part(capsule, 'captions-language')).to.equal(null); // one usable language: no choice to make
      await expect(capsule).to.be.accessible();

      const none = await fixture<SpocCapsule>(html`<spoc-capsule activity="cc-none" src=${VIDEO} captions=${fixtureUrl('nowhere.vtt')}></spoc-capsule>`);
      await waitUntil(() => part(none, 'notice'), 'notice', { timeout: 10000 });
      expect(part(none, 'notice')!.textContent).to.contain('could not be loaded');
      expect(part(none, 'captions-button')).to.equal(null);
      expect(part(none, 'transcript-button')).to.equal(null);
      // C has nothing to show: no captions statement either.
      const { statements, stop } = collectStatements();
      part(none, 'play-button')!.focus();
      await sendKeys({ press: 'c' });
      await none.updateComplete;
      stop();
      expect(statements.filter((s) => s.context?.extensions?.[X('cc-subtitle-enabled')] !== undefined)).to.deep.equal([]);
    });

    it('a checkpoint passed by a seek, or by a late timeupdate on a busy page, is still asked', async () => {
      const definition = {
        checkpoints: [
          { id: 'early', time: 1, question: { id: 'q1', type: 'true-false', prompt: 'Early?', correct: true } },
          { id: 'late', time: 7, question: { id: 'q2', type: 'true-false', prompt: 'Late?', correct: true } },
        ],
      };
      const { capsule, video } = await capsuleInCourse({ definition });
      // Busy main thread: playback goes on, no timeupdate lands near 0:01.
      video.playbackRate = 2;
      await video.play();
      await waitUntil(() => video.currentTime > 0.1, 'playing');
      const until = performance.now() + 600;
      while (performance.now() < until) {
        /* a long task */
      }
      await waitUntil(() => part(capsule, 'checkpoint'), 'asked after the long task', { timeout: 10000 });
      await waitUntil(() => video.paused, 'paused');
      expect(part(capsule, 'checkpoint')!.textContent).to.contain('Early?');
      part(capsule, 'checkpoint')!.querySelector<HTMLInputElement>('input[value="true"]')!.click();
      await capsule.updateComplete;
      part(capsule, 'check-button')!.click();
      await capsule.updateComplete;
      await waitUntil(() => capsule.shadowRoot!.activeElement === part(capsule, 'continue-button'), 'focus on Continue');
      part(capsule, 'continue-button')!.click();
      await waitUntil(() => !video.paused, 'playing again');
      video.pause();
      await waitUntil(() => video.paused && !part(capsule, 'checkpoint'), 'paused');
      expect(capsule.shadowRoot!.activeElement).to.equal(part(capsule, 'play-button'));
      // A seek past the next one asks it at once.
      await seek(capsule, 7.5);
      await waitUntil(() => part(capsule, 'checkpoint'), 'asked after the seek', { timeout: 10000 });
      expect(part(capsule, 'checkpoint')!.textContent).to.contain('Late?');
    });

    it('hostile text in the title, chapters, checkpoints and track labels stays text: no handler, script or unsafe link reaches the shadow root', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const definition = {
        chapters: [{ time: 0, title: payload }],
        checkpoints: [{ id: 'x', time: 0.5, question: { id: 'q', type: 'choice', prompt: payload, choices: [{ id: 'a', text: payload }, { id: 'b', text: 'b' }], correct: 'a' } }],
      };
      const capsule = await fixture<SpocCapsule>(html`<spoc-capsule activity="hostile" title=${payload} src=${VIDEO} .definition=${definition}>
        <track kind="captions" src=${fixtureUrl('capsule.en.vtt')} srclang="en" label=${payload} />
      </spoc-capsule>`);
      await capsule.ready;
      const video = videoOf(capsule);
      await waitUntil(() => video.readyState >= 1, 'metadata');
      video.playbackRate = 2;
      await video.play();
      await waitUntil(() => part(capsule, 'checkpoint'), 'the checkpoint with hostile text', { timeout: 10000 });
      const all = [...capsule.shadowRoot!.querySelectorAll('*')];
      expect(all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.outerHTML)).to.deep.equal([]);
      expect(capsule.shadowRoot!.querySelectorAll('script, img, iframe, object, embed').length).to.equal(0);
      expect(all.filter((el) => /^\s*(javascript|data|vbscript):/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length).to.equal(0);
      expect(part(capsule, 'checkpoint')!.textContent).to.contain('<img src=x');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('malformed checkpoints are reported with their paths', async () => {
      const capsule = document.createElement('spoc-capsule');
      capsule.src = VIDEO;
      capsule.definition = { checkpoints: [{ id: 'a', time: -1, question: { id: 'q', type: 'essay', prompt: 'x' } }, { id: 'a', time: 3 }] } as never; // invalid on purpose
      const failed = oneEvent(capsule, 'spoc-error') as Promise<SpocErrorEvent>;
      document.body.append(capsule);
      const { detail } = await failed;
      expect(detail.issues!.map((i) => i.path)).to.include.members(['checkpoints[0].time', 'checkpoints[0].question.type', 'checkpoints[1].question']);
      capsule.remove();
    });
  });
});
