#!/usr/bin/env node
// The demo course's job aids ("fiches mémo"), one per module, in French and English: one A4 page
// each, written to demo/media/fiche-<module>.<lang>.pdf with pdf-lib (already a dependency).
// `node scripts/make-demo-job-aids.mjs` re-makes them; the files are committed.
// Standard PDF fonts only (no embedding, a few KB each): text is limited to WinAnsi, so French
// typography uses the no-break space U+00A0 before « : ; ! ? » and inside guillemets.
import { writeFileSync, mkdirSync } from 'node:fs';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const nb = '\u00a0';
const aids = {
  m1: {
    fr: {
      title: 'Les cinq missions du manager',
      module: 'Module 1 — Le rôle du manager',
      steps: [
        ['Donner le cap', `Traduire la stratégie en objectifs clairs pour l${'’'}équipe et pour chacun.`],
        ['Organiser', 'Répartir le travail, fixer les priorités, lever les obstacles.'],
        ['Faire grandir', 'Repérer les talents, déléguer, former, donner du feedback régulier.'],
        ['Animer', `Réunir l${'’'}équipe, faire circuler l${'’'}information, célébrer les réussites.`],
        ['Décider', `Trancher quand il le faut, expliquer la décision, s${'’'}y tenir.`],
      ],
      footer: `Manager au quotidien — fiche mémo${nb}: à garder près de vous.`,
    },
    en: {
      title: "The manager's five duties",
      module: "Module 1 — The manager's role",
      steps: [
        ['Set the course', 'Turn the strategy into clear goals for the team and for each person.'],
        ['Organise', 'Share out the work, set priorities, remove obstacles.'],
        ['Help people grow', 'Spot talent, delegate, train, give regular feedback.'],
        ['Bring the team together', 'Meet, share information, celebrate successes.'],
        ['Decide', 'Make the call when needed, explain it, stick to it.'],
      ],
      footer: 'Everyday management — job aid: keep it at hand.',
    },
  },
  m2: {
    fr: {
      title: `L${'’'}écoute active en six réflexes`,
      module: 'Module 2 — Communiquer efficacement',
      steps: [
        ['Se rendre disponible', `Couper les notifications, regarder la personne, lui laisser le temps.`],
        ['Questionner ouvert', `«${nb}Comment${nb}?${nb}», «${nb}Qu${'’'}est-ce qui${nb}…${nb}?${nb}» plutôt que «${nb}Est-ce que${nb}?${nb}».`],
        ['Reformuler', `«${nb}Si je vous comprends bien…${nb}» : vérifier, pas interpréter.`],
        ['Accueillir les émotions', `Les nommer sans les juger${nb}: «${nb}Je vois que cela vous agace.${nb}»`],
        ['Se taire', 'Laisser les silences faire leur travail.'],
        ['Conclure ensemble', 'Résumer ce qui a été dit et ce qui va suivre.'],
      ],
      footer: `Manager au quotidien — fiche mémo${nb}: à garder près de vous.`,
    },
    en: {
      title: 'Active listening in six habits',
      module: 'Module 2 — Communicating effectively',
      steps: [
        ['Be available', 'Silence notifications, look at the person, give them time.'],
        ['Ask open questions', '"How...?", "What...?" rather than "Do you...?".'],
        ['Rephrase', '"If I understand you correctly..." : check, do not interpret.'],
        ['Acknowledge emotions', 'Name them without judging: "I can see this annoys you."'],
        ['Keep quiet', 'Let silences do their work.'],
        ['Conclude together', 'Sum up what was said and what happens next.'],
      ],
      footer: 'Everyday management — job aid: keep it at hand.',
    },
  },
  m3: {
    fr: {
      title: 'Entretien de recadrage : les cinq étapes'.replace(' :', `${nb}:`),
      module: `Module 3 — Animer un point d${'’'}équipe`,
      steps: [
        ['Préparer', `Noter les faits datés, l${'’'}impact, l${'’'}attente. Recevoir en privé, vite.`],
        ['Exposer les faits', `Sans jugement${nb}: «${nb}Vous êtes arrivée à 9${nb}h${nb}15 les 3, 10 et 17.${nb}»`],
        ['Écouter', `Question ouverte, puis silence${nb}: la cause change la solution.`],
        ['Rappeler l’attente', `La règle et pourquoi elle compte pour l${'’'}équipe.`],
        ['Conclure', `Un engagement concret, un soutien si besoin, une date de suivi.`],
      ],
      footer: `Manager au quotidien — fiche mémo${nb}: à garder près de vous.`,
    },
    en: {
      title: 'Corrective interview: five steps',
      module: 'Module 3 — Running a team briefing',
      steps: [
        ['Prepare', 'Write down dated facts, the impact, the expectation. Meet in private, soon.'],
        ['State the facts', 'No judgement: "You arrived at 9:15 on the 3rd, 10th and 17th."'],
        ['Listen', 'An open question, then silence: the cause changes the solution.'],
        ['Restate the expectation', 'The rule and why it matters to the team.'],
        ['Conclude', 'A concrete commitment, support if needed, a follow-up date.'],
      ],
      footer: 'Everyday management — job aid: keep it at hand.',
    },
  },
  m4: {
    fr: {
      title: 'Désamorcer un conflit : la méthode DESC'.replace(' :', `${nb}:`),
      module: 'Module 4 — Gérer les conflits',
      steps: [
        ['Décrire', `Les faits observables, sans interprétation.`],
        ['Exprimer', `Ce que vous ressentez, en «${nb}je${nb}», pas en «${nb}tu${nb}».`],
        ['Suggérer', `Une solution concrète, ouverte à la discussion.`],
        ['Conclure', `Les bénéfices pour chacun et l${'’'}accord trouvé.`],
      ],
      footer: `Manager au quotidien — fiche mémo${nb}: à garder près de vous.`,
    },
    en: {
      title: 'Defusing a conflict: the DESC method',
      module: 'Module 4 — Handling conflicts',
      steps: [
        ['Describe', 'The observable facts, without interpreting them.'],
        ['Express', 'How you feel, with "I", not "you".'],
        ['Specify', 'A concrete solution, open to discussion.'],
        ['Consequences', 'What each side gains, and the agreement reached.'],
      ],
      footer: 'Everyday management — job aid: keep it at hand.',
    },
  },
};

