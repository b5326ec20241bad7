/** `<spoc-progress>`'s strings (also the cohort report's learner detail). */
import type { Translation } from '../translation.js';
import { pluralEn, pluralFr } from '../plural.js';

export const progressStrings: { en: Pick<Translation, 'progress'>; fr: Pick<Translation, 'progress'> } = {
  en: {
    progress: {
      label: 'Course progress',
      valueText: (percent, done, total) => `${percent} complete, ${done} of ${total} ${pluralEn(total, 'module', 'modules')} done`,
      modulesDone: (done, total) => `${done} of ${total} ${pluralEn(total, 'module', 'modules')} done`,
      status: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed', passed: 'Passed', failed: 'Failed' },
      modules: 'Modules',
      next: 'Next',
      optional: 'Optional',
      score: (value) => `Score: ${value}`,
      timeSpent: (value) => `Time spent: ${value}`,
      announceProgress: (percent) => `Course progress: ${percent}`,
      announceModule: (title, status) => `${title}: ${status}.`,
      announceCompleted: 'Course completed. Well done!',
      completedOn: (date) => `Completed on ${date}`,
      empty: 'No progress yet.',
      noCourse: 'No course to show: place this element inside a spoc-course, or set course-id or course-src.',
      noDefinition: 'The course outline is not available: only the overall progress is shown.',
      lrsUnauthorized: 'The learning record store refused access: showing the progress saved in this browser.',
      lrsUnavailable: 'The learning record store could not be reached: showing the progress saved in this browser.',
      lrsUnauthorizedShort: 'Records refused: progress from this browser',
      lrsUnavailableShort: 'Offline: progress from this browser',
      noCourseDefinition:
        'No progress to show: the spoc-course around this element has no usable course definition (its modules): none was given, or it could not be loaded or is invalid (the course shows why). Give the spoc-course a valid src (the course JSON), inline JSON definition or definition property.',
      noCourseDefinitionShort: 'No course definition',
      unknownActivity: (id) =>
        `“${id}” records results in this course, but the course definition has no activity with this id: they do not count. Use the same id in both.`,
    },
  },
  fr: {
    progress: {
      label: 'Progression dans la formation',
      valueText: (percent, done, total) => `${percent} effectué, ${done} ${pluralFr(done, 'module terminé', 'modules terminés')} sur ${total}`,
      modulesDone: (done, total) => `${done} ${pluralFr(done, 'module terminé', 'modules terminés')} sur ${total}`,
      status: { 'not-started': 'Non commencé', 'in-progress': 'En cours', completed: 'Terminé', passed: 'Réussi', failed: 'Échoué' },
      modules: 'Modules',
      next: 'À suivre',
      optional: 'Facultatif',
      score: (value) => `Score\u00a0: ${value}`,
      timeSpent: (value) => `Temps passé\u00a0: ${value}`,
      announceProgress: (percent) => `Progression dans la formation\u00a0: ${percent}`,
      announceModule: (title, status) => `${title}\u00a0: ${status}.`,
      announceCompleted: 'Formation terminée. Bravo\u202f!',
      completedOn: (date) => `Terminée le ${date}`,
      empty: 'Aucune progression pour l’instant.',
      noCourse: 'Aucune formation à afficher\u00a0: placez cet élément dans un spoc-course, ou renseignez course-id ou course-src.',
      noDefinition: 'Le plan de la formation n’est pas disponible\u00a0: seule la progression globale est affichée.',
      lrsUnauthorized: 'L’entrepôt de traces (LRS) a refusé l’accès\u00a0: la progression affichée est celle enregistrée dans ce navigateur.',
      lrsUnavailable: 'L’entrepôt de traces (LRS) est injoignable\u00a0: la progression affichée est celle enregistrée dans ce navigateur.',
      lrsUnauthorizedShort: 'Traces refusées\u00a0: progression de ce navigateur',
      lrsUnavailableShort: 'Hors ligne\u00a0: progression de ce navigateur',
      noCourseDefinition:
        'Aucune progression à afficher\u00a0: le spoc-course qui entoure cet élément n’a pas de définition de formation utilisable (ses modules)\u00a0: aucune n’a été donnée, ou elle n’a pas pu être chargée ou n’est pas valide (la formation indique pourquoi). Donnez au spoc-course un src valide (le JSON de la formation), une définition JSON en ligne ou sa propriété definition.',
      noCourseDefinitionShort: 'Formation non définie',
      unknownActivity: (id) =>
        `«\u00a0${id}\u00a0» enregistre des résultats dans cette formation, mais la définition de la formation n’a aucune activité de cet identifiant\u00a0: ils ne comptent pas. Utilisez le même identifiant des deux côtés.`,
    },
  },
};
