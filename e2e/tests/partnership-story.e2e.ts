import type { Page } from 'playwright-core';
import { DEMO_ORGANISATIONS } from '../harness/api';
import { baseUrl } from '../harness/browser';
import { browserForPeople } from '../harness/people';
import { press, typeIn } from '../harness/keyboard';

const LAB = 'Laboratorio di Robotica Collaborativa';
const SME = 'Meccanica Brianzola';
/** Meccanica Brianzola's published request for visual inspection of turned parts (seed). */
const SME_REQUEST = '7f000000-0000-4000-8000-000000000001';

// two organisations, an offer written in the editor, the matches, the inbox: over a minute
jest.setTimeout(180_000);

describe('from a match to a partnership, in the browser', () => {
  const people = browserForPeople();
  const person = async (email: string) => (await people.person(email)).page;

  it('a lab publishes an offer → the SME sees it in its request’s matches → interest → accepted → active for both', async () => {
    const title = `Ispezione visiva in linea dei pezzi torniti ${Date.now()}`;
    const research = await person('ricerca@demo.oip.it');
    const sme = await person('pmi@demo.oip.it');

    // 1. ricerca@ writes and publishes an offer for its robotics lab, in the editor
    await research.goto(`${baseUrl()}/offers`);
    await research.getByRole('combobox', { name: 'Pubblica per' }).selectOption({ label: LAB });
    await press(research, research.getByRole('link', { name: 'Pubblica un’offerta' }));
    await research.getByRole('heading', { level: 1, name: 'Nuova offerta tecnologica' }).waitFor();
    await typeIn(research, research.getByRole('textbox', { name: 'Titolo', exact: true }), title);
    await typeIn(
      research,
      research.getByRole('textbox', { name: 'Descrizione', exact: true }),
      'Un sistema di visione artificiale che individua in linea graffi e bave sui pezzi torniti, ' +
        'per il controllo qualità e la riduzione degli scarti.',
    );
    await research
      .getByRole('combobox', { name: 'Livello di maturità tecnologica (TRL)' })
      .selectOption('6');
    for (const label of ['Manifattura avanzata', 'Attività manifatturiere'])
      await research.getByRole('checkbox', { name: label, exact: true }).check();
    await typeIn(
      research,
      research.getByRole('textbox', { name: 'Parole chiave' }),
      'visione artificiale, controllo qualità, torneria',
    );
    await press(research, research.getByRole('button', { name: 'Crea la bozza' }));
    await research.getByRole('heading', { level: 1, name: title }).waitFor();
    await press(research, research.getByRole('button', { name: 'Pubblica', exact: true }));
    await press(research, research.getByRole('button', { name: 'Sì, pubblica' }));
    await research.getByText('Pubblicata.').waitFor();

    // 2. pmi@ opens its request: the new offer is among the top matches, with its reasons
    await sme.goto(`${baseUrl()}/requests/${SME_REQUEST}`);
    const matches = sme.locator('#matches');
    const match = matches.locator('li.match-item', {
      has: sme.getByRole('link', { name: title, exact: true }),
    });
    await match.waitFor();
    await match.getByText(/tag in comune: .*visione artificiale/).waitFor();
    expect(await match.getByText(LAB).count()).toBeGreaterThan(0);

    // 3. the dialog works with the keyboard: Enter opens, Escape closes, focus comes back
    const express = match.getByRole('button', { name: /Manifesta interesse/ });
    await press(sme, express);
    const dialog = sme.getByRole('dialog', { name: `Manifesta interesse per «${title}»` });
    await dialog.waitFor();
    await sme.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await express.evaluate((el) => el === document.activeElement)).toBe(true);

    // … and sends the interest with a message
    await press(sme, express);
    await dialog.waitFor();
    // focus moved into the modal (the message field: pmi@ sends for one organisation only)
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await typeIn(
      sme,
      dialog.getByRole('textbox', { name: /Messaggio/ }),
      'Vorremmo provare il vostro sistema sulla nostra linea di torneria.',
    );
    await press(sme, dialog.getByRole('button', { name: 'Invia la manifestazione di interesse' }));
    await match.getByRole('link', { name: /Interesse inviato/ }).waitFor();
    await sme.getByText(`Manifestazione di interesse inviata a ${LAB}.`).waitFor();

    // 4. ricerca@ (admin of two organisations) follows the navigation's count to the lab's
    // Received box, where the proposal waits, and accepts it
    await research.goto(baseUrl());
    await press(
      research,
      research.getByRole('link', { name: /^Partnership\s*\d+ propost[ae] da decidere$/ }),
    );
    await research.getByRole('heading', { level: 1, name: 'Partnership' }).waitFor();
    await research
      .getByRole('combobox', { name: 'Organizzazione' })
      .getByRole('option', {
        name: new RegExp(`^${LAB} \\(\\d+ propost[ae] da decidere\\)$`),
        selected: true,
      })
      .waitFor({ state: 'attached' });
    await research.waitForURL(/box=received/);
    const received = research.locator('li.partnership-card', {
      has: research.getByRole('link', { name: title, exact: true }),
    });
    await received.waitFor();
    await received.getByText('Vorremmo provare il vostro sistema').waitFor();
    await received.getByRole('link', { name: SME }).waitFor();
    await press(research, received.getByRole('button', { name: /Accetta/ }));
    await press(research, research.getByRole('button', { name: 'Sì, accetta' }));
    await research.getByText('Partnership accettata.').waitFor();
    // the card leaves the Received box: the keyboard goes to a notice that says where the
    // partnership went (not to the top of the page), and leads there
    await received.waitFor({ state: 'detached' });
    const notice = research.locator('.partnership-box p.notice', { hasText: 'avviata' });
    await research
      .waitForFunction(() => document.activeElement?.textContent?.includes('avviata'))
      .catch(async () => {
        throw new Error(
          `focus on ${await research.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`,
        );
      });
    await press(research, notice.getByRole('link', { name: 'Apri la partnership' }));
    await research.getByRole('heading', { level: 1, name: `Partnership: ${title}` }).waitFor();
    await research.getByRole('link', { name: 'Apri la stanza' }).waitFor();

    // 5. both see the active partnership in their Active box
    await expectActive(
      research,
      `/partnerships?organisation=${DEMO_ORGANISATIONS.lab}`,
      title,
      SME,
    );
    await expectActive(sme, '/partnerships', title, LAB);
  });
});

/** The Active box at `path` lists the partnership on `title` with `partner`, active. */
async function expectActive(page: Page, path: string, title: string, partner: string) {
  await page.goto(`${baseUrl()}${path}`);
  await press(page, page.getByRole('link', { name: 'Attive e concluse', exact: true }));
  const card = page.locator('li.partnership-card', {
    has: page.getByRole('link', { name: title, exact: true }),
  });
  await card.waitFor();
  await card.getByText('Attiva', { exact: true }).waitFor();
  await card.getByRole('link', { name: partner }).waitFor();
  // its private room, one click from the inbox
  await card.getByRole('link', { name: /^Apri la stanza/ }).waitFor();
  expect(
    await page
      .getByRole('link', { name: 'Attive e concluse', exact: true })
      .getAttribute('aria-current'),
  ).toBe('page');
}
