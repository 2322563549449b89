import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, seriousA11yViolations, signInContext } from '../harness/browser';

/** A datetime-local value 60 days ahead (the API wants a future deadline to publish). */
function futureDeadline(): string {
  const date = new Date(Date.now() + 60 * 86400_000);
  return `${date.toISOString().slice(0, 10)}T18:00`;
}

/** Focuses a control and types into it: the keyboard, not fill(). */
async function typeInto(page: Page, label: RegExp | string, text: string) {
  const field = page.getByRole('textbox', { name: label }).first();
  await field.focus();
  await page.keyboard.type(text);
}

describe('challenges in the browser: draft → review → published', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the SME drafts and submits with the keyboard, the moderator approves, everyone sees it', async () => {
    const title = `Manutenzione predittiva dei mandrini ${Date.now()}`;

    // the SME manager (owner of Meccanica Brianzola in the demo data)
    const sme = await browser.newContext();
    await signInContext(sme, 'pmi@demo.oip.it');
    const page = await sme.newPage();
    await page.goto(`${baseUrl()}/challenges`);
    const post = page.getByRole('link', { name: 'Pubblica una sfida per Meccanica Brianzola' });
    await post.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nuova sfida' }).waitFor();

    await typeInto(page, 'Titolo', title);
    await typeInto(page, /^Sintesi/, 'Prevedere i guasti dei mandrini CNC dai dati di vibrazione.');
    await typeInto(page, /^Il problema/, 'Fermi macchina **non pianificati** ogni mese.');
    // the live preview renders the markdown as readers will see it
    await page.locator('.preview strong', { hasText: 'non pianificati' }).waitFor();
    await page.getByLabel(/^Scadenza/).fill(futureDeadline());
    await typeInto(page, /^Etichette/, 'manutenzione predittiva, vibrazioni');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Salva la bozza' }).focus();
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Invia in revisione' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Conferma: Invia in revisione' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Fatto: Invia in revisione.').waitFor();
    await page.locator('main .badge', { hasText: 'In revisione' }).waitFor();
    await sme.close();

    // the moderator finds it in the review queue and approves it
    const moderation = await browser.newContext();
    await signInContext(moderation, 'moderatore@demo.oip.it');
    const moderator = await moderation.newPage();
    await moderator.goto(`${baseUrl()}/moderation/challenges`);
    await moderator.getByRole('link', { name: title }).click();
    await moderator.getByRole('button', { name: 'Approva e pubblica' }).click();
    await moderator.getByRole('button', { name: 'Conferma: Approva e pubblica' }).click();
    await moderator.locator('main .badge', { hasText: 'Pubblicata' }).waitFor();
    // the audit trail shows both steps
    const timeline = moderator.locator('#timeline');
    await timeline.getByText('Invia in revisione').waitFor();
    await timeline.getByText('Approva e pubblica').waitFor();
    await moderation.close();

    // an anonymous visitor finds it in the public list
    const visitor = await browser.newPage();
    await visitor.goto(`${baseUrl()}/challenges?q=mandrini`);
    await visitor.getByRole('link', { name: title }).waitFor();
    await visitor.close();
  });
});
