import type { Translation } from './translation.js';

// French plural: 0 and 1 take the singular.
const plural = (count: number, one: string, other: string) => (count < 2 ? one : other);

export const fr: Translation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  loading: 'Chargement…',
  retry: 'Réessayer',
  close: 'Fermer',
  errorTitle: 'Ce contenu ne peut pas être affiché',
  errorIssueCount: (count) => `${count} ${plural(count, 'problème trouvé', 'problèmes trouvés')} :`,
  errorPathRoot: 'définition',
  errors: {
    'invalid-json': 'Les données ne sont pas du JSON valide.',
    'invalid-definition': 'La définition n’a pas la forme attendue.',
    'fetch-failed': (status) => `Les données n’ont pas pu être chargées (${status}).`,
    'missing-definition': 'Aucune définition fournie : indiquez `src`, un script JSON intégré ou la propriété `definition`.',
    'sink-failed': 'Une trace d’apprentissage n’a pas pu être enregistrée.',
    unexpected: 'Un problème est survenu lors de l’affichage de ce contenu.',
  },
  issues: {
    invalid_type: (expected, received) => `attendu : ${expected}, reçu : ${received}`,
    too_small: (minimum, origin) =>
      origin === 'string' ? `doit contenir au moins ${minimum} ${plural(Number(minimum), 'caractère', 'caractères')}`
      : origin === 'array' ? `doit contenir au moins ${minimum} ${plural(Number(minimum), 'élément', 'éléments')}`
      : `doit valoir au moins ${minimum}`,
    too_big: (maximum, origin) =>
      origin === 'string' ? `ne doit pas dépasser ${maximum} caractères`
      : origin === 'array' ? `ne doit pas contenir plus de ${maximum} éléments`
      : `doit valoir au plus ${maximum}`,
    invalid_format: (format) => `n’est pas un ${format} valide`,
    invalid_value: (values) => `doit être l’une des valeurs ${values}`,
    invalid_union: 'ne correspond à aucune des formes acceptées',
    unrecognized_keys: (keys) => `${keys.includes(',') ? 'champs inconnus' : 'champ inconnu'} : ${keys}`,
    invalid_key: 'contient une clé invalide',
    invalid_element: 'contient une entrée invalide',
    not_multiple_of: (divisor) => `doit être un multiple de ${divisor}`,
    custom: 'n’est pas valide',
    'duplicate-id': (id) => `l’identifiant « ${id} » est utilisé plusieurs fois`,
    'unknown-reference': (id) => `fait référence à « ${id} », qui n’existe pas`,
    'not-an-iri': 'doit être un IRI absolu (par exemple https://example.com/cours)',
    'min-above-max': 'le minimum est supérieur au maximum',
  },
  types: {
    string: 'du texte',
    number: 'un nombre',
    boolean: 'vrai ou faux',
    object: 'un objet',
    array: 'une liste',
    undefined: 'rien',
    null: 'null',
  },

  course: {
    label: (title) => `Formation : ${title}`,
    untitled: 'Formation sans titre',
  },

  lms: {
    scormUnavailable: 'La plateforme de formation (SCORM) n’a pas ouvert la session. Votre progression est conservée dans ce navigateur uniquement.',
    scormError: (call, element, code, text) =>
      `La plateforme de formation (SCORM) a refusé ${call}${element ? ` sur ${element}` : ''} : erreur ${code}${text ? ` (${text})` : ''}.`,
    cmi5Refused: 'La plateforme de formation a refusé ce lancement. Votre progression est conservée dans ce navigateur uniquement : relancez la formation depuis la plateforme pour l’y enregistrer.',
    cmi5LaunchData: 'La plateforme de formation a envoyé des données de lancement illisibles. Votre progression est conservée dans ce navigateur uniquement.',
    cmi5Ended: 'Cette session avec la plateforme de formation est terminée. Votre progression est conservée dans ce navigateur uniquement : relancez la formation depuis la plateforme pour l’y enregistrer.',
    cmi5Unreachable: 'La plateforme de formation est injoignable. Votre progression est conservée dans ce navigateur uniquement.',
    cmi5Error: 'Certaines traces n’ont pas pu être envoyées à la plateforme de formation.',
    exit: 'Quitter la formation',
  },

  progress: {
    label: 'Progression dans la formation',
    valueText: (percent, done, total) => `${percent} effectué, ${done} ${plural(done, 'module terminé', 'modules terminés')} sur ${total}`,
    modulesDone: (done, total) => `${done} ${plural(done, 'module terminé', 'modules terminés')} sur ${total}`,
    status: { 'not-started': 'Non commencé', 'in-progress': 'En cours', completed: 'Terminé', passed: 'Réussi', failed: 'Échoué' },
    modules: 'Modules',
    next: 'À suivre',
    optional: 'Facultatif',
    score: (value) => `Score\u00a0: ${value}`,
    timeSpent: (value) => `Temps passé\u00a0: ${value}`,
    announceProgress: (percent) => `Progression dans la formation : ${percent}`,
    announceModule: (title, status) => `${title} : ${status}.`,
    announceCompleted: 'Formation terminée. Bravo !',
    completedOn: (date) => `Terminée le ${date}`,
    empty: 'Aucune progression pour l’instant.',
    noCourse: 'Aucune formation à afficher : placez cet élément dans un spoc-course, ou renseignez course-id ou course-src.',
    noDefinition: 'Le plan de la formation n’est pas disponible : seule la progression globale est affichée.',
    lrsUnauthorized: 'L’entrepôt de traces (LRS) a refusé l’accès : la progression affichée est celle enregistrée dans ce navigateur.',
    lrsUnavailable: (reason) => `L’entrepôt de traces (LRS) est injoignable (${reason}) : la progression affichée est celle enregistrée dans ce navigateur.`,
  },
};
