// Languages: each element brings its own strings; a page registers a whole catalog for another
// language (or its own wording of a built-in one), which wins and is never overwritten by the
// strings an element brings when its module loads later.
import { expect, fixture, html } from '@open-wc/testing';
import { en, fr, registerTranslation, translationFor, type Translation } from '../src/index.js';
import type { SpocQuiz } from '../src/components/quiz/quiz.js';
import { addStrings } from '../src/i18n/index.js';
import { quizStrings } from '../src/i18n/strings/quiz.js';

const definition = {
  id: 'lang-check',
  questions: [{ id: 'q1', type: 'true-false', prompt: 'Ready?', correct: true }],
};

const checkButton = (quiz: SpocQuiz) => quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!;

describe('languages', () => {
  it('the built-in catalogs hold the sections of the elements loaded, in English and French', () => {
    for (const lang of ['en', 'fr']) {
      const t = translationFor(lang);
      for (const section of ['course', 'lms', 'delivery', 'quiz', 'progress', 'review', 'certificate', 'capsule'] as const) {
        expect(t[section], `${lang}.${section}`).to.be.an('object');
      }
    }
    expect(translationFor('fr-CA').quiz.check).to.equal(fr.quiz.check);
    expect(translationFor('de').quiz.check).to.equal(en.quiz.check); // no German: English
  });

  it('a registered language is used by the elements, and a registered catalog wins over the built-in one', async () => {
    const de: Translation = { ...en, $code: 'de', $name: 'Deutsch', quiz: { ...en.quiz, check: 'Antwort prüfen' } };
    registerTranslation(de);
    const quiz = await fixture<SpocQuiz>(html`<spoc-quiz lang="de-DE" .definition=${definition}></spoc-quiz>`);
    await quiz.ready;
    await quiz.updateComplete;
    expect(checkButton(quiz).textContent!.trim()).to.equal('Antwort prüfen');

    // The page's own French wording: it wins over the built-in French.
    registerTranslation({ ...fr, quiz: { ...fr.quiz, check: 'Valider' } });
    quiz.lang = 'fr';
    await quiz.updateComplete;
    expect(checkButton(quiz).textContent!.trim()).to.equal('Valider');
    // An element module loaded afterwards adds its strings to the built-in catalog only.
    addStrings(quizStrings);
    expect(translationFor('fr').quiz.check).to.equal('Valider');
    quiz.lang = 'en';
    await quiz.updateComplete;
    expect(checkButton(quiz).textContent!.trim()).to.equal(en.quiz.check);
  });
});
