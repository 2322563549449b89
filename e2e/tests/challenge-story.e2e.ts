import type { Page } from 'playwright-core';
import { graphql, registeredPersonContext } from '../harness/api';
import { baseUrl } from '../harness/browser';
import { browserForPeople } from '../harness/people';
import { deadlineInput, press, typeIn } from '../harness/keyboard';

const STARTUP = 'Agrisense';
const LAB = 'Laboratorio di Robotica Collaborativa';
const CRITERIA = [
  { name: 'Fattibilità tecnica', weight: '60' },
  { name: 'Impatto sulla produzione', weight: '40' },
];

/** The challenge's lifecycle buttons: the action, then its confirmation. */
async function transition(page: Page, action: string, done = action) {
  await press(page, page.getByRole('button', { name: action, exact: true }));
  await press(page, page.getByRole('button', { name: `Conferma: ${action}` }));
  await page.getByText(`Fatto: ${done}.`).waitFor();
}

/** A proposal written and sent through the submission form, on behalf of `organisation`. */
async function submitThroughForm(page: Page, challengeId: string, organisation: string) {
  await page.goto(`${baseUrl()}/challenges/${challengeId}`);
  await press(page, page.getByRole('link', { name: 'Rispondi alla sfida' }));
  await page.getByRole('heading', { level: 1, name: /^La tua proposta per/ }).waitFor();
  const onBehalfOf = page.getByRole('combobox', { name: 'Rispondi a nome di' });
  if (await onBehalfOf.count()) await onBehalfOf.selectOption({ label: organisation });
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  await typeIn(page, field('Sintesi della proposta'), `La proposta di ${organisation}.`);
  await typeIn(page, field('Approccio e soluzione'), 'Sensori di vibrazione e un modello.');
  await typeIn(page, field('Gruppo di lavoro'), 'Due ingegneri e un tecnico.');
  await page.getByRole('combobox', { name: 'TRL della soluzione' }).selectOption('6');
  await page.locator('.autosave-status', { hasText: /^Salvata alle/ }).waitFor();
  await press(page, page.getByRole('button', { name: 'Invia la proposta' }));
  const confirm = page.getByRole('dialog', { name: 'Inviare la proposta?' });
  await confirm.getByText(`a nome di ${organisation}`).waitFor();
  await press(page, confirm.getByRole('button', { name: 'Invia la proposta' }));
  await page.getByText('Proposta inviata.').waitFor();
}

/** One evaluator scores one proposal on the board: a score per criterion (Space on a radio). */
async function score(page: Page, organisation: string, scores: number[]) {
  const form = page.getByRole('form', { name: `Punteggi per ${organisation}` });
  for (const [index, criterion] of CRITERIA.entries()) {
    const group = form.getByRole('radiogroup', {
      name: `Punteggio da 1 a 5 per ${criterion.name}`,
    });
    await group.getByRole('radio', { name: String(scores[index]) }).focus();
    await page.keyboard.press('Space');
    await typeIn(
      page,
      form.getByRole('textbox', { name: `Commento su ${criterion.name}` }),
      `Valutazione di ${organisation}.`,
    );
  }
  await press(page, form.getByRole('button', { name: 'Salva i punteggi' }));
  await page.getByText(`Punteggi per ${organisation} salvati.`).waitFor();
}

// one long story across six people: more than the default minute
jest.setTimeout(240_000);

