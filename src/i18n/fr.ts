/**
 * The whole French catalog, every section together: a starting point for a new language
 * (`registerTranslation`) and what the catalog tests read. Elements do not import it: each brings
 * its own sections (`i18n/strings/`), so a page downloads the strings of the elements it uses.
 */
import { capsuleStrings } from './strings/capsule.js';
import { certificateStrings } from './strings/certificate.js';
import { courseStrings } from './strings/course.js';
import { progressStrings } from './strings/progress.js';
import { quizStrings } from './strings/quiz.js';
import { reviewStrings } from './strings/review.js';
import { sharedStrings } from './strings/shared.js';
import type { Translation } from './translation.js';

export const fr: Translation = {
  ...sharedStrings.fr,
  ...courseStrings.fr,
  ...quizStrings.fr,
  ...progressStrings.fr,
  ...reviewStrings.fr,
  ...certificateStrings.fr,
  ...capsuleStrings.fr,
};
