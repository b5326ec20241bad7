/**
 * `<spoc-feedback>`'s own strings (kept beside it: only pages that load it carry them), read through
 * `catalogFor(strings, lang)`. French typography: U+202F before `; ! ?`, U+00A0 before `:` and `%`.
 */

type Scope = 'module' | 'course';

export interface FeedbackStrings {
  title: (scope: Scope) => string;
  anonymousNote: string;
  required: string;
  optional: string;
  /** Accessible name of one point of a rating scale (`4 stars`), with the end label when there is one. */
  ratingPoint: (value: string, max: string, label: string) => string;
  npsPoint: (value: string, label: string) => string;
  npsMin: string;
  npsMax: string;
  /** Live counter under a text answer. */
  characters: (count: string, max: string) => string;
  submit: string;
  sending: string;
  errorSummary: (count: number) => string;
  chooseOne: string;
  chooseAtLeastOne: string;
  writeAnswer: string;
  tooShort: (min: string) => string;
  tooLong: (max: string, over: string) => string;
  incomplete: string;
  thanks: string;
  yourAnswers: string;
  noAnswer: string;
  change: string;
  /** The standard set: the questions and the answers offered. */
  defaults: {
    satisfaction: (scope: Scope) => string;
    satisfactionMin: string;
    satisfactionMax: string;
    useful: (scope: Scope) => string;
    yes: string;
    partly: string;
    no: string;
    improve: string;
  };
}

const en: FeedbackStrings = {
  title: (scope) => (scope === 'course' ? 'Your feedback on the course' : 'Your feedback on this module'),
  anonymousNote: 'Your answers are anonymous: trainers see the overall results, never who said what.',
  required: 'required',
  optional: 'optional',
  ratingPoint: (value, max, label) => `${value} of ${max}${label ? ` (${label})` : ''}`,
  npsPoint: (value, label) => `${value}${label ? ` (${label})` : ''}`,
  npsMin: 'Not at all likely',
  npsMax: 'Extremely likely',
  characters: (count, max) => `${count} / ${max} characters`,
  submit: 'Send my feedback',
  sending: 'Sending…',
  errorSummary: (count) => `${count} ${count === 1 ? 'answer needs' : 'answers need'} your attention:`,
  chooseOne: 'Choose an answer.',
  chooseAtLeastOne: 'Choose at least one answer.',
  writeAnswer: 'Write an answer.',
  tooShort: (min) => `Write at least ${min} characters.`,
  tooLong: (max, over) => `This answer is too long: at most ${max} characters (${over} too many). Shorten it to send it.`,
  incomplete: 'The questionnaire is not complete.',
  thanks: 'Thank you for your feedback!',
  yourAnswers: 'Your answers',
  noAnswer: 'No answer',
  change: 'Change my answers',
  defaults: {
    satisfaction: (scope) => `Overall, how satisfied are you with ${scope === 'course' ? 'this course' : 'this module'}?`,
    satisfactionMin: 'Not satisfied at all',
    satisfactionMax: 'Very satisfied',
    useful: (scope) => `Was ${scope === 'course' ? 'this course' : 'this module'} useful for your work?`,
    yes: 'Yes',
    partly: 'Partly',
    no: 'No',
    improve: 'What should we improve?',
  },
};

const fr: FeedbackStrings = {
  title: (scope) => (scope === 'course' ? 'Votre avis sur la formation' : 'Votre avis sur ce module'),
  anonymousNote: 'Vos réponses sont anonymes\u00a0: les formateurs voient les résultats d’ensemble, jamais qui a répondu quoi.',
  required: 'obligatoire',
  optional: 'facultatif',
  ratingPoint: (value, max, label) => `${value} sur ${max}${label ? ` (${label})` : ''}`,
  npsPoint: (value, label) => `${value}${label ? ` (${label})` : ''}`,
  npsMin: 'Pas du tout probable',
  npsMax: 'Très probable',
  characters: (count, max) => `${count} / ${max} caractères`,
  submit: 'Envoyer mon avis',
  sending: 'Envoi…',
  errorSummary: (count) => `${count} ${count > 1 ? 'réponses demandent' : 'réponse demande'} votre attention\u00a0:`,
  chooseOne: 'Choisissez une réponse.',
  chooseAtLeastOne: 'Choisissez au moins une réponse.',
  writeAnswer: 'Écrivez une réponse.',
  tooShort: (min) => `Écrivez au moins ${min} caractères.`,
  tooLong: (max, over) => `Cette réponse est trop longue\u00a0: ${max} caractères au plus (${over} de trop). Raccourcissez-la pour l’envoyer.`,
  incomplete: 'Le questionnaire n’est pas complet.',
  thanks: 'Merci pour votre avis\u202f!',
  yourAnswers: 'Vos réponses',
  noAnswer: 'Pas de réponse',
  change: 'Modifier mes réponses',
  defaults: {
    satisfaction: (scope) => `Dans l’ensemble, êtes-vous satisfait${scope === 'course' ? ' de cette formation' : ' de ce module'}\u202f?`,
    satisfactionMin: 'Pas du tout satisfait',
    satisfactionMax: 'Très satisfait',
    useful: (scope) => `${scope === 'course' ? 'Cette formation vous a-t-elle été utile' : 'Ce module vous a-t-il été utile'} dans votre travail\u202f?`,
    yes: 'Oui',
    partly: 'En partie',
    no: 'Non',
    improve: 'Que devrions-nous améliorer\u202f?',
  },
};

export const strings = { en, fr };
