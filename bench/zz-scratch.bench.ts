import { fixture, html } from '@open-wc/testing';
import { quizDefinitionSchema } from '../src/components/quiz/quiz.schema.js';
import '../src/index.js';
import { SpocQuiz } from '../src/components/quiz/quiz.js';

const log: string[] = [];
class XQuiz extends SpocQuiz {
  override render() {
    const t = performance.now();
    const r = super.render();
    log.push(`render ${(performance.now() - t).toFixed(2)}`);
    return r;
  }
  protected override update(changed: Map<PropertyKey, unknown>) {
    const t = performance.now();
    super.update(changed as never);
    log.push(`update ${(performance.now() - t).toFixed(2)} q=${this.shadowRoot?.querySelectorAll('[part~=question]').length}`);
  }
}
customElements.define('x-quiz', XQuiz);

describe('scratch', () => {
  it('costs', async () => {
    const text = await (await fetch('/bench/fixtures/quiz-200.json')).text();
    const parsed = quizDefinitionSchema.parse(JSON.parse(text));
    for (let i = 0; i < 4; i++) {
      log.length = 0;
      const def = { ...parsed, id: `x${i}${Date.now()}` };
      const el = await fixture<SpocQuiz>(html`<x-quiz .definition=${def}></x-quiz>`);
      await el.ready;
      console.log(log.join(' | '));
      el.remove();
    }
  });
});
