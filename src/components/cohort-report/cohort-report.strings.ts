/** `<spoc-cohort-report>`'s own strings (the error view and the CSV headers live elsewhere). */
import type { RosterWords } from '../../analytics/roster.js';

export type ViewName = 'overview' | 'learners' | 'questions' | 'videos' | 'satisfaction' | 'prepost';

export interface CohortReportStrings {
  label: string;
  /** `: ` (English), ` : ` with a no-break space (French). */
  colon: string;
  views: Record<ViewName, string>;
  loading: string;
  read: (count: string) => string;
  lastUpdated: (time: string) => string;
  refresh: string;
  refreshing: string;
  noData: string;
  noCourse: string;
  errors: {
    unauthorized: string;
    forbidden: string;
    unreachable: string;
    lrsError: (status: string) => string;
    badAnswer: string;
    roster: string;
    rosterFetch: string;
    keptOnScreen: string;
  };
  rosterIssues: RosterWords;
  tiles: {
    completion: string;
    completionValue: (done: string, total: string, percent: string) => string;
    satisfaction: string;
    outOf: (value: string, max: string) => string;
    respondents: (n: number) => string;
    useful: string;
    consulted: string;
    medianTime: string;
    acrossModules: (n: number) => string;
    meanScore: string;
    needAttention: string;
    none: string;
    tooFew: string;
  };
  funnel: {
    title: string;
    started: string;
    done: string;
    stalled: string;
    summary: (lines: string) => string;
    line: (module: string, started: string, done: string) => string;
  };
  stickingPoints: string;
  stuckModule: (module: string, stalled: number) => string;
  hardQuestion: (question: string, facility: string) => string;
  videoDrop: (video: string, at: string, drop: string) => string;
  noStickingPoints: string;
  learners: {
    filter: string;
    show: string;
    all: string;
    attention: string;
    completed: string;
    notStarted: string;
    inProgress: string;
    count: (shown: number, total: number) => string;
    name: string;
    progress: string;
    score: string;
    time: string;
    lastActivity: string;
    needsAttention: string;
    sortBy: (column: string) => string;
    open: (name: string) => string;
    notEnrolled: string;
    never: string;
    noMatch: string;
    caption: string;
  };
  detail: {
    back: string;
    title: (name: string) => string;
    timeline: string;
    remind: string;
    noReminder: string;
    reminderSubject: (course: string) => string;
    reminderBody: (name: string, course: string, reasons: string, percent: string) => string;
    hello: string;
    empty: string;
  };
  questions: {
    caption: string;
    question: string;
    quiz: string;
    n: string;
    facility: string;
    discrimination: string;
    flags: string;
    commonWrong: string;
    answers: (question: string) => string;
    answerSummary: (lines: string) => string;
    answerLine: (answer: string, count: number, correct: boolean) => string;
    response: string;
    learners: string;
    correct: string;
    none: string;
  };
  videos: {
    retention: (video: string) => string;
    summary: (viewers: number, end: string, drop: string) => string;
    noDrop: string;
    dropAt: (at: string, drop: string) => string;
    part: string;
    watched: string;
    replays: string;
    hotspots: string;
    hotspot: (from: string, to: string, replays: string) => string;
    noHotspots: string;
    chapter: string;
    none: string;
    noViews: string;
  };
  satisfaction: {
    overall: string;
    distribution: string;
    summary: (mean: string, max: string, n: number) => string;
    rating: string;
    people: string;
    modules: string;
    module: string;
    mean: string;
    nps: string;
    npsDetail: (promoters: number, passives: number, detractors: number) => string;
    comments: string;
    anonymous: string;
    suppressed: (min: number) => string;
    none: string;
    items: string;
    item: string;
    answer: string;
  };
  prepost: {
    title: (competency: string) => string;
    pre: string;
    post: string;
    gain: string;
    meanGain: string;
    learners: string;
    summary: (pre: string, post: string, gain: string, n: number) => string;
    none: string;
  };
  exports: {
    title: string;
    learners: string;
    questions: string;
    modules: string;
    json: string;
    print: string;
  };
  print: {
    title: string;
    course: string;
    dates: string;
    kpis: string;
    indicator: string;
    value: string;
    generated: (date: string) => string;
  };
  chart: { data: string };
  statusShort: Record<'not-started' | 'in-progress' | 'completed' | 'passed' | 'failed', string>;
}

