/** `spoc-elements/react/quiz`: the React wrapper of `<spoc-quiz>` alone (a page pays only for what it uses). */
import type { EventName } from '@lit/react';
import { SpocQuiz as SpocQuizElement } from '../components/quiz/quiz.js';
import type { SpocAnswerEvent } from '../events/spoc-answer.js';
import { common, onSpocComplete, wrap } from './wrap.js';

/** `<spoc-quiz>`: a quiz from JSON. */
export const SpocQuiz = wrap('SpocQuiz', 'spoc-quiz', SpocQuizElement, {
  ...common,
  onSpocComplete,
  onSpocAnswer: 'spoc-answer' as EventName<SpocAnswerEvent>,
});
