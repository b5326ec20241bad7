/** `<spoc-scenario>`'s own strings (the error view and zod messages stay in the shared catalog). */
export interface ScenarioStrings {
  label: string;
  step: (n: string) => string;
  /** Announced when a node appears: "Step 3: The meeting". */
  announce: (step: string, title: string) => string;
  continue: string;
  back: string;
  restart: string;
  retry: string;
  /** The choice's options, as a group label. */
  options: string;
  yourChoice: string;
  checklistHint: (mandatory: number) => string;
  mandatory: string;
  missingItems: (count: number) => string;
  score: (raw: string, max: string, percent: string) => string;
  scorePercent: (percent: string) => string;
  passed: string;
  failed: string;
  passMark: (percent: string) => string;
  outcome: string;
  path: string;
  video: string;
  issues: {
    'scenario-missing-start': (id: string) => string;
    'scenario-unreachable': (id: string) => string;
    'scenario-no-exit': (id: string) => string;
  };
}

const frPlural = (count: number, one: string, other: string) => (count < 2 ? one : other);

export const strings: { en: ScenarioStrings; fr: ScenarioStrings } = {
  en: {
    label: 'Scenario',
    step: (n) => `Step ${n}`,
    announce: (step, title) => `${step}: ${title}`,
    continue: 'Continue',
    back: 'Back',
    restart: 'Start again',
    retry: 'Try again',
    options: 'What do you do?',
    yourChoice: 'Your choice:',
    checklistHint: (mandatory) => (mandatory ? `Tick the items to go on; ${mandatory === 1 ? 'one is' : `${mandatory} are`} required.` : 'Tick the items you have done.'),
    mandatory: 'required',
    missingItems: (count) => `Tick the required ${count === 1 ? 'item' : `items (${count} left)`} to go on.`,
    score: (raw, max, percent) => `Score: ${raw} / ${max} (${percent})`,
    scorePercent: (percent) => `Score: ${percent}`,
    passed: 'Passed',
    failed: 'Not passed',
    passMark: (percent) => `Pass mark: ${percent}`,
    outcome: 'Outcome',
    path: 'Your path',
    video: 'Video',
    issues: {
      'scenario-missing-start': (id) => `the start node "${id}" does not exist`,
      'scenario-unreachable': (id) => `the node "${id}" cannot be reached from the start`,
      'scenario-no-exit': (id) => `from the node "${id}" no end can be reached (a cycle without an exit)`,
    },
  },
  fr: {
    label: 'Scénario',
    step: (n) => `Étape ${n}`,
    announce: (step, title) => `${step}\u00a0: ${title}`,
    continue: 'Continuer',
    back: 'Retour',
    restart: 'Recommencer',
    retry: 'Réessayer',
    options: 'Que faites-vous\u202f?',
    yourChoice: 'Votre choix\u00a0:',
    checklistHint: (mandatory) =>
      mandatory
        ? `Cochez les éléments pour continuer\u202f; ${mandatory === 1 ? 'un est obligatoire' : `${mandatory} sont obligatoires`}.`
        : 'Cochez les éléments que vous avez faits.',
    mandatory: 'obligatoire',
    missingItems: (count) => `Cochez ${frPlural(count, "l’élément obligatoire", `les éléments obligatoires (${count} restants)`)} pour continuer.`,
    score: (raw, max, percent) => `Score\u00a0: ${raw} / ${max} (${percent})`,
    scorePercent: (percent) => `Score\u00a0: ${percent}`,
    passed: 'Réussi',
    failed: 'Non réussi',
    passMark: (percent) => `Seuil de réussite\u00a0: ${percent}`,
    outcome: 'Résultat',
    path: 'Votre parcours',
    video: 'Vidéo',
    issues: {
      'scenario-missing-start': (id) => `le nœud de départ «\u00a0${id}\u00a0» n’existe pas`,
      'scenario-unreachable': (id) => `le nœud «\u00a0${id}\u00a0» n’est accessible depuis aucun chemin partant du départ`,
      'scenario-no-exit': (id) => `depuis le nœud «\u00a0${id}\u00a0», aucune fin n’est accessible (une boucle sans sortie)`,
    },
  },
};
