/**
 * The standard hot-feedback set `<spoc-feedback>` shows when no questionnaire is given: overall
 * satisfaction 1–5, "useful for your work?" (yes / partly / no), "what should we improve?" (optional
 * text). Texts are language maps in every language the element speaks, so the interface shows its
 * own language and the statements carry them all.
 */
import type { FeedbackDefinition } from './feedback.schema.js';
import { strings, type FeedbackStrings } from './feedback.strings.js';

type Scope = 'module' | 'course';

function map(pick: (s: FeedbackStrings) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).map(([lang, catalog]) => [lang, pick(catalog)]));
}

/** The standard questionnaire about a module (id: the module's id) or the course (id `course`). */
export function defaultQuestionnaire(scope: Scope, moduleId: string): FeedbackDefinition {
  return {
    id: scope === 'course' || !moduleId ? 'course' : moduleId,
    items: [
      {
        id: 'satisfaction',
        kind: 'rating',
        prompt: map((s) => s.defaults.satisfaction(scope)),
        required: true,
        min: 1,
        max: 5,
        labels: { min: map((s) => s.defaults.satisfactionMin), max: map((s) => s.defaults.satisfactionMax) },
      },
      {
        id: 'useful',
        kind: 'choice',
        prompt: map((s) => s.defaults.useful(scope)),
        required: true,
        options: [
          { id: 'yes', label: map((s) => s.defaults.yes) },
          { id: 'partly', label: map((s) => s.defaults.partly) },
          { id: 'no', label: map((s) => s.defaults.no) },
        ],
      },
      { id: 'improve', kind: 'text', prompt: map((s) => s.defaults.improve), maxLength: 2000 },
    ],
  };
}
