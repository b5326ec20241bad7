/** `<spoc-course>`'s strings: the course itself, its LMS bridges and its LRS delivery. */
import type { Translation } from '../translation.js';

export const courseStrings: { en: Pick<Translation, 'course' | 'lms' | 'delivery'>; fr: Pick<Translation, 'course' | 'lms' | 'delivery'> } = {
  en: {
    course: {
      label: (title) => `Course: ${title}`,
      untitled: 'Untitled course',
    },
    lms: {
      scormUnavailable: 'The learning platform (SCORM) did not open the session. Your progress is kept in this browser only.',
      scormError: (call, element, code, text) =>
        `The learning platform (SCORM) refused ${call}${element ? ` on ${element}` : ''}: error ${code}${text ? ` (${text})` : ''}.`,
      cmi5Refused: 'The learning platform refused this launch. Your progress is kept in this browser only: start the course again from the platform to record it there.',
      cmi5LaunchData: 'The learning platform sent launch data that cannot be read. Your progress is kept in this browser only.',
      cmi5Ended: 'This session with the learning platform has ended. Your progress is kept in this browser only: start the course again from the platform to record it there.',
      cmi5Unreachable: 'The learning platform cannot be reached. Your progress is kept in this browser only.',
      cmi5Error: 'Some records could not be sent to the learning platform.',
      exit: 'Leave the course',
    },
    delivery: {
      rejected: 'The learning record store refused a record. It is kept in this browser and can be sent again once the store is fixed.',
      unauthorized: 'The learning record store refused the credentials. Records are kept in this browser and will be sent with new credentials.',
      unreachable: 'The learning record store cannot be reached. Records are kept in this browser and will be sent when it answers again.',
      invalidAttribute: 'An attribute of this course has a value that cannot be used: nothing is recorded with it (records stay in this browser until it is fixed).',
      emailIssue: (value) => `“${value}” is not an email address (name@example.com).`,
      homePageIssue: (value) => `“${value}” is not an absolute http or https address (https://intranet.example.com).`,
      courseIdIssue: (value) => `“${value}” is not an absolute IRI without spaces (https://learn.example.com/courses/my-course).`,
      endpointIssue: (value) => `“${value}” is not an http, https or relative address.`,
      versionIssue: (value) => `“${value}” is not an xAPI version this course speaks (1.0.3 or 2.0.0).`,
    },
  },
  fr: {
    course: {
      label: (title) => `Formation\u00a0: ${title}`,
      untitled: 'Formation sans titre',
    },
    lms: {
      scormUnavailable: 'La plateforme de formation (SCORM) n’a pas ouvert la session. Votre progression est conservée dans ce navigateur uniquement.',
      scormError: (call, element, code, text) =>
        `La plateforme de formation (SCORM) a refusé ${call}${element ? ` sur ${element}` : ''}\u00a0: erreur ${code}${text ? ` (${text})` : ''}.`,
      cmi5Refused: 'La plateforme de formation a refusé ce lancement. Votre progression est conservée dans ce navigateur uniquement\u00a0: relancez la formation depuis la plateforme pour l’y enregistrer.',
      cmi5LaunchData: 'La plateforme de formation a envoyé des données de lancement illisibles. Votre progression est conservée dans ce navigateur uniquement.',
      cmi5Ended: 'Cette session avec la plateforme de formation est terminée. Votre progression est conservée dans ce navigateur uniquement\u00a0: relancez la formation depuis la plateforme pour l’y enregistrer.',
      cmi5Unreachable: 'La plateforme de formation est injoignable. Votre progression est conservée dans ce navigateur uniquement.',
      cmi5Error: 'Certaines traces n’ont pas pu être envoyées à la plateforme de formation.',
      exit: 'Quitter la formation',
    },
    delivery: {
      rejected: 'Le système d’enregistrement des traces (LRS) a refusé une trace. Elle est conservée dans ce navigateur et pourra être renvoyée une fois le problème corrigé.',
      unauthorized: 'Le système d’enregistrement des traces (LRS) a refusé les identifiants. Les traces sont conservées dans ce navigateur et seront envoyées avec de nouveaux identifiants.',
      unreachable: 'Le système d’enregistrement des traces (LRS) est injoignable. Les traces sont conservées dans ce navigateur et seront envoyées dès qu’il répondra.',
      invalidAttribute: 'Un attribut de cette formation a une valeur inutilisable\u00a0: rien n’est enregistré avec elle (les traces restent dans ce navigateur jusqu’à sa correction).',
      emailIssue: (value) => `«\u00a0${value}\u00a0» n’est pas une adresse e-mail (nom@example.com).`,
      homePageIssue: (value) => `«\u00a0${value}\u00a0» n’est pas une adresse http ou https absolue (https://intranet.example.com).`,
      courseIdIssue: (value) => `«\u00a0${value}\u00a0» n’est pas un IRI absolu sans espace (https://learn.example.com/courses/ma-formation).`,
      endpointIssue: (value) => `«\u00a0${value}\u00a0» n’est pas une adresse http, https ou relative.`,
      versionIssue: (value) => `«\u00a0${value}\u00a0» n’est pas une version xAPI connue de cette formation (1.0.3 ou 2.0.0).`,
    },
  },
};
