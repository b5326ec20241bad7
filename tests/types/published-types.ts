// Compiled only (never run): what a user's TypeScript sees from the published type files.
import type { CustomElements } from '../../dist/types/jsx.js';
import type { SpocQuiz } from '../../dist/types/index.js';
import { SpocQuiz as SpocQuizWrapper } from '../../dist/types/react/index.js';
import { SpocQuiz as SpocQuizAlone } from '../../dist/types/react/quiz.js';
import type { ComponentProps } from 'react';

// Every tag is in HTMLElementTagNameMap: createElement and querySelector are typed.
const quiz: SpocQuiz = document.createElement('spoc-quiz');
quiz.passScore = 0.7;
const tags: Array<keyof HTMLElementTagNameMap> = ['spoc-course', 'spoc-quiz', 'spoc-capsule', 'spoc-peer-review', 'spoc-progress', 'spoc-certificate', 'spoc-scenario', 'spoc-resource'];

// JSX (Preact, Solid, Stencil…): attributes by their HTML names, typed event handlers.
const inJsx: CustomElements['spoc-quiz'] = {
  src: 'quiz-m1.json',
  'pass-score': 0.7,
  'onspoc-complete': (event) => event.detail.score?.scaled,
};
// @ts-expect-error: a misspelt attribute is refused.
const misspelt: CustomElements['spoc-quiz'] = { 'pass-scor': 0.7 };
const progress: CustomElements['spoc-progress'] = { variant: 'ring' };
// @ts-expect-error: only the four variants are accepted.
const badVariant: CustomElements['spoc-progress'] = { variant: 'pie' };

// React: properties by their camelCase names, `onSpoc…` handlers with the event's detail typed.
type QuizProps = ComponentProps<typeof SpocQuizWrapper>;
const inReact: QuizProps = { passScore: 0.7, onSpocComplete: (event) => event.detail.passed };
// The per-element entry (`spoc-elements/react/quiz`) is the same wrapper.
const alone: ComponentProps<typeof SpocQuizAlone> = { passScore: 0.7, onSpocAnswer: (event) => event.detail.questionId };
// @ts-expect-error: pass-score is a number.
const wrongType: QuizProps = { passScore: 'high' };

export { quiz, tags, inJsx, misspelt, progress, badVariant, inReact, wrongType, alone };

// Vue: the generated declarations register every tag as a global component with typed props.
import type { GlobalComponents } from 'vue';
import type {} from '../../dist/types/vue.js';
type VueQuizProps = InstanceType<GlobalComponents['spoc-quiz']>['$props'];
const inVue: VueQuizProps = { src: 'quiz-m1.json', 'pass-score': 0.7 };
// @ts-expect-error: pass-score is a number in Vue templates too.
const wrongInVue: VueQuizProps = { 'pass-score': 'high' };
export { inVue, wrongInVue };