describe('the whole story of a challenge, in the browser', () => {
  const people = browserForPeople();
  const person = async (email: string) => (await people.person(email)).page;

  it('draft → review → published → two proposals → scored → locked → awarded → results', async () => {
    const title = `Collaudo automatico dei riduttori ${Date.now()}`;

    // 1. the SME drafts the challenge in the editor
    const sme = await person('pmi@demo.oip.it');
    await sme.goto(`${baseUrl()}/challenges`);
    await press(sme, sme.getByRole('link', { name: 'Pubblica una sfida per Meccanica Brianzola' }));
    await sme.getByRole('heading', { level: 1, name: 'Nuova sfida' }).waitFor();
    const editorField = (label: RegExp | string) =>
      sme.getByRole('textbox', { name: label }).first();
    await typeIn(sme, editorField('Titolo'), title);
    await typeIn(sme, editorField(/^Sintesi/), 'Collaudare i riduttori a fine linea senza fermi.');
    await typeIn(sme, editorField(/^Il problema/), 'Il collaudo manuale richiede **due ore**.');
    await sme.getByLabel(/^Scadenza/).fill(deadlineInput());
    await press(sme, sme.getByRole('button', { name: 'Salva la bozza' }));
    await sme.getByRole('heading', { level: 1, name: title }).waitFor();
    const challengeId = new URL(sme.url()).pathname.split('/')[2]!;

    // … defines the scorecard on the evaluation board before anything closes …
    await press(sme, sme.getByRole('link', { name: 'Gestisci la valutazione' }));
    await sme.getByRole('heading', { level: 2, name: 'Criteri di valutazione' }).waitFor();
    await press(sme, sme.getByRole('button', { name: 'Aggiungi un criterio' }));
    for (const [index, criterion] of CRITERIA.entries()) {
      const group = sme.getByRole('group', { name: `Criterio ${index + 1}` });
      await typeIn(sme, group.getByRole('textbox', { name: 'Nome in italiano' }), criterion.name);
      await typeIn(sme, group.getByRole('spinbutton', { name: 'Peso' }), criterion.weight);
    }
    await sme.getByRole('status').filter({ hasText: 'Totale: 100/100' }).waitFor();
    await press(sme, sme.getByRole('button', { name: 'Salva i criteri' }));
    await sme.getByText('Criteri salvati.').waitFor();

    // … and submits it for review
    await press(sme, sme.getByRole('link', { name: '← Torna alla sfida' }));
    await transition(sme, 'Invia in revisione');

    // 2. the moderator approves it from the review queue
    const moderator = await person('moderatore@demo.oip.it');
    await moderator.goto(`${baseUrl()}/moderation/challenges`);
    await press(moderator, moderator.getByRole('link', { name: title }));
    await transition(moderator, 'Approva e pubblica');
    await moderator.locator('main .badge', { hasText: 'Pubblicata' }).waitFor();

    // 3. a startup and a research centre each send a proposal through the form
    const startup = await person('startup@demo.oip.it');
    await submitThroughForm(startup, challengeId, STARTUP);
    const lab = await person('ricerca@demo.oip.it');
    await submitThroughForm(lab, challengeId, LAB);

    // 4. the SME closes early, starts the evaluation and assigns two invited experts
    await sme.goto(`${baseUrl()}/challenges/${challengeId}`);
    await transition(sme, 'Chiudi');
    await sme.locator('main .badge', { hasText: 'Chiusa' }).waitFor();
    await transition(sme, 'Avvia la valutazione');
    await sme.locator('main .badge', { hasText: 'In valutazione' }).waitFor();
    const experts = [
      { email: `valutatrice.${Date.now()}@example.it`, name: 'Chiara Colombo' },
      { email: `valutatore.${Date.now()}@example.it`, name: 'Paolo Ferri' },
    ];
    const expertPages: Page[] = [];
    for (const expert of experts) {
      const context = people.keep(
        await registeredPersonContext(people.browser(), expert.email, expert.name),
      );
      expertPages.push(await context.newPage());
    }
    await press(sme, sme.getByRole('link', { name: 'Gestisci la valutazione' }));
    for (const expert of experts) {
      await typeIn(sme, sme.getByRole('textbox', { name: /^Email del valutatore/ }), expert.email);
      await press(sme, sme.getByRole('button', { name: 'Assegna', exact: true }));
      await sme.getByText(`${expert.email} è ora valutatore.`).waitFor();
    }
    const evaluators = sme.getByRole('table', { name: 'Valutatori assegnati e avanzamento' });
    for (const expert of experts)
      await evaluators.getByRole('rowheader', { name: new RegExp(`^${expert.name}`) }).waitFor();

    // 5. both evaluators score both proposals on the board (the startup better)
    for (const page of expertPages) {
      await page.goto(`${baseUrl()}/challenges/${challengeId}`);
      await press(page, page.getByRole('link', { name: 'Valuta le proposte' }));
      await page.getByRole('heading', { level: 2, name: 'Le proposte da valutare' }).waitFor();
      await score(page, STARTUP, [5, 4]);
      await score(page, LAB, [3, 3]);
      await page.getByText('Hai valutato 2 proposte su 2.').waitFor();
    }

    // 6. the SME locks, reads the ranking, shortlists, awards and sends feedback
    await sme.reload();
    const progress = sme.getByRole('table', { name: /^Proposte inviate/ });
    for (const organisation of [STARTUP, LAB])
      await progress.getByRole('row', { name: new RegExp(`^${organisation} 2 di 2`) }).waitFor();
    await press(sme, sme.getByRole('button', { name: 'Blocca la valutazione' }));
    await press(
      sme,
      sme.getByRole('dialog', { name: 'Bloccare la valutazione?' }).getByRole('button', {
        name: 'Blocca',
        exact: true,
      }),
    );
    const ranking = sme.getByRole('table', { name: /^Graduatoria per media pesata/ });
    await ranking.waitFor();
    const rows = ranking.getByRole('row');
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toBe(STARTUP);
    expect(await rows.nth(2).getByRole('rowheader').textContent()).toBe(LAB);
    for (const organisation of [STARTUP, LAB]) {
      const shortlist = ranking.getByRole('checkbox', { name: `In rosa: ${organisation}` });
      await shortlist.focus();
      await sme.keyboard.press('Space');
      await shortlist.and(sme.locator(':checked')).waitFor();
      await shortlist.and(sme.locator(':enabled')).waitFor();
    }
    await press(sme, sme.getByRole('button', { name: 'Scegli i vincitori…' }));
    const award = sme.getByRole('dialog', { name: 'Aggiudica la sfida' });
    await award.getByRole('checkbox', { name: `1. ${STARTUP}` }).focus();
    await sme.keyboard.press('Space');
    await press(sme, award.getByRole('button', { name: 'Aggiudica a 1 proposta' }));
    await sme.getByText('Sfida aggiudicata.').waitFor();
    await ranking.getByRole('row', { name: new RegExp(`^1 ${STARTUP} .*Vincitrice`) }).waitFor();

    const feedback = {
      [STARTUP]: 'Soluzione convincente: partiamo con il pilota a marzo.',
      [LAB]: 'Ottimo approccio, ma il TRL è ancora basso per noi.',
    };
    await typeIn(
      sme,
      sme.getByRole('textbox', { name: `Riscontro per ${STARTUP} (vincitrice)` }),
      feedback[STARTUP],
    );
    await typeIn(
      sme,
      sme.getByRole('textbox', { name: `Riscontro per ${LAB} (in rosa)` }),
      feedback[LAB],
    );
    await press(sme, sme.getByRole('button', { name: 'Invia 2 riscontri' }));
    await sme.getByText('2 riscontri inviati.').waitFor();

    // 7. each submitter sees its own outcome and feedback on the results page
    for (const [page, organisation, outcome] of [
      [startup, STARTUP, 'vincitrice'],
      [lab, LAB, 'in rosa'],
    ] as const) {
      await page.goto(`${baseUrl()}/challenges/${challengeId}`);
      await press(page, page.getByRole('link', { name: 'Risultati', exact: true }));
      const mine = page.getByRole('region', { name: 'La proposta della tua organizzazione' });
      const card = mine.locator('.card', {
        has: page.getByRole('heading', { level: 3, name: organisation }),
      });
      await card.getByText(`Esito: ${outcome}`).waitFor();
      await card.getByText(feedback[organisation]).waitFor();
      // the other submitter's feedback is not theirs to read
      const other = organisation === STARTUP ? LAB : STARTUP;
      expect(await page.getByText(feedback[other]).count()).toBe(0);
    }

    // … and an anonymous visitor sees the winning organisation
    const visitor = await people.browser().newPage();
    await visitor.goto(`${baseUrl()}/challenges/${challengeId}/results`);
    const winners = visitor.getByRole('region', { name: 'Vincitori' });
    await winners.getByRole('link', { name: STARTUP }).waitFor();
    expect(await winners.getByRole('listitem').count()).toBe(1);
    expect(await visitor.getByText(feedback[STARTUP]).count()).toBe(0);
    await visitor.close();

    // 8. the API: awarded, with every step in the audit trail
    const { challenge } = await graphql<{
      challenge: { status: string; timeline: { action: string; from: string; to: string }[] };
    }>(
      sme.context(),
      `
        query ($id: ID!) {
          challenge(id: $id) {
            status
            timeline {
              action
              from
              to
            }
          }
        }
      `,
      { id: challengeId },
    );
    expect(challenge.status).toBe('AWARDED');
    expect(challenge.timeline.map((step) => [step.action, step.from, step.to])).toEqual([
      ['SUBMIT_FOR_REVIEW', 'DRAFT', 'IN_REVIEW'],
      ['APPROVE', 'IN_REVIEW', 'PUBLISHED'],
      ['CLOSE', 'PUBLISHED', 'CLOSED'],
      ['START_EVALUATION', 'CLOSED', 'EVALUATION'],
      ['AWARD', 'EVALUATION', 'AWARDED'],
    ]);
  });
});
