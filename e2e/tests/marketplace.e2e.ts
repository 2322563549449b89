import { DEMO_ORGANISATIONS, graphql, registeredPersonContext } from '../harness/api';
import { baseUrl, seriousA11yViolations } from '../harness/browser';
import { press } from '../harness/keyboard';
import { browserForPeople } from '../harness/people';

describe("an organisation's offers and requests, in every status its members may see", () => {
  const people = browserForPeople();

  it('pmi@ finds its draft request from its organisation page; a visitor sees only published ones', async () => {
    const { page } = await people.person('pmi@demo.oip.it');
    await page.goto(`${baseUrl()}/organisations/${DEMO_ORGANISATIONS.sme}`);
    await page.getByRole('heading', { level: 2, name: 'Offerte e richieste' }).waitFor();
    // the navigation counts the proposals waiting for pmi@ (the seeded one from the Politecnico)
    await page.getByRole('link', { name: /^Partnership\s*\d+ propost[ae] da decidere$/ }).waitFor();
    await press(
      page,
      page.getByRole('link', { name: 'Richieste di collaborazione dell’organizzazione' }),
    );

    // the list of the SME's requests, drafts included, each with its status
    await page.getByText('Richieste di Meccanica Brianzola').waitFor();
    const results = page.getByRole('list', { name: 'Risultati' });
    const draft = results
      .getByRole('listitem')
      .filter({ hasText: 'Automazione del carico macchine' });
    await draft.getByText('Bozza', { exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // drafts only, with the keyboard
    await page.getByRole('combobox', { name: 'Stato' }).selectOption({ label: 'Bozza' });
    await press(page, page.getByRole('button', { name: 'Cerca', exact: true }));
    await page.waitForURL(/status=draft/);
    // the previous results stay (busy) until the drafts arrive
    await results.getByText('Pubblicata', { exact: true }).first().waitFor({ state: 'detached' });
    await draft.waitFor();
    expect(await results.getByText('Pubblicata', { exact: true }).count()).toBe(0);
    await press(page, draft.getByRole('link', { name: 'Automazione del carico macchine' }));
    await page
      .getByRole('heading', { level: 1, name: 'Automazione del carico macchine' })
      .waitFor();

    // a visitor following the same link sees no draft
    const visitor = await people.browser().newPage();
    await visitor.goto(`${baseUrl()}/requests?organisation=${DEMO_ORGANISATIONS.sme}&status=all`);
    await visitor
      .getByRole('status')
      .filter({ hasText: /mostrat/ })
      .waitFor();
    expect(await visitor.getByText('Automazione del carico macchine').count()).toBe(0);
    // nor a status choice that could only ever find nothing for them
    expect(await visitor.getByRole('combobox', { name: 'Stato' }).count()).toBe(0);
    await visitor.close();
  });

  it('pmi@ deletes a draft request it will not publish, after confirming, with the keyboard', async () => {
    const { context, page } = await people.person('pmi@demo.oip.it');
    const title = `Bozza da eliminare ${Date.now()}`;
    const { createCollaborationRequest: draft } = await graphql<{
      createCollaborationRequest: { id: string };
    }>(
      context,
      `
        mutation ($org: ID!, $input: CollaborationRequestInput!) {
          createCollaborationRequest(organisationId: $org, input: $input) {
            id
          }
        }
      `,
      {
        org: DEMO_ORGANISATIONS.sme,
        input: {
          titleIt: title,
          titleEn: '',
          descriptionIt: 'Una richiesta scritta per errore.',
          descriptionEn: '',
          s3Ecosystems: ['advanced_manufacturing'],
          atecoSections: ['C'],
          tags: ['robotica'],
          partnershipTypes: ['joint_rnd'],
          partnerKinds: ['university'],
          trlMin: 4,
          trlMax: 6,
          acceptsLowerTrl: false,
          budgetBand: '50k_250k',
        },
      },
    );
    // from the organisation's page, as its members reach their drafts
    await page.goto(`${baseUrl()}/organisations/${DEMO_ORGANISATIONS.sme}`);
    await page.getByRole('heading', { level: 2, name: 'Offerte e richieste' }).waitFor();
    await page.goto(`${baseUrl()}/requests/${draft.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await press(page, page.getByRole('button', { name: 'Elimina bozza' }));
    const dialog = page.getByRole('dialog', { name: 'Eliminare la bozza?' });
    await press(page, dialog.getByRole('button', { name: 'Sì, elimina' }));

    // back to the organisation's items, drafts included: the deleted one is not among them
    await page.waitForURL(/\/requests\?organisation=.*status=all/);
    await page.getByText('Bozza eliminata.').waitFor();
    await page.getByText('Richieste di Meccanica Brianzola').waitFor();
    const results = page.getByRole('list', { name: 'Risultati' });
    await results.getByText('Automazione del carico macchine').waitFor();
    expect(await results.getByText(title).count()).toBe(0);
    // the deleted page left the history: Back goes to the page before it
    await page.goBack();
    await page.waitForURL(/\/organisations\//);
    await page.goto(`${baseUrl()}/requests/${draft.id}`);
    await page.getByRole('heading', { level: 1, name: 'Pagina non trovata' }).waitFor();
  });

  it('a bookmarked "new offer" address opens the editor for the one organisation pmi@ administers', async () => {
    const { page } = await people.person('pmi@demo.oip.it');
    await page.goto(`${baseUrl()}/offers/new`);
    await page.getByText('Per Meccanica Brianzola', { exact: false }).first().waitFor();
    await page.locator('main form').waitFor();

    // ricerca@ administers two: it chooses one, with the keyboard
    const research = (await people.person('ricerca@demo.oip.it')).page;
    await research.goto(`${baseUrl()}/requests/new`);
    const choose = research.getByRole('navigation', { name: 'Scegli l’organizzazione' });
    await press(
      research,
      choose.getByRole('link', { name: 'Laboratorio di Robotica Collaborativa' }),
    );
    await research
      .getByText('Per Laboratorio di Robotica Collaborativa', { exact: false })
      .waitFor();
    await research.locator('main form').waitFor();
    expect(await seriousA11yViolations(research)).toEqual([]);
  });

  it('shows visitors and people without an organisation the way forward', async () => {
    // a visitor on an offer: sign in, and come back to it
    const visitor = await people.browser().newPage();
    await visitor.goto(`${baseUrl()}/offers/7e000000-0000-4000-8000-000000000002`);
    await press(
      visitor,
      visitor.getByRole('link', {
        name: 'Accedi per vedere le corrispondenze e manifestare interesse',
      }),
    );
    await visitor.waitForURL(/\/sign-in\?returnTo=%2Foffers%2F7e000000/);
    await visitor.close();

    // someone new, in no organisation: "For you" says how to get one
    const context = people.keep(
      await registeredPersonContext(
        people.browser(),
        `senza-organizzazione-${Date.now()}@example.org`,
        'Nadia Nuova',
      ),
    );
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/for-you`);
    await press(page, page.getByRole('link', { name: 'Crea l’organizzazione' }));
    await page.waitForURL(/\/organisations\/new$/);
    await page.goto(`${baseUrl()}/partnerships`);
    await page
      .getByRole('link', { name: 'Cerca la tua organizzazione nell’elenco e chiedi di entrarvi' })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('"show more" takes the keyboard to the first offer it brought', async () => {
    const page = await people.browser().newPage();
    await page.goto(`${baseUrl()}/offers`);
    const cards = page.locator('main ul.card-grid > li'); // the cards, not their chips' items
    await cards.first().waitFor();
    const before = await cards.count();
    await press(page, page.getByRole('button', { name: 'Mostra altri' }));
    await cards.nth(before).waitFor();
    await page
      .waitForFunction((index) => {
        const rows = document.querySelectorAll('main ul.card-grid > li');
        return rows.item(index)?.contains(document.activeElement);
      }, before)
      .catch(async () => {
        throw new Error(
          `focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`,
        );
      });
    await page.close();
  });

  it("an offer's page leads to its matches by an in-page link, like a challenge's", async () => {
    const { page } = await people.person('pmi@demo.oip.it');
    await page.goto(`${baseUrl()}/offers/7e000000-0000-4000-8000-000000000002`);
    const sections = page.getByRole('navigation', { name: 'Sezioni della scheda' });
    await press(page, sections.getByRole('link', { name: 'Corrispondenze' }));
    await page.waitForURL(/#matches$/);
    const first = page.locator('#matches .match-list > li').first();
    await first.waitFor();

    // "Not relevant" by mistake: Undo puts it back, for good (after a reload too)
    const title = (await first.getByRole('heading', { level: 3 }).textContent())!;
    await press(page, first.getByRole('button', { name: /^Non pertinente/ }));
    const matches = page.locator('#matches');
    await matches.getByRole('status').filter({ hasText: 'rimosso' }).waitFor();
    await matches.getByRole('link', { name: title, exact: true }).waitFor({ state: 'detached' });
    await press(page, matches.getByRole('button', { name: /^Annulla/ }));
    await matches.getByRole('link', { name: title, exact: true }).waitFor();
    await page.reload();
    await page.locator('#matches').getByRole('link', { name: title, exact: true }).waitFor();
  });
});
