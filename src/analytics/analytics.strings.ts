/** Words of the exports (CSV headers, the one-page summary), in English and French. */
export interface AnalyticsStrings {
  lang: string;
  columns: {
    learners: readonly string[];
    questions: readonly string[];
    modules: readonly string[];
  };
  status: Record<'not-started' | 'in-progress' | 'completed' | 'passed' | 'failed', string>;
  yes: string;
  no: string;
  reason: {
    'not-started': string;
    inactive: (days: number) => string;
    'failed-quiz': (activity: string) => string;
    'behind-schedule': (module: string) => string;
  };
  flag: { hard: string; 'low-discrimination': string };
  summary: {
    title: (course: string) => string;
    generated: (date: string) => string;
    completion: string;
    completionDetail: (completed: number, enrolled: number) => string;
    started: string;
    consulted: string;
    satisfaction: string;
    useful: string;
    nps: string;
    funnel: string;
    module: string;
    startedCol: string;
    doneCol: string;
    stalledCol: string;
    medianTime: string;
    quizzes: string;
    quiz: string;
    meanScore: string;
    passRate: string;
    attempts: string;
    questionsToReview: string;
    question: string;
    facility: string;
    discrimination: string;
    commonWrong: string;
    videos: string;
    video: string;
    viewers: string;
    dropOff: string;
    replayed: string;
    prePost: string;
    competency: string;
    pre: string;
    post: string;
    gain: string;
    followUp: string;
    learner: string;
    reasons: string;
    comments: string;
    suppressed: string;
    ignored: (count: number) => string;
    none: string;
    minutes: (value: string) => string;
    part: (from: string, to: string) => string;
  };
}

const en: AnalyticsStrings = {
  lang: 'en',
  columns: {
    learners: ['Name', 'Identifier', 'Enrolled', 'Status', 'Progress (%)', 'Completed on', 'Score (%)', 'Time spent (min)', 'First activity', 'Last activity', 'Days inactive', 'Quiz attempts', 'Contents consulted (%)', 'Needs attention'],
    questions: ['Quiz', 'Question', 'Text', 'First attempts', 'Facility index (%)', 'Standard deviation (%)', 'Discrimination index (%)', 'Discriminative efficiency (%)', 'Flags', 'Most chosen wrong answer', 'Times chosen'],
    modules: ['Module', 'Title', 'Required', 'Due', 'Started', 'Finished', 'Stalled', 'Median time (min)', 'Q1 (min)', 'Q3 (min)', 'IQR (min)', 'Median days to finish'],
  },
  status: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed', passed: 'Passed', failed: 'Failed' },
  yes: 'yes',
  no: 'no',
  reason: {
    'not-started': 'not started',
    inactive: (days) => `inactive for ${days} days`,
    'failed-quiz': (activity) => `failed ${activity}, no new attempt`,
    'behind-schedule': (module) => `behind schedule on ${module}`,
  },
  flag: { hard: 'hard (facility < 30%)', 'low-discrimination': 'low discrimination (< 30%)' },
  summary: {
    title: (course) => `End-of-session review — ${course}`,
    generated: (date) => `Figures as of ${date}`,
    completion: 'Completion rate',
    completionDetail: (completed, enrolled) => `${completed} of ${enrolled}`,
    started: 'Started',
    consulted: 'Contents consulted (mean)',
    satisfaction: 'Satisfaction',
    useful: 'Found the course useful',
    nps: 'Net Promoter Score',
    funnel: 'Modules',
    module: 'Module',
    startedCol: 'Started',
    doneCol: 'Finished',
    stalledCol: 'Stalled',
    medianTime: 'Median time (IQR)',
    quizzes: 'Quizzes',
    quiz: 'Quiz',
    meanScore: 'Mean score',
    passRate: 'Pass rate',
    attempts: 'Attempts per learner',
    questionsToReview: 'Questions to review',
    question: 'Question',
    facility: 'Facility',
    discrimination: 'Discrimination',
    commonWrong: 'Most chosen wrong answer',
    videos: 'Video capsules',
    video: 'Capsule',
    viewers: 'Viewers',
    dropOff: 'Biggest drop',
    replayed: 'Most replayed',
    prePost: 'Before / after',
    competency: 'Competency',
    pre: 'Before',
    post: 'After',
    gain: 'Normalized gain',
    followUp: 'Follow-up',
    learner: 'Learner',
    reasons: 'Why',
    comments: 'Comments',
    suppressed: 'fewer than 3 answers: not shown',
    ignored: (count) => `${count} statements ignored (not xAPI, other courses, voided, unknown verbs).`,
    none: 'None.',
    minutes: (value) => `${value} min`,
    part: (from, to) => `${from}–${to}`,
  },
};

