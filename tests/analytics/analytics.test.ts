// Cohort analytics on a small cohort whose every figure is worked out by hand below.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { buildReport, courseIndex, csvField, lrsClient, emptyFold, foldAll, foldFromStore, foldStatements, itemStatistics, learnersCsv, merge, modulesCsv, normalizedGain, parseCsv, parseRoster, RosterError, questionsCsv, quantile, spread, summaryHtml, toCsv } from '../../src/analytics/index.js';
import { simulateCohort } from '../../src/analytics/simulate.js';
import { computeProgress } from '../../src/course/progress-model.js';
import { statementSchema } from '../../src/xapi/statement.schema.js';
import { expectAcceptedByLrs } from '../helpers/lrs.js';
import { uuid } from '../../src/xapi/ids.js';
import { LocalStore } from '../../src/xapi/local-store.js';
import type { Statement } from '../../src/xapi/statement.js';
import { COURSE, NOW, badInput, cohortStatements, course, iri, people, roster } from './small-cohort.js';

const index = courseIndex(course);
const byPerson = cohortStatements();
const clean: Statement[] = Object.values(byPerson).flat();
// The quiz sends scaled scores rounded to 4 decimals: 2/3 is 0.6667.
const TWO_THIRDS = 0.6667;
const close = (actual: number | undefined, expected: number, label: string) => expect(actual, label).to.be.closeTo(expected, 1e-6);

