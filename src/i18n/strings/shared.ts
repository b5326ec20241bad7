/** What every element shows: loading, the error view and its validation messages. Each element adds its own strings (`addStrings`) when its module loads. */
import type { SharedStrings } from '../translation.js';
import { pluralEn, pluralFr } from '../plural.js';

export const sharedStrings: { en: SharedStrings; fr: SharedStrings } = {
  en: {
    $code: 'en',
    $name: 'English',
    $dir: 'ltr',
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
    errorTitle: 'This content cannot be shown',
    errorIssueCount: (count) => `${count} ${pluralEn(count, 'problem', 'problems')} found:`,
    errorPathRoot: 'definition',
    errors: {
      'invalid-json': 'The data is not valid JSON.',
      'invalid-definition': 'The definition does not have the expected shape.',
      'fetch-failed': (status) => `The data could not be loaded (${status}).`,
      'missing-definition': 'No definition was given: set `src`, an inline JSON script or the `definition` property.',
      'sink-failed': 'A learning record could not be saved.',
      unexpected: 'Something went wrong while showing this content.',
    },
    issues: {
      invalid_type: (expected, received) => `expected ${expected}, got ${received}`,
      too_small: (minimum, origin) =>
        origin === 'string' ? `must not be shorter than ${minimum} ${pluralEn(Number(minimum), 'character', 'characters')}`
        : origin === 'array' ? `needs at least ${minimum} ${pluralEn(Number(minimum), 'item', 'items')}`
        : `must be at least ${minimum}`,
      too_big: (maximum, origin) =>
        origin === 'string' ? `must not be longer than ${maximum} characters`
        : origin === 'array' ? `must not have more than ${maximum} items`
        : `must be at most ${maximum}`,
      invalid_format: (format) => `is not ${format}`,
      invalid_value: (values) => `must be one of ${values}`,
      invalid_union: 'does not match any of the accepted forms',
      unrecognized_keys: (keys) => `unknown ${keys.includes(',') ? 'fields' : 'field'}: ${keys}`,
      invalid_key: 'has an invalid key',
      invalid_element: 'has an invalid entry',
      not_multiple_of: (divisor) => `must be a multiple of ${divisor}`,
      custom: 'is not valid',
      'duplicate-id': (id) => `the id "${id}" is used more than once`,
      'unknown-reference': (id) => `refers to "${id}", which does not exist`,
      'not-an-iri': 'must be an absolute IRI (for example https://example.com/course)',
      'min-above-max': 'the minimum is above the maximum',
      'unsafe-url': 'is not an allowed URL (only https:, http: or a relative address)',
      'not-a-date': 'must be an ISO 8601 date (for example 2026-12-07)',
    },
    types: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      NaN: 'NaN (not a number)',
      Infinity: 'an infinite number',
      boolean: 'true or false',
      object: 'an object',
      array: 'a list',
      undefined: 'nothing',
      null: 'null',
    },
    formats: {
      email: 'a valid email address',
      url: 'a valid URL',
      uuid: 'a valid UUID',
      date: 'a valid date (YYYY-MM-DD)',
      datetime: 'a valid date and time (ISO 8601)',
      time: 'a valid time (HH:MM)',
      duration: 'a valid ISO 8601 duration',
      regex: 'in the expected form',
    },
    jsonSyntax: (line, column) => `the JSON text is not valid at line ${line}, column ${column}`,
    or: (items) => new Intl.ListFormat('en', { type: 'disjunction' }).format(items),
  },
  fr: {
    $code: 'fr',
    $name: 'Français',
    $dir: 'ltr',
    loading: 'Chargement…',
    retry: 'Réessayer',
    close: 'Fermer',
    errorTitle: 'Ce contenu ne peut pas être affiché',
    errorIssueCount: (count) => `${count} ${pluralFr(count, 'problème trouvé', 'problèmes trouvés')}\u00a0:`,
    errorPathRoot: 'définition',
    errors: {
      'invalid-json': 'Les données ne sont pas du JSON valide.',
      'invalid-definition': 'La définition n’a pas la forme attendue.',
      'fetch-failed': (status) => `Les données n’ont pas pu être chargées (${status}).`,
      'missing-definition': 'Aucune définition fournie\u00a0: indiquez `src`, un script JSON intégré ou la propriété `definition`.',
      'sink-failed': 'Une trace d’apprentissage n’a pas pu être enregistrée.',
      unexpected: 'Un problème est survenu lors de l’affichage de ce contenu.',
    },
    issues: {
      invalid_type: (expected, received) => `attendu\u00a0: ${expected}, reçu\u00a0: ${received}`,
      too_small: (minimum, origin) =>
        origin === 'string' ? `doit contenir au moins ${minimum} ${pluralFr(Number(minimum), 'caractère', 'caractères')}`
        : origin === 'array' ? `doit contenir au moins ${minimum} ${pluralFr(Number(minimum), 'élément', 'éléments')}`
        : `doit valoir au moins ${minimum}`,
      too_big: (maximum, origin) =>
        origin === 'string' ? `ne doit pas dépasser ${maximum} caractères`
        : origin === 'array' ? `ne doit pas contenir plus de ${maximum} éléments`
        : `doit valoir au plus ${maximum}`,
      invalid_format: (format) => `n’est pas ${format}`,
      invalid_value: (values) => `doit être l’une des valeurs ${values}`,
      invalid_union: 'ne correspond à aucune des formes acceptées',
      unrecognized_keys: (keys) => `${keys.includes(',') ? 'champs inconnus' : 'champ inconnu'}\u00a0: ${keys}`,
      invalid_key: 'contient une clé invalide',
      invalid_element: 'contient une entrée invalide',
      not_multiple_of: (divisor) => `doit être un multiple de ${divisor}`,
      custom: 'n’est pas valide',
      'duplicate-id': (id) => `l’identifiant «\u00a0${id}\u00a0» est utilisé plusieurs fois`,
      'unknown-reference': (id) => `fait référence à «\u00a0${id}\u00a0», qui n’existe pas`,
      'not-an-iri': 'doit être un IRI absolu (par exemple https://example.com/cours)',
      'min-above-max': 'le minimum est supérieur au maximum',
      'unsafe-url': 'n’est pas une adresse autorisée (seulement https:, http: ou une adresse relative)',
      'not-a-date': 'doit être une date ISO 8601 (par exemple 2026-12-07)',
    },
    types: {
      string: 'du texte',
      number: 'un nombre',
      int: 'un nombre entier',
      NaN: 'NaN (pas un nombre)',
      Infinity: 'un nombre infini',
      boolean: 'vrai ou faux',
      object: 'un objet',
      array: 'une liste',
      undefined: 'rien',
      null: 'null',
    },
    formats: {
      email: 'une adresse e-mail valide',
      url: 'une URL valide',
      uuid: 'un UUID valide',
      date: 'une date valide (AAAA-MM-JJ)',
      datetime: 'une date et heure valides (ISO 8601)',
      time: 'une heure valide (HH:MM)',
      duration: 'une durée ISO 8601 valide',
      regex: 'de la forme attendue',
    },
    jsonSyntax: (line, column) => `le texte JSON n’est pas valide ligne ${line}, colonne ${column}`,
    or: (items) => new Intl.ListFormat('fr', { type: 'disjunction' }).format(items),
  },
};
