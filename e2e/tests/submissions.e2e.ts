import type { Browser, Locator, Page } from 'playwright-core';
import {
  createDraftProposal,
  DEMO_ORGANISATIONS,
  graphqlBody,
  outsiderContext,
  publishedChallenge,
  signedInContext,
  storedProposal,
  submitProposal,
} from '../harness/api';
import { baseUrl, launchBrowser, seriousA11yViolations } from '../harness/browser';

/** Activates a control with the keyboard: focus, then Enter. */
async function press(page: Page, control: Locator) {
  await control.focus();
  await page.keyboard.press('Enter');
}

/** Replaces a field's text with the keyboard. */
async function retype(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const approachField = (page: Page) =>
  page.getByRole('textbox', { name: 'Approccio e soluzione', exact: true });

/** The polite autosave line once it says "Salvata alle HH:MM". */
async function waitForSaved(page: Page) {
  const status = page.locator('.autosave-status', { hasText: /^Salvata alle \d\d:\d\d$/ });
  await status.waitFor();
  expect(await status.getAttribute('role')).toBe('status');
  expect(await status.getAttribute('aria-live')).toBe('polite');
}

const submissionPage = (challengeId: string) => `${baseUrl()}/challenges/${challengeId}/submission`;

describe('proposals in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a startup finishes its draft with the keyboard, autosaved, submits it and withdraws it', async () => {
    const challengeId = await publishedChallenge(browser, `Presse da monitorare ${Date.now()}`);
    const context = await signedInContext(browser, 'startup@demo.oip.it');
    const draft = await createDraftProposal(context, challengeId, DEMO_ORGANISATIONS.startup);
    const page = await context.newPage();

    await page.goto(`${baseUrl()}/challenges/${challengeId}`);
    await press(page, page.getByRole('link', { name: 'Continua la tua bozza' }));
    await page.getByRole('heading', { level: 1, name: /^La tua proposta per/ }).waitFor();
    // startup@ is in two organisations: the one with the draft is chosen
    const onBehalfOf = page.getByRole('combobox', { name: 'Rispondi a nome di' });
    expect(await onBehalfOf.inputValue()).toBe(DEMO_ORGANISATIONS.startup);

    const approach = approachField(page);
    await approach.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Poi aggiungiamo **tre sensori** per pressa.');
    // the live preview renders the markdown
    await page.locator('.markdown-preview strong', { hasText: 'tre sensori' }).waitFor();
    await waitForSaved(page);

    await page.reload();
    const expected = 'Partiamo dai dati PLC esistenti. Poi aggiungiamo **tre sensori** per pressa.';
    await approachField(page).waitFor();
    expect(await approachField(page).inputValue()).toBe(expected);

    await press(page, page.getByRole('button', { name: 'Invia la proposta' }));
    const confirmSubmit = page.getByRole('dialog', { name: 'Inviare la proposta?' });
    await confirmSubmit.getByText('a nome di Agrisense').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await press(page, confirmSubmit.getByRole('button', { name: 'Invia la proposta' }));
    await page.getByText('Proposta inviata.').waitFor();
    await page.locator('.submission-state', { hasText: /^Inviata — inviata il / }).waitFor();

    await press(page, page.getByRole('link', { name: 'Torna alla sfida' }));
    await page.getByText(/^Proposta inviata il \d+ \w+ \d{4}/).waitFor();
    expect(await page.getByRole('link', { name: 'Continua la tua bozza' }).count()).toBe(0);

    await press(page, page.getByRole('link', { name: 'Vedi la proposta' }));
    await press(page, page.getByRole('button', { name: 'Ritira la proposta' }));
    const confirmWithdraw = page.getByRole('dialog', { name: 'Ritirare la proposta?' });
    await press(page, confirmWithdraw.getByRole('button', { name: 'Ritira la proposta' }));
    await page.getByText('Proposta ritirata.').waitFor();
    await page.locator('.submission-state', { hasText: /^Ritirata$/ }).waitFor();

    const stored = await storedProposal(context, draft.id);
    expect(stored).toMatchObject({ status: 'WITHDRAWN', approach: expected });
    await context.close();
  });

  it('two members edit the same draft: the second sees both texts and keeps theirs on top', async () => {
    const challengeId = await publishedChallenge(browser, `Modifiche concorrenti ${Date.now()}`);
    const first = await signedInContext(browser, 'startup@demo.oip.it');
    const second = await signedInContext(browser, 'startup@demo.oip.it');
    const draft = await createDraftProposal(first, challengeId, DEMO_ORGANISATIONS.startup);
    const pageA = await first.newPage();
    const pageB = await second.newPage();
    for (const page of [pageA, pageB]) {
      await page.goto(submissionPage(challengeId));
      await approachField(page).waitFor();
    }

    await retype(pageA, approachField(pageA), 'Il testo di A: sensori wireless.');
    await waitForSaved(pageA);
    await retype(pageB, approachField(pageB), 'Il testo di B: sensori cablati.');

    // B's autosave meets A's newer version: both texts side by side, focus on the heading
    const heading = pageB.getByRole('heading', {
      level: 2,
      name: 'Qualcuno ha salvato una versione più recente',
    });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const conflict = pageB.locator('.conflict-field', { hasText: 'Approccio e soluzione' });
    await conflict.getByText('Il testo di B: sensori cablati.').waitFor();
    await conflict.getByText('Il testo di A: sensori wireless.').waitFor();
    await conflict.getByText(`Testo salvato (versione ${draft.version + 1})`).waitFor();
    expect(await seriousA11yViolations(pageB)).toEqual([]);
    // nothing was overwritten yet
    expect((await storedProposal(second, draft.id)).approach).toBe(
      'Il testo di A: sensori wireless.',
    );

    await press(pageB, pageB.getByRole('button', { name: 'Tieni il mio testo' }));
    await waitForSaved(pageB);
    expect(await approachField(pageB).inputValue()).toBe('Il testo di B: sensori cablati.');
    expect(await storedProposal(second, draft.id)).toMatchObject({
      approach: 'Il testo di B: sensori cablati.',
      version: draft.version + 2,
    });
    await first.close();
    await second.close();
  });

  describe('confidentiality', () => {
    const draftSummary = 'Bozza riservata di Agrisense: da non mostrare a nessuno.';
    let challengeId: string;
    let labProposal: string;
    let startupDraft: string;
    beforeAll(async () => {
      challengeId = await publishedChallenge(browser, `Proposte riservate ${Date.now()}`);
      const lab = await signedInContext(browser, 'ricerca@demo.oip.it');
      const draft = await createDraftProposal(lab, challengeId, DEMO_ORGANISATIONS.lab, {
        summary: 'Gemello digitale delle presse del laboratorio.',
      });
      await submitProposal(lab, draft);
      labProposal = draft.id;
      const startup = await signedInContext(browser, 'startup@demo.oip.it');
      startupDraft = (
        await createDraftProposal(startup, challengeId, DEMO_ORGANISATIONS.startup, {
          summary: draftSummary,
        })
      ).id;
      await lab.close();
      await startup.close();
    });

    it('the owner sees the submitted proposal, never a draft', async () => {
      const context = await signedInContext(browser, 'pmi@demo.oip.it');
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/challenges/${challengeId}`);
      const section = page.getByRole('region', { name: 'Proposte ricevute (1)' });
      await section
        .getByRole('heading', { level: 3, name: 'Laboratorio di Robotica Collaborativa' })
        .waitFor();
      await section.getByText('Gemello digitale delle presse del laboratorio.').waitFor();
      expect(await page.getByText('Agrisense').count()).toBe(0);
      expect(await page.getByText(draftSummary).count()).toBe(0);
      await context.close();
    });

    it('a member of an unrelated organisation finds nothing of the proposals', async () => {
      const context = await outsiderContext(browser);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/challenges/${challengeId}`);
      await page.getByRole('link', { name: 'Rispondi alla sfida' }).waitFor();
      expect(await page.getByRole('region', { name: /^Proposte ricevute/ }).count()).toBe(0);

      // the proposal link opens their own organisation's empty form, nobody else's text
      await page.goto(submissionPage(challengeId));
      await page.getByText('Rispondi a nome di Officine Esterne.').waitFor();
      expect(await approachField(page).inputValue()).toBe('');
      expect(await page.getByText(/Gemello digitale|Bozza riservata/).count()).toBe(0);

      // a proposal's address: not found, in the app and in the API
      await page.goto(`${baseUrl()}/submissions/${labProposal}`);
      await page.getByRole('heading', { level: 1, name: 'Pagina non trovata' }).waitFor();
      for (const id of [labProposal, startupDraft]) {
        const body = await graphqlBody(context, `query ($id: ID!) { submission(id: $id) { id } }`, {
          id,
        });
        expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }

      // the proposal link of a challenge for invited organisations only: the not-found state
      const invitedOnly = await publishedChallenge(browser, `Solo su invito ${Date.now()}`, {
        visibility: 'INVITED',
        invitedOrganisationIds: [DEMO_ORGANISATIONS.lab],
      });
      await page.goto(submissionPage(invitedOnly));
      await page.getByRole('heading', { level: 1, name: 'Sfida non trovata' }).waitFor();
      await context.close();
    });
  });
});
