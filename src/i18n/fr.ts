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

  quiz: {
    label: 'Quiz',
    questionOf: (index, total) => `Question ${index} sur ${total}`,
    check: 'Vérifier ma réponse',
    next: 'Question suivante',
    previous: 'Question précédente',
    finish: 'Voir mes résultats',
    start: 'Commencer le quiz',
    retry: 'Réessayer',
    correct: 'Bonne réponse',
    incorrect: 'Mauvaise réponse',
    partial: (percent) => `Réponse en partie juste (${percent})`,
    solution: 'Bonne réponse :',
    yourAnswer: 'Votre réponse :',
    noAnswer: 'pas de réponse',
    true: 'Vrai',
    false: 'Faux',
    blank: (index) => `Trou ${index}`,
    moveUp: (item) => `Monter « ${item} »`,
    moveDown: (item) => `Descendre « ${item} »`,
    position: (index, total) => `position ${index} sur ${total}`,
    choose: 'Choisir…',
    answerLabel: 'Votre réponse',
    answerRequired: 'Répondez avant de vérifier.',
    invalidNumber: 'Saisissez un nombre, par exemple 12 ou 3,5.',
    results: 'Vos résultats',
    score: (raw, max, percent) => `Score : ${raw} / ${max} (${percent})`,
    passed: 'Réussi',
    failed: 'Non réussi',
    passMark: (percent) => `Seuil de réussite : ${percent}`,
    attempt: (attempt, max) => (max ? `Tentative ${attempt} sur ${max}` : `Tentative ${attempt}`),
    attemptsLeft: (count) => `${count} ${plural(count, 'tentative restante', 'tentatives restantes')}`,
    noAttemptsLeft: 'Plus aucune tentative.',
    timeLeft: (time) => `Temps restant : ${time}`,
    timeUp: 'Temps écoulé : vos réponses ont été notées.',
    timeLimit: (time) => `Vous avez ${time} pour répondre. Le décompte commence quand vous démarrez le quiz.`,
    review: 'Revue de vos réponses',
    progress: (answered, total) => `${answered} sur ${total} ${plural(answered, 'répondue', 'répondues')}`,
  },
};