describe('analytics: a small cohort computed by hand', () => {
  const bad = badInput(clean[0]!);
  const all: unknown[] = [...clean, ...bad.statements];
  const state = foldAll(all, index);
  const report = buildReport(index, state, { roster, now: NOW, videoParts: 4 });
  const learner = (name: string) => report.learners.find((l) => l.name === name)!;

  it('ignores and counts bad input, never throws', () => {
    expect(state.counts.ignored).to.deep.equal({ invalid: 2, 'other-course': 1, voided: 2, 'unknown-verb': 1, 'group-actor': 0 });
    // The source is trusted to deliver each statement once: a repeat counts again (the progress model dedupes, the fold cannot).
    expect(state.counts.folded).to.equal(clean.length + 1);
    expect(() => foldStatements(state, [null, 'text', { id: 1 }, [], { id: 'x', actor: {}, verb: {}, object: {}, timestamp: 'no' }], index)).not.to.throw();
  });

  it('the learners are the roster (E never came), then those seen outside it (F); anonymous raters are nobody', () => {
    expect(report.learners.map((l) => [l.name, l.enrolled])).to.deep.equal([
      ['Ana Martin', true],
      ['Bruno Petit', true],
      ['Chloé Ébrard', true],
      ['Dan Roy', true],
      ['Emma Absent', true],
      ['Fabien Visitor', false],
    ]);
  });

  it('agrees with computeProgress on each learner\'s raw statements', () => {
    for (const key of ['A', 'B', 'C', 'D', 'F'] as const) {
      const actor = people[key];
      const raw = [...byPerson[key], bad.voided, ...(bad.statements.slice(5) as Statement[])];
      const expected = computeProgress(course, raw, { courseId: COURSE, actor });
      expect(report.learners.find((l) => l.key === actor.mbox)!.progress, key).to.deep.equal(expected);
    }
    expect(learner('Ana Martin').progress.completed).to.equal(true);
    close(learner('Bruno Petit').progress.percent, 1 / 3, 'B: q1 met of v1, q1, q2');
    expect(learner('Emma Absent').progress.status).to.equal('not-started');
    // F's page about q2 names it only in context.other: of the course, but it does not touch q2.
    expect(report.learners.find((l) => l.name === 'Fabien Visitor')!.progress.modules[1]!.status).to.equal('not-started');
  });

  it('per learner: last activity, days inactive, attempts, contents consulted, reasons to follow up', () => {
    const b = learner('Bruno Petit');
    expect(b.lastActivity).to.equal('2026-03-04T09:05:00.000Z'); // q2: 5 statements from 09:00, then the rating
    expect(b.daysInactive).to.equal(15); // 15.6 days before 2026-03-20
    expect(b.attempts).to.equal(2);
    close(b.consulted, 1, 'v1, q1, q2 all opened');
    expect(b.needsAttention).to.deep.equal([
      { code: 'inactive', days: 15 },
      { code: 'failed-quiz', activity: 'q2', module: 'm2' },
      { code: 'behind-schedule', modules: ['m2'] },
    ]);
    expect(learner('Ana Martin').needsAttention).to.deep.equal([]);
    expect(learner('Chloé Ébrard').daysInactive).to.equal(3);
    expect(learner('Chloé Ébrard').needsAttention).to.deep.equal([{ code: 'behind-schedule', modules: ['m2'] }]);
    // D failed q1 then passed it on attempt 2: no failed-quiz reason.
    expect(learner('Dan Roy').needsAttention.map((r) => r.code)).to.deep.equal(['inactive', 'behind-schedule']);
    expect(learner('Dan Roy').attempts).to.equal(2);
    expect(learner('Emma Absent').needsAttention.map((r) => r.code)).to.deep.equal(['not-started', 'behind-schedule']);
  });

  it('cohort: enrolled, started, completed, rate, contents consulted', () => {
    const c = report.cohort;
    expect([c.enrolled, c.started, c.completed]).to.deep.equal([5, 4, 1]);
    close(c.completionRate, 1 / 5, 'rate');
    close(c.meanProgress, (1 + 1 / 3 + 1 / 3 + 1 / 3 + 0) / 5, 'mean progress');
    close(c.contentsConsulted, (1 + 1 + 2 / 3 + 1 / 3 + 0) / 5, 'contents consulted');
    expect(c.needAttention).to.equal(4);
    expect(c.stickingPoints).to.deep.equal(['m1', 'm2']);
  });

  it('funnel and time per module: median and IQR (linear interpolation)', () => {
    const [m1, m2] = report.cohort.modules;
    expect([m1!.started, m1!.done, m1!.stalled]).to.deep.equal([4, 1, 3]);
    expect([m2!.started, m2!.done, m2!.stalled]).to.deep.equal([2, 1, 1]);
    // m1 seconds: A 100 (capsule) + 60 (q1), B 90, C 120, D 30 + 50 (two attempts) → 80, 90, 120, 160.
    expect(m1!.time).to.deep.equal({ count: 4, median: 105, q1: 87.5, q3: 130, iqr: 42.5 });
    // m2: A 40, B 20.
    expect(m2!.time).to.deep.equal({ count: 2, median: 30, q1: 25, q3: 35, iqr: 10 });
  });

  it('score per quiz: mean and median of best scores, pass rate, attempts', () => {
    const [q1, q2] = report.cohort.quizzes;
    close(q1!.mean, (1 + TWO_THIRDS + TWO_THIRDS + 1) / 4, 'q1 mean');
    close(q1!.median, (TWO_THIRDS + 1) / 2, 'q1 median');
    expect([q1!.passRate, q1!.attempts, q1!.meanAttempts]).to.deep.equal([1, 5, 1.25]);
    expect([q2!.mean, q2!.median, q2!.passRate, q2!.attempts]).to.deep.equal([0.25, 0.25, 0.5, 2]);
  });

  it('item analysis on first attempts with Moodle\'s formulas', () => {
    // First attempts (a, b, c): A 1 1 1, B 1 1 0, C 1 0 1, D 0 0 1 (D's second attempt is left out).
    // a: x = 1 1 1 0, rest = 2 1 1 1. F = .75; SD = √(.75/3) = .5; cov(x, rest) = .25/3;
    //    var(rest) = .75/3 → D = (.25/3)/√(.25 · .25) = 1/3; sorted pairs give the same cov → DE = 1.
    // b: x = 1 1 0 0, rest = 2 1 2 1 → cov 0 → D = 0, DE = 0; F = .5; SD = √(1/3).
    // c: x = 1 0 1 1, rest = 2 2 1 0 → cov = −.75/3, var x = .25, var rest = 2.75/3 → D = −.5222;
    //    sorted: x 0 1 1 1, rest 0 1 2 2 → cov = 1.25/3 → DE = −.6.
    const items = report.items.filter((item) => item.quiz === 'q1');
    expect(items.map((i) => i.id)).to.deep.equal(['a', 'b', 'c']);
    expect(items.map((i) => i.n)).to.deep.equal([4, 4, 4]);
    const [a, b, c] = items;
    close(a!.facility, 0.75, 'a F');
    close(a!.sd, 0.5, 'a SD');
    close(a!.discrimination, 1 / 3, 'a D');
    close(a!.discriminativeEfficiency, 1, 'a DE');
    close(b!.facility, 0.5, 'b F');
    close(b!.sd, Math.sqrt(1 / 3), 'b SD');
    close(b!.discrimination, 0, 'b D');
    close(b!.discriminativeEfficiency, 0, 'b DE');
    close(c!.facility, 0.75, 'c F');
    close(c!.discrimination, -0.25 / Math.sqrt(0.25 * (2.75 / 3)), 'c D');
    close(c!.discriminativeEfficiency, -0.6, 'c DE');
    expect(items.map((i) => i.flags)).to.deep.equal([[], ['low-discrimination'], ['low-discrimination']]);
    expect(b!.commonWrong).to.deep.equal({ response: 'b3', label: 'B option 3', count: 2 });
    const y = report.items.find((item) => item.id === 'y')!;
    expect(y.facility).to.equal(0);
    expect(y.flags).to.deep.equal(['hard']);
  });

  it('itemStatistics on a bare matrix (one learner: facility only)', () => {
    expect(itemStatistics([[1, 0]], [1, 1])).to.deep.equal([{ n: 1, facility: 1 }, { n: 1, facility: 0 }]);
    expect(itemStatistics([], [1])).to.deep.equal([{ n: 0 }]);
  });

  it('video: retention curve, drop-off, where they stop, replays (F, off the roster, left out)', () => {
    // 4 parts of 25 s. A: 0–100 and 50–75 again; B: 0–50; C: 0–30 twice (part 2 only 5 s: not watched).
    const [v] = report.videos;
    expect(v!.viewers).to.equal(3);
    expect(v!.length).to.equal(100);
    const expected = [1, 2 / 3, 1 / 3, 1 / 3];
    v!.retention.forEach((value, i) => close(value, expected[i]!, `retention ${i}`));
    expect(v!.replays.map((r) => Math.round(r * 3))).to.deep.equal([1, 0, 1, 0]);
    expect(v!.hotspots).to.deep.equal([0, 2]);
    expect(v!.dropOff!.part).to.equal(1);
    close(v!.dropOff!.drop, 1 / 3, 'drop');
    close(v!.medianStop, 0.4, 'B stops at 50 %, C at 30 %');
  });

  it('satisfaction: overall rating, "useful", NPS, comments; a group under 3 is not shown', () => {
    const s = report.satisfaction;
    expect(s.respondents).to.equal(4);
    expect(s.overall).to.deep.include({ n: 4, mean: 4.5, min: 1, max: 5, suppressed: false });
    expect(s.overall!.distribution).to.deep.equal([{ value: 4, count: 2 }, { value: 5, count: 2 }]);
    expect(s.modules).to.deep.equal([{ activityId: `${COURSE}/module/m1`, module: 'm1', n: 1, suppressed: true, min: 1, max: 5 }]);
    close(s.useful!.share, 2 / 3, 'useful');
    expect(s.nps).to.deep.equal({ score: 33, promoters: 2, passives: 0, detractors: 1, n: 3 });
    expect(s.comments).to.deep.equal(['Très utile, merci', 'Trop court']);
  });

  it('before / after: normalized gain per learner, of the means, and its mean', () => {
    const [p] = report.prePost;
    expect(p!.competency).to.equal('feedback');
    // A: pre 1 (no gain possible), post .5; B: pre .6667, post 0 → (0 − .6667) / .3333 ≈ −2.
    expect(p!.learners.map((l) => l.key)).to.deep.equal(['mailto:ana@example.com', 'mailto:bruno@example.com']);
    expect(p!.learners[0]!.gain).to.equal(undefined);
    close(p!.learners[1]!.gain, -TWO_THIRDS / (1 - TWO_THIRDS), 'B gain');
    const meanPre = (1 + TWO_THIRDS) / 2;
    close(p!.meanPre, meanPre, 'mean pre');
    close(p!.meanPost, 0.25, 'mean post');
    close(p!.gain, (0.25 - meanPre) / (1 - meanPre), 'gain of the means');
    close(p!.meanGain, -TWO_THIRDS / (1 - TWO_THIRDS), 'mean gain');
    expect(normalizedGain(0.4, 0.7)).to.be.closeTo(0.5, 1e-9);
  });

  it('partial folds merge associatively and commutatively into the full fold', () => {
    const shards = [0, 1, 2].map((s) => clean.filter((_, i) => i % 3 === s));
    const [a, b, c] = shards.map((shard) => foldAll(shard, index));
    const full = buildReport(index, foldAll(clean, index), { roster, now: NOW });
    const left = buildReport(index, merge(merge(a!, b!), c!), { roster, now: NOW });
    const right = buildReport(index, merge(a!, merge(c!, b!)), { roster, now: NOW });
    expect(left).to.deep.equal(full);
    expect(right).to.deep.equal(full);
  });

  it('folding page by page keeps a since cursor; more statements refine the same state', () => {
    const sorted = [...clean].sort((x, y) => (x.timestamp < y.timestamp ? -1 : 1));
    const incremental = emptyFold(COURSE);
    foldStatements(incremental, sorted.slice(0, 20), index);
    expect(incremental.cursor).to.equal(sorted[19]!.timestamp);
    foldStatements(incremental, sorted.slice(20), index);
    expect(buildReport(index, incremental, { roster, now: NOW })).to.deep.equal(buildReport(index, foldAll(clean, index), { roster, now: NOW }));
  });

  it('folds from the local store, then only what is newer', async () => {
    const store = new LocalStore(`analytics-${uuid()}`);
    const sorted = [...clean].sort((x, y) => (x.timestamp < y.timestamp ? -1 : 1));
    await store.save(sorted.slice(0, -1));
    const fromStore = await foldFromStore(store, index);
    expect(fromStore.counts.folded).to.equal(clean.length - 1);
    await store.save(sorted.slice(-1));
    await foldFromStore(store, index, fromStore);
    expect(fromStore.counts.folded).to.equal(clean.length);
    expect(buildReport(index, fromStore, { roster, now: NOW })).to.deep.equal(buildReport(index, foldAll(clean, index), { roster, now: NOW }));
  });

  it('statistics helpers: quantiles by linear interpolation', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).to.equal(1.75);
    expect(spread([3])).to.deep.equal({ count: 1, median: 3, q1: 3, q3: 3, iqr: 0 });
  });
});

