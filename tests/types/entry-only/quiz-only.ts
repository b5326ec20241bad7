// Compiled only (never run), in a program that sees nothing but the quiz entry's declarations.
import type { QuizDefinition, SpocQuiz } from '../../../dist/types/components/quiz/quiz.js';

const definition: QuizDefinition = { id: 'quiz-m1', questions: [] };
const quiz: SpocQuiz = document.createElement('spoc-quiz');
quiz.definition = definition;
// @ts-expect-error: the definition is typed with the schema's type.
quiz.definition = { questions: 'none' };
// The events the quiz fires are typed on any element: their global declarations came with the entry.
quiz.addEventListener('spoc-complete', (event) => event.detail.score?.scaled);
quiz.addEventListener('spoc-error', (event) => event.detail.code);
document.addEventListener('spoc-statement', (event) => event.detail.statement.id);

export { quiz };
