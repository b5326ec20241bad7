// Progress benchmark: the model over 5,000 statements × 20 modules, and <spoc-progress variant="steps">
// rendering 50 modules. Prints medians; asserts nothing about speed (machines differ).
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { CourseDefinition } from '../src/course/course.schema.js';
import type { SpocProgress } from '../src/components/progress/progress.js';
import { computeProgress } from '../src/course/progress-model.js';
import { defaultStore } from '../src/xapi/default-tracker.js';
import { uuid } from '../src/xapi/ids.js';
import { ANA, BOB, COURSE_ID, REGISTRATION, answered, completed, failed, iri, passed, played, statement } from '../tests/fixtures/progress-course.js';
import type { Statement } from '../src/xapi/statement.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function course(modules: number): CourseDefinition {
  return {
    id: COURSE_ID,
    title: 'Benchmark',
    modules: Array.from({ length: modules }, (_, m) => ({
      id: `m${m}`,
      title: `Module ${m + 1}`,
      url: `/modules/${m}.html`,
      activities: [
        { id: `video-${m}`, type: 'capsule' as const },
        { id: `quiz-${m}`, type: 'quiz' as const },
        { id: `review-${m}`, type: 'peer-review' as const },
      ],
    })),
  };
}

/** `count` statements: the video profile's chatter, quiz answers and verdicts, some of another learner. */
function history(modules: number, count: number): Statement[] {
  const verbs = [played, played, answered, completed, failed, passed];
  return Array.from({ length: count }, (_, i) => {
    const m = i % modules;
    const verb = verbs[i % verbs.length]!;
    const kind = verb === answered || verb === passed || verb === failed ? 'quiz' : 'capsule';
    const object = verb === answered ? `${iri('quiz', `quiz-${m}`)}/q${i % 7}` : iri(kind, `${kind === 'quiz' ? 'quiz' : 'video'}-${m}`);
    return statement(verb, object, {
      actor: i % 10 === 0 ? BOB : ANA,
      parent: verb === answered ? iri('quiz', `quiz-${m}`) : undefined,
      result: { duration: 'PT30S', score: { scaled: (i % 100) / 100 } },
    });
  });
}

describe('progress benchmark', () => {
  it('model: 5,000 statements × 20 modules', () => {
    const definition = course(20);
    const statements = history(20, 5000);
    const times: number[] = [];
    for (let run = 0; run < 30; run += 1) {
      const start = performance.now();
      computeProgress(definition, statements, { courseId: COURSE_ID, actor: ANA, registration: REGISTRATION });
      times.push(performance.now() - start);
    }
    console.log(`[bench] computeProgress 5000 statements × 20 modules: median ${median(times).toFixed(2)} ms (30 runs, min ${Math.min(...times).toFixed(2)} ms)`);
  });

  it('render: steps for 50 modules', async () => {
    const definition = course(50);
    const email = `bench-${uuid()}@example.com`;
    const actor = { objectType: 'Agent' as const, mbox: `mailto:${email}` };
    await defaultStore().save(history(50, 1000).map((s) => ({ ...s, actor, context: { registration: REGISTRATION } })));
    const first: number[] = [];
    const rerender: number[] = [];
    for (let run = 0; run < 10; run += 1) {
      const start = performance.now();
      const el = await fixture<SpocProgress>(html`<spoc-progress variant="steps" course-id=${COURSE_ID} learner-email=${email} registration=${REGISTRATION} .definition=${definition}></spoc-progress>`);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="step"]').length === 50, 'rendered', { interval: 1 });
      first.push(performance.now() - start);
      el.variant = 'bar';
      await el.updateComplete;
      const again = performance.now();
      el.variant = 'steps';
      await el.updateComplete;
      rerender.push(performance.now() - again);
      el.remove();
    }
    console.log(`[bench] <spoc-progress variant="steps"> 50 modules: first render from the local store (1000 records) median ${median(first).toFixed(1)} ms; re-render of the steps median ${median(rerender).toFixed(2)} ms (10 runs)`);
  });
});