const plural = (lang: string, n: number, one: string, other: string) => (new Intl.PluralRules(lang).select(n) === 'one' ? one : other);

export const strings: { en: CohortReportStrings; fr: CohortReportStrings } = {
  en: {
    label: 'Cohort report',
    colon: ': ',
    views: { overview: 'Overview', learners: 'Learners', questions: 'Questions', videos: 'Videos', satisfaction: 'Satisfaction', prepost: 'Before / after' },
    loading: 'Reading the statements…',
    read: (count) => `${count} statements read`,
    lastUpdated: (time) => `Last updated ${time}`,
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
    noData: 'No learner activity yet.',
    noCourse: 'Give the report a course: course-src, an inline JSON script or the definition property.',
    errors: {
      unauthorized: 'The LRS refused the credentials (401). Check the key and secret.',
      forbidden: 'These credentials may not read statements from the LRS (403).',
      unreachable: 'The LRS could not be reached. Check the address and the network.',
      lrsError: (status) => `The LRS answered with an error (${status}).`,
      badAnswer: 'The LRS gave an answer that is not a list of statements.',
      roster: 'The roster is not valid.',
      rosterFetch: 'The roster could not be loaded.',
      keptOnScreen: 'What was already loaded is still shown.',
    },
    rosterIssues: {
      noIdentifier: 'This line has neither an email nor an account name.',
      badEmail: 'This is not an email address.',
      notList: 'A roster is a CSV file or a JSON list of learners.',
      noHeader: 'The first line must name the columns (name, email).',
      jsonSyntax: (line, column) => `The JSON text is not valid at line ${line}, column ${column}.`,
    },
    tiles: {
      completion: 'Completion',
      completionValue: (done, total, percent) => `${done}/${total} — ${percent}`,
      satisfaction: 'Satisfaction',
      outOf: (value, max) => `${value}/${max}`,
      respondents: (n) => `${n} ${n === 1 ? 'respondent' : 'respondents'}`,
      useful: 'Found it useful',
      consulted: 'Contents consulted',
      medianTime: 'Median time per module',
      acrossModules: (n) => `median of ${n} ${n === 1 ? 'module' : 'modules'}`,
      meanScore: 'Mean score',
      needAttention: 'need a nudge',
      none: '—',
      tooFew: 'too few answers',
    },
    funnel: {
      title: 'Module funnel',
      started: 'Started',
      done: 'Finished',
      stalled: 'Stalled',
      summary: (lines) => `Learners who started and finished each module: ${lines}.`,
      line: (module, started, done) => `${module}, ${started} started, ${done} finished`,
    },
    stickingPoints: 'Top sticking points',
    stuckModule: (module, stalled) => `${module}: ${stalled} ${stalled === 1 ? 'learner stalls' : 'learners stall'} here`,
    hardQuestion: (question, facility) => `Question “${question}”: ${facility} answer it right the first time`,
    videoDrop: (video, at, drop) => `Video ${video}: ${drop} of viewers drop off at ${at}`,
    noStickingPoints: 'No sticking point so far.',
    learners: {
      filter: 'Search learners',
      show: 'Show',
      all: 'Everyone',
      attention: 'Needs attention',
      completed: 'Completed',
      notStarted: 'Not started',
      inProgress: 'In progress',
      count: (shown, total) => `${shown} of ${total} ${total === 1 ? 'learner' : 'learners'}`,
      name: 'Learner',
      progress: 'Progress',
      score: 'Score',
      time: 'Time',
      lastActivity: 'Last activity',
      needsAttention: 'Needs attention',
      sortBy: (column) => `Sort by ${column}`,
      open: (name) => `Open ${name}'s details`,
      notEnrolled: 'not on the roster',
      never: 'never',
      noMatch: 'No learner matches.',
      caption: 'Learners',
    },
    detail: {
      back: 'Back to the learners',
      title: (name) => name,
      timeline: 'Timeline',
      remind: 'Send a reminder',
      noReminder: 'No email address: no reminder link.',
      reminderSubject: (course) => `Your course “${course}”`,
      reminderBody: (name, course, reasons, percent) =>
        `Hello ${name},\n\nYou are at ${percent} of the course “${course}”. ${reasons}\n\nThe next step is waiting for you; tell me if anything is in your way.\n\nBest regards,`,
      hello: 'there',
      empty: 'Nothing recorded yet.',
    },
    questions: {
      caption: 'Item analysis (first attempts)',
      question: 'Question',
      quiz: 'Quiz',
      n: 'Learners',
      facility: 'Facility',
      discrimination: 'Discrimination',
      flags: 'Flags',
      commonWrong: 'Most chosen wrong answer',
      answers: (question) => `Answers to “${question}”`,
      answerSummary: (lines) => `First-attempt answers: ${lines}.`,
      answerLine: (answer, count, correct) => `${answer} ${count}${correct ? ' (right)' : ''}`,
      response: 'Answer',
      learners: 'Learners',
      correct: 'right answer',
      none: 'No quiz answers yet.',
    },
    videos: {
      retention: (video) => `Retention: ${video}`,
      summary: (viewers, end, drop) => `${viewers} ${viewers === 1 ? 'viewer' : 'viewers'}; ${end} watched the last part. ${drop}`,
      noDrop: 'No drop-off.',
      dropAt: (at, drop) => `Largest drop-off at ${at} (${drop} of viewers).`,
      part: 'From',
      watched: 'Watched',
      replays: 'Replays per viewer',
      hotspots: 'Replay hotspots',
      hotspot: (from, to, replays) => `${from}–${to}: ${replays} replays per viewer`,
      noHotspots: 'Nothing was replayed.',
      chapter: 'Chapter',
      none: 'This course has no video capsule.',
      noViews: 'Nobody has watched it yet.',
    },
    satisfaction: {
      overall: 'Overall rating',
      distribution: 'Rating distribution',
      summary: (mean, max, n) => `Mean ${mean} out of ${max} from ${n} ${n === 1 ? 'rating' : 'ratings'}.`,
      rating: 'Rating',
      people: 'People',
      modules: 'Ratings per module',
      module: 'Module',
      mean: 'Mean',
      nps: 'Net Promoter Score',
      npsDetail: (p, pa, d) => `${p} promoters, ${pa} passives, ${d} detractors`,
      comments: 'Comments',
      anonymous: 'Comments are shown without their authors.',
      suppressed: (min) => `Fewer than ${min} answers: not shown, to keep them anonymous.`,
      none: 'No feedback yet.',
      items: 'Survey answers',
      item: 'Question',
      answer: 'Answer',
    },
    prepost: {
      title: (competency) => `Competency: ${competency}`,
      pre: 'Before',
      post: 'After',
      gain: 'Normalized gain',
      meanGain: 'Mean individual gain',
      learners: 'Learners',
      summary: (pre, post, gain, n) => `Mean score ${pre} before and ${post} after (${n} ${n === 1 ? 'learner' : 'learners'}), normalized gain ${gain}.`,
      none: 'No before / after pair: give a quiz "role": "diagnostic" and another "role": "final" with the same "competency" in the course.',
    },
    exports: {
      title: 'Downloads',
      learners: 'Learners (CSV)',
      questions: 'Questions (CSV)',
      modules: 'Modules (CSV)',
      json: 'Report (JSON)',
      print: 'Print the session review',
    },
    print: {
      title: 'Session review',
      course: 'Course',
      dates: 'Dates',
      kpis: 'Key figures',
      indicator: 'Indicator',
      value: 'Value',
      generated: (date) => `Generated on ${date}`,
    },
    chart: { data: 'Data' },
    statusShort: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Done', passed: 'Passed', failed: 'Failed' },
  },
  fr: {
    label: 'Bilan de la cohorte',
    colon: '\u00a0: ',
    views: { overview: 'Vue d’ensemble', learners: 'Apprenants', questions: 'Questions', videos: 'Vidéos', satisfaction: 'Satisfaction', prepost: 'Avant / après' },
    loading: 'Lecture des déclarations…',
    read: (count) => `${count} déclarations lues`,
    lastUpdated: (time) => `Mis à jour à ${time}`,
    refresh: 'Actualiser',
    refreshing: 'Actualisation…',
    noData: 'Aucune activité d’apprenant pour l’instant.',
    noCourse: 'Indiquez le parcours du bilan\u00a0: course-src, un script JSON en ligne ou la propriété definition.',
    errors: {
      unauthorized: 'Le LRS a refusé les identifiants (401). Vérifiez la clé et le secret.',
      forbidden: 'Ces identifiants ne permettent pas de lire les déclarations du LRS (403).',
      unreachable: 'Le LRS est injoignable. Vérifiez l’adresse et le réseau.',
      lrsError: (status) => `Le LRS a répondu par une erreur (${status}).`,
      badAnswer: 'La réponse du LRS n’est pas une liste de déclarations.',
      roster: 'La liste des inscrits n’est pas valide.',
      rosterFetch: 'La liste des inscrits n’a pas pu être chargée.',
      keptOnScreen: 'Ce qui était déjà chargé reste affiché.',
    },
    rosterIssues: {
      noIdentifier: 'Cette ligne n’a ni adresse e-mail ni identifiant de compte.',
      badEmail: 'Ce n’est pas une adresse e-mail.',
      notList: 'Une liste d’inscrits est un fichier CSV ou une liste JSON d’apprenants.',
      noHeader: 'La première ligne doit nommer les colonnes (nom, email).',
      jsonSyntax: (line, column) => `Le texte JSON n’est pas valide ligne ${line}, colonne ${column}.`,
    },
    tiles: {
      completion: 'Achèvement',
      completionValue: (done, total, percent) => `${done}/${total} — ${percent}`,
      satisfaction: 'Satisfaction',
      outOf: (value, max) => `${value}/${max}`,
      respondents: (n) => `${n} ${plural('fr', n, 'répondant', 'répondants')}`,
      useful: 'Jugé utile',
      consulted: 'Contenus consultés',
      medianTime: 'Temps médian par module',
      acrossModules: (n) => `médiane de ${n} module${n > 1 ? 's' : ''}`,
      meanScore: 'Score moyen',
      needAttention: 'à relancer',
      none: '—',
      tooFew: 'trop peu de réponses',
    },
    funnel: {
      title: 'Entonnoir des modules',
      started: 'Commencé',
      done: 'Terminé',
      stalled: 'Bloqués',
      summary: (lines) => `Apprenants ayant commencé et terminé chaque module\u00a0: ${lines}.`,
      line: (module, started, done) => `${module}\u00a0: ${started} ont commencé, ${done} ont terminé`,
    },
    stickingPoints: 'Principaux points de blocage',
    stuckModule: (module, stalled) => `${module}\u00a0: ${stalled} ${plural('fr', stalled, 'apprenant bloqué', 'apprenants bloqués')}`,
    hardQuestion: (question, facility) => `Question «\u00a0${question}\u00a0»\u00a0: ${facility} de bonnes réponses au premier essai`,
    videoDrop: (video, at, drop) => `Vidéo ${video}\u00a0: ${drop} des spectateurs décrochent à ${at}`,
    noStickingPoints: 'Aucun point de blocage pour l’instant.',
    learners: {
      filter: 'Rechercher un apprenant',
      show: 'Afficher',
      all: 'Tout le monde',
      attention: 'À relancer',
      completed: 'Terminé',
      notStarted: 'Pas commencé',
      inProgress: 'En cours',
      count: (shown, total) => `${shown} sur ${total} ${plural('fr', total, 'apprenant', 'apprenants')}`,
      name: 'Apprenant',
      progress: 'Progression',
      score: 'Score',
      time: 'Temps',
      lastActivity: 'Dernière activité',
      needsAttention: 'À relancer',
      sortBy: (column) => `Trier par ${column.toLowerCase()}`,
      open: (name) => `Ouvrir le détail de ${name}`,
      notEnrolled: 'hors liste des inscrits',
      never: 'jamais',
      noMatch: 'Aucun apprenant ne correspond.',
      caption: 'Apprenants',
    },
    detail: {
      back: 'Retour aux apprenants',
      title: (name) => name,
      timeline: 'Chronologie',
      remind: 'Envoyer une relance',
      noReminder: 'Pas d’adresse e-mail\u00a0: pas de lien de relance.',
      reminderSubject: (course) => `Votre parcours «\u00a0${course}\u00a0»`,
      reminderBody: (name, course, reasons, percent) =>
        `Bonjour ${name},\n\nVous en êtes à ${percent} du parcours «\u00a0${course}\u00a0». ${reasons}\n\nLa suite vous attend\u202f; dites-moi si quelque chose vous bloque.\n\nBien cordialement,`,
      hello: '',
      empty: 'Rien d’enregistré pour l’instant.',
    },
    questions: {
      caption: 'Analyse des questions (premières tentatives)',
      question: 'Question',
      quiz: 'Quiz',
      n: 'Apprenants',
      facility: 'Facilité',
      discrimination: 'Discrimination',
      flags: 'Alertes',
      commonWrong: 'Mauvaise réponse la plus choisie',
      answers: (question) => `Réponses à «\u00a0${question}\u00a0»`,
      answerSummary: (lines) => `Réponses au premier essai\u00a0: ${lines}.`,
      answerLine: (answer, count, correct) => `${answer} ${count}${correct ? ' (bonne réponse)' : ''}`,
      response: 'Réponse',
      learners: 'Apprenants',
      correct: 'bonne réponse',
      none: 'Aucune réponse aux quiz pour l’instant.',
    },
    videos: {
      retention: (video) => `Rétention\u00a0: ${video}`,
      summary: (viewers, end, drop) => `${viewers} ${plural('fr', viewers, 'spectateur', 'spectateurs')}\u202f; ${end} ont vu la dernière partie. ${drop}`,
      noDrop: 'Aucun décrochage.',
      dropAt: (at, drop) => `Plus fort décrochage à ${at} (${drop} des spectateurs).`,
      part: 'À partir de',
      watched: 'Vu',
      replays: 'Revisionnages par spectateur',
      hotspots: 'Passages revus',
      hotspot: (from, to, replays) => `${from}–${to}\u00a0: ${replays} revisionnages par spectateur`,
      noHotspots: 'Aucun passage revu.',
      chapter: 'Chapitre',
      none: 'Ce parcours n’a pas de capsule vidéo.',
      noViews: 'Personne ne l’a encore regardée.',
    },
    satisfaction: {
      overall: 'Note globale',
      distribution: 'Répartition des notes',
      summary: (mean, max, n) => `Moyenne ${mean} sur ${max} pour ${n} ${plural('fr', n, 'note', 'notes')}.`,
      rating: 'Note',
      people: 'Personnes',
      modules: 'Notes par module',
      module: 'Module',
      mean: 'Moyenne',
      nps: 'Net Promoter Score',
      npsDetail: (p, pa, d) => `${p} ${plural('fr', p, 'promoteur', 'promoteurs')}, ${pa} ${plural('fr', pa, 'passif', 'passifs')}, ${d} ${plural('fr', d, 'détracteur', 'détracteurs')}`,
      comments: 'Commentaires',
      anonymous: 'Les commentaires sont affichés sans leurs auteurs.',
      suppressed: (min) => `Moins de ${min} réponses\u00a0: non affiché, pour préserver l’anonymat.`,
      none: 'Aucun retour pour l’instant.',
      items: 'Réponses au questionnaire',
      item: 'Question',
      answer: 'Réponse',
    },
    prepost: {
      title: (competency) => `Compétence\u00a0: ${competency}`,
      pre: 'Avant',
      post: 'Après',
      gain: 'Gain normalisé',
      meanGain: 'Gain individuel moyen',
      learners: 'Apprenants',
      summary: (pre, post, gain, n) => `Score moyen ${pre} avant et ${post} après (${n} ${plural('fr', n, 'apprenant', 'apprenants')}), gain normalisé ${gain}.`,
      none: 'Aucune paire avant / après\u00a0: donnez à un quiz "role": "diagnostic" et à un autre "role": "final" avec la même "competency" dans le parcours.',
    },
    exports: {
      title: 'Téléchargements',
      learners: 'Apprenants (CSV)',
      questions: 'Questions (CSV)',
      modules: 'Modules (CSV)',
      json: 'Bilan (JSON)',
      print: 'Imprimer le bilan de session',
    },
    print: {
      title: 'Bilan de session',
      course: 'Parcours',
      dates: 'Dates',
      kpis: 'Chiffres clés',
      indicator: 'Indicateur',
      value: 'Valeur',
      generated: (date) => `Établi le ${date}`,
    },
    chart: { data: 'Données' },
    statusShort: { 'not-started': 'Pas commencé', 'in-progress': 'En cours', completed: 'Terminé', passed: 'Réussi', failed: 'Échoué' },
  },
};