const fr: AnalyticsStrings = {
  lang: 'fr',
  columns: {
    learners: ['Nom', 'Identifiant', 'Inscrit', 'Statut', 'Progression (%)', 'Terminé le', 'Score (%)', 'Temps passé (min)', 'Première activité', 'Dernière activité', 'Jours sans activité', 'Tentatives de quiz', 'Contenus consultés (%)', 'À suivre'],
    questions: ['Quiz', 'Question', 'Énoncé', 'Premières tentatives', 'Indice de facilité (%)', 'Écart type (%)', 'Indice de discrimination (%)', 'Efficacité discriminante (%)', 'Alertes', 'Mauvaise réponse la plus choisie', 'Nombre de fois'],
    modules: ['Module', 'Titre', 'Obligatoire', 'Échéance', 'Commencé', 'Terminé', 'Bloqués', 'Temps médian (min)', 'Q1 (min)', 'Q3 (min)', 'Écart interquartile (min)', 'Jours médians pour terminer'],
  },
  status: { 'not-started': 'Non commencé', 'in-progress': 'En cours', completed: 'Terminé', passed: 'Réussi', failed: 'Échoué' },
  yes: 'oui',
  no: 'non',
  reason: {
    'not-started': 'pas commencé',
    inactive: (days) => `sans activité depuis ${days}\u00a0jours`,
    'failed-quiz': (activity) => `échec à ${activity}, pas de nouvelle tentative`,
    'behind-schedule': (module) => `en retard sur ${module}`,
  },
  flag: { hard: 'difficile (facilité < 30\u00a0%)', 'low-discrimination': 'peu discriminante (< 30\u00a0%)' },
  summary: {
    title: (course) => `Bilan de fin de session — ${course}`,
    generated: (date) => `Chiffres au ${date}`,
    completion: 'Taux de complétion',
    completionDetail: (completed, enrolled) => `${completed} sur ${enrolled}`,
    started: 'Ont commencé',
    consulted: 'Contenus consultés en moyenne',
    satisfaction: 'Satisfaction',
    useful: 'Formation utile',
    nps: 'Net Promoter Score',
    funnel: 'Modules',
    module: 'Module',
    startedCol: 'Commencé',
    doneCol: 'Terminé',
    stalledCol: 'Bloqués',
    medianTime: 'Temps médian (écart interquartile)',
    quizzes: 'Quiz',
    quiz: 'Quiz',
    meanScore: 'Score moyen',
    passRate: 'Taux de réussite',
    attempts: 'Tentatives par apprenant',
    questionsToReview: 'Questions à revoir',
    question: 'Question',
    facility: 'Facilité',
    discrimination: 'Discrimination',
    commonWrong: 'Mauvaise réponse la plus choisie',
    videos: 'Capsules vidéo',
    video: 'Capsule',
    viewers: 'Spectateurs',
    dropOff: 'Plus forte baisse',
    replayed: 'Passages les plus revus',
    prePost: 'Avant / après',
    competency: 'Compétence',
    pre: 'Avant',
    post: 'Après',
    gain: 'Gain normalisé',
    followUp: 'Suivi individuel',
    learner: 'Apprenant',
    reasons: 'Motif',
    comments: 'Commentaires',
    suppressed: 'moins de 3\u00a0réponses\u00a0: non affiché',
    ignored: (count) => `${count}\u00a0déclarations ignorées (pas xAPI, autres cours, annulées, verbes inconnus).`,
    none: 'Aucun.',
    minutes: (value) => `${value}\u00a0min`,
    part: (from, to) => `${from}–${to}`,
  },
};

export const analyticsStrings = { en, fr } as const;