describe('analytics: CSV', () => {
  it('quotes what needs it, doubles quotes, guards formulas, writes decimal commas with ;', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('a,b', { separator: ';' })).to.equal('a,b');
    expect(csvField('a;b', { separator: ';' })).to.equal('"a;b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField(' padded')).to.equal('" padded"');
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-1.5)).to.equal('-1.5');
    expect(csvField(33.3, { separator: ';' })).to.equal('33,3');
    expect(csvField(undefined)).to.equal('');
    expect(toCsv(['a', 'b'], [[1, 'x']], { bom: false })).to.equal('a,b\r\n1,x\r\n');
  });

  it('parses back what it writes (roster files: BOM, ; or , guessed, quotes)', () => {
    expect(parseCsv('\uFEFFname;email\r\n"Chloé ""C"" Ébrard";chloe@example.com\r\n\r\n')).to.deep.equal([
      ['name', 'email'],
      ['Chloé "C" Ébrard', 'chloe@example.com'],
    ]);
    expect(parseCsv('name,email\n"Roy, Dan",dan@example.com')).to.deep.equal([['name', 'email'], ['Roy, Dan', 'dan@example.com']]);
  });

  it('reads rosters: named columns in any order and language, accounts, or bare name;email lines; a line naming nobody is reported', () => {
    expect(parseRoster('\uFEFFCourriel;Nom\r\nana@example.com;Ana Martin\r\n')).to.deep.equal([{ name: 'Ana Martin', mbox: 'ana@example.com' }]);
    const problem = (() => {
      try {
        parseRoster('\uFEFFCourriel;Nom\r\nana@example.com;Ana Martin\r\n;Sans adresse\r\n');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(problem).to.be.instanceOf(RosterError);
    expect((problem as RosterError).issues).to.deep.equal([{ path: 'line 3', code: 'no-identifier', message: 'This line has neither an email nor an account name.' }]);
    expect(() => parseRoster('Ana;Martin\nBruno;Dupont')).to.throw(RosterError, 'The first line must name the columns');
    expect(parseRoster('name,account_home_page,account_name\nBob,https://lms.example.com,b-42')).to.deep.equal([
      { name: 'Bob', account: { homePage: 'https://lms.example.com', name: 'b-42' } },
    ]);
    expect(parseRoster('Chloé Ébrard;chloe@example.com\nDan;dan@example.com')).to.deep.equal([
      { name: 'Chloé Ébrard', mbox: 'chloe@example.com' },
      { name: 'Dan', mbox: 'dan@example.com' },
    ]);
  });

  const report = buildReport(index, foldAll(clean, index), { roster, now: NOW, videoParts: 4 });

  it('learners.csv in French: BOM, ;, accents, decimal commas, the reasons in words', () => {
    const text = learnersCsv(report, { lang: 'fr', separator: ';' });
    expect(text.startsWith('\uFEFFNom;Identifiant;Inscrit;Statut;Progression (%);Terminé le;Score (%);Temps passé (min);Première activité;Dernière activité;Jours sans activité;Tentatives de quiz;Contenus consultés (%);À suivre\r\n')).to.equal(true);
    const lines = text.split('\r\n');
    expect(lines[3]).to.equal('Chloé Ébrard;chloe@example.com;oui;En cours;33,3;;66,7;2;2026-03-16T10:01:00.000Z;2026-03-16T10:09:00.000Z;3;1;66,7;en retard sur m2');
    expect(lines.length).to.equal(8); // header, 6 learners, final empty line
  });

  it('questions.csv and modules.csv in English', () => {
    const questions = questionsCsv(report).split('\r\n');
    expect(questions[0]).to.equal('\uFEFFQuiz,Question,Text,First attempts,Facility index (%),Standard deviation (%),Discrimination index (%),Discriminative efficiency (%),Flags,Most chosen wrong answer,Times chosen');
    expect(questions[2]).to.equal('q1,b,Question b,4,50,57.7,0,0,low discrimination (< 30%),B option 3,2');
    const modules = modulesCsv(report).split('\r\n');
    expect(modules[1]).to.equal('m1,Basics,yes,,4,1,3,1.8,1.5,2.2,0.7,0');
  });

  it('the one-page summary is self-contained, accessible and escapes data', async () => {
    const html = summaryHtml(report, { lang: 'fr' });
    expect(html).to.contain('<html lang="fr">');
    expect(html).to.contain('Taux de complétion');
    expect(html).to.contain('20\u00a0%');
    expect(html).to.contain('1 sur 5');
    expect(html).to.contain('4,5/5');
    expect(html).not.to.match(/<script|<link|src=/);
    // Accessible in both languages (axe, 0 violations): the page's content in this document.
    for (const lang of ['en', 'fr']) {
      const page = new DOMParser().parseFromString(summaryHtml(report, { lang }), 'text/html');
      const container = document.createElement('div');
      container.lang = lang;
      container.append(...page.head.querySelectorAll('style'), page.querySelector('main')!);
      document.body.append(container);
      await expect(container).to.be.accessible();
      container.remove();
    }
    const hostile = buildReport(courseIndex({ ...course, title: '<img src=x onerror=alert(1)>' }), foldAll(clean, index), { now: NOW });
    expect(summaryHtml(hostile)).not.to.contain('<img');
  });
});

describe('analytics: LRS client from the command line\'s credentials', () => {
  it('takes Basic / Bearer values as they are, and key:secret (UTF-8) as Basic', async () => {
    // The real LRS behind a proxy that accepts only the expected Authorization header.
    const expected = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode('clé:sécret')))}`;
    const { endpoint } = await executeServerCommand<{ endpoint: string }, object>('fault-proxy', { auth: expected });
    try {
      expect((await lrsClient(endpoint, 'clé:sécret').about()).version).to.be.an('array');
      expect((await lrsClient(endpoint, expected).about()).version).to.be.an('array');
      let status = 0;
      await lrsClient(endpoint, 'Bearer other').about().catch((error: { status: number }) => (status = error.status));
      expect(status).to.equal(401);
    } finally {
      await executeServerCommand('fault-proxy', {});
    }
  });
});

describe('analytics: the report reads the course ids', () => {
  it('quizzes and capsules come from the definition', () => {
    expect(index.activities.get(iri('quiz', 'q1'))?.moduleId).to.equal('m1');
    expect(() => courseIndex({ ...course, id: undefined })).to.throw(/id/);
  });
});

describe('analytics: the simulated cohort', () => {
  it('is seeded, valid xAPI the real LRS accepts, and has finishers, a drop-out and an absentee', async () => {
    const a = simulateCohort({ learners: 8, seed: 3 });
    expect(simulateCohort({ learners: 8, seed: 3 }).statements).to.deep.equal(a.statements);
    for (const statement of a.statements) {
      const result = statementSchema.safeParse(statement);
      expect(result.success, JSON.stringify(result.error?.issues ?? [])).to.equal(true);
    }
    await expectAcceptedByLrs(a.statements.filter((_, i) => i % 10 === 0));
    const index = courseIndex(a.course);
    const report = buildReport(index, foldAll(a.statements, index), { roster: a.roster, now: Date.parse('2026-04-06') });
    expect(report.counts.ignored).to.deep.equal({ invalid: 0, 'other-course': 0, voided: 0, 'unknown-verb': 0, 'group-actor': 0 });
    expect(report.cohort.enrolled).to.equal(8);
    expect(report.cohort.completed).to.be.greaterThan(2);
    expect(report.learners[1]!.progress.percent).to.be.lessThan(0.2); // the drop-out
    expect(report.learners[7]!.progress.status).to.equal('not-started');
    expect(report.satisfaction.respondents).to.be.greaterThan(2);
  });
});