/** Lines of at most `width` points. */
function wrap(text, font, size, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

async function page({ title, module, steps, footer }, lang) {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setSubject(module);
  doc.setLanguage(lang);
  doc.setAuthor('Acme Academy');
  doc.setCreator('spoc-elements demo (scripts/make-demo-job-aids.mjs)');
  doc.setProducer('pdf-lib');
  const fixed = new Date('2026-11-30T09:00:00Z');
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const p = doc.addPage([595.28, 841.89]);
  const blue = rgb(0.114, 0.306, 0.847);
  const ink = rgb(0.122, 0.161, 0.2);
  const muted = rgb(0.322, 0.376, 0.427);
  const margin = 56;
  const width = 595.28 - 2 * margin;
  p.drawRectangle({ x: 0, y: 841.89 - 130, width: 595.28, height: 130, color: blue });
  p.drawText(module, { x: margin, y: 841.89 - 52, size: 12, font: regular, color: rgb(1, 1, 1) });
  let y = 841.89 - 84;
  for (const line of wrap(title, bold, 24, width)) {
    p.drawText(line, { x: margin, y, size: 24, font: bold, color: rgb(1, 1, 1) });
    y -= 28;
  }
  y = 841.89 - 180;
  steps.forEach(([heading, text], index) => {
    p.drawCircle({ x: margin + 12, y: y + 6, size: 13, color: blue });
    const number = String(index + 1);
    p.drawText(number, { x: margin + 12 - bold.widthOfTextAtSize(number, 13) / 2, y: y + 1.5, size: 13, font: bold, color: rgb(1, 1, 1) });
    p.drawText(heading, { x: margin + 36, y, size: 15, font: bold, color: ink });
    y -= 22;
    for (const line of wrap(text, regular, 12, width - 36)) {
      p.drawText(line, { x: margin + 36, y, size: 12, font: regular, color: ink });
      y -= 17;
    }
    y -= 22;
  });
  p.drawLine({ start: { x: margin, y: 70 }, end: { x: 595.28 - margin, y: 70 }, thickness: 0.5, color: muted });
  p.drawText(footer, { x: margin, y: 52, size: 10, font: regular, color: muted });
  return doc.save({ useObjectStreams: true });
}

mkdirSync('demo/media', { recursive: true });
for (const [module, languages] of Object.entries(aids)) {
  for (const [lang, aid] of Object.entries(languages)) {
    const file = `demo/media/fiche-${module}.${lang}.pdf`;
    const bytes = await page(aid, lang);
    writeFileSync(file, bytes);
    console.log(file, `${(bytes.length / 1024).toFixed(1)} KB`, aid.title);
  }
}
