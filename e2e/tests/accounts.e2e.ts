import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, seriousA11yViolations } from '../harness/browser';

/** The verification link of the latest mail to `email`, read from the dev outbox (/dev/mailbox.json). */
async function linkFromOutbox(email: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${baseUrl()}/dev/mailbox.json?to=${encodeURIComponent(email)}`);
    const mails = (await response.json()) as { text: string }[];
    const match = mails[0]?.text.match(new RegExp(`https?://[^\\s]+${path}\\?token=[\\w%-]+`));
    if (match) return match[0].replace(/^https?:\/\/[^/]+/, baseUrl());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${path} mail for ${email}`);
}

async function signUp(page: Page, email: string, fullName: string) {
  await page.goto(`${baseUrl()}/sign-up`);
  await page.getByRole('textbox', { name: /Nome e cognome/ }).fill(fullName);
  await page.getByRole('textbox', { name: /Email/ }).fill(email);
  await page.getByLabel(/^Password/).fill('correct horse battery staple');
  await page.getByRole('checkbox', { name: 'Accetto i termini d’uso' }).check();
  await page.getByRole('checkbox', { name: 'Ho letto l’informativa privacy' }).check();
  await page.getByRole('button', { name: 'Crea l’account' }).click();
  await page.getByRole('heading', { name: 'Controlla la tua email' }).waitFor();
}

describe('account journey in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterEach(() => context.close());

  it('signs up, verifies from the mail, creates an organisation, and a colleague joins by invitation', async () => {
    const email = `giulia.${Date.now()}@polimi.it`;
    await page.goto(`${baseUrl()}/sign-up`);
    await page.getByRole('textbox', { name: /Nome e cognome/ }).fill('Giulia Rossi');
    await page.getByRole('textbox', { name: /Email/ }).fill(email);
    await page.getByLabel(/^Password/).fill('correct horse battery staple');
    await page.getByRole('checkbox', { name: 'Accetto i termini d’uso' }).check();
    await page.getByRole('checkbox', { name: 'Ho letto l’informativa privacy' }).check();
    await page.getByRole('button', { name: 'Crea l’account' }).click();
    await page.getByRole('heading', { name: 'Controlla la tua email' }).waitFor();

    await page.goto(await linkFromOutbox(email, '/verify-email'));
    await page.getByText('Grazie Giulia Rossi, il tuo indirizzo è confermato').waitFor();
    await page.getByRole('link', { name: 'Giulia Rossi' }).waitFor(); // signed in: the header shows the name

    await page.getByRole('link', { name: 'Crea la tua organizzazione' }).click();
    await page.getByRole('heading', { level: 1, name: 'Crea un’organizzazione' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Tipo di organizzazione').selectOption('sme');
    await page.getByRole('textbox', { name: /Ragione sociale/ }).fill('Meccanica Brianzola S.r.l.');
    await page.getByRole('textbox', { name: /Nome da mostrare/ }).fill('Meccanica Brianzola');
    await page.getByRole('textbox', { name: /Partita IVA/ }).fill('00743110158'); // wrong check digit
    await page.getByLabel('Provincia').selectOption('MB');
    await page.getByRole('checkbox', { name: 'Manifattura avanzata' }).check();
    await page.getByRole('button', { name: 'Crea l’organizzazione' }).click();
    await page
      .getByText('Partita IVA non valida: controlla le cifre (o il prefisso del paese UE).')
      .waitFor();
    expect(
      await page.getByRole('textbox', { name: /Partita IVA/ }).getAttribute('aria-invalid'),
    ).toBe('true');

    await page.getByRole('textbox', { name: /Partita IVA/ }).fill(''); // optional: leave it empty
    await page.getByRole('button', { name: 'Crea l’organizzazione' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meccanica Brianzola' }).waitFor();
    await page.getByText('Giulia Rossi — proprietario').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // invite a colleague, who signs up, verifies, follows the invitation and becomes a member
    const colleague = `luca.${Date.now()}@polimi.it`;
    await page.getByRole('textbox', { name: /Email del collega/ }).fill(colleague);
    await page.getByRole('button', { name: 'Invia l’invito' }).click();
    await page.getByText(`${colleague} — membro`).waitFor();
    const invitationLink = await linkFromOutbox(colleague, '/invitations/accept');

    const other = await browser.newContext();
    const colleaguePage = await other.newPage();
    await signUp(colleaguePage, colleague, 'Luca Verdi');
    await colleaguePage.goto(await linkFromOutbox(colleague, '/verify-email'));
    await colleaguePage.getByText('Grazie Luca Verdi').waitFor();
    await colleaguePage.goto(invitationLink);
    await colleaguePage
      .getByText(/Giulia Rossi ti invita in Meccanica Brianzola come membro/)
      .waitFor();
    expect(await seriousA11yViolations(colleaguePage)).toEqual([]);
    await colleaguePage.getByRole('button', { name: 'Accetta l’invito' }).click();
    await colleaguePage.getByRole('heading', { level: 1, name: 'Meccanica Brianzola' }).waitFor();
    await colleaguePage.getByText('Luca Verdi — membro').waitFor();
    await other.close();

    await page.reload();
    await page.getByText('Luca Verdi — membro').waitFor();
  });

  it('refuses a wrong password with a clear message, and signs in and out', async () => {
    const email = `marco.${Date.now()}@unimi.it`;
    await page.goto(`${baseUrl()}/sign-up`);
    await page.getByRole('textbox', { name: /Nome e cognome/ }).fill('Marco Bianchi');
    await page.getByRole('textbox', { name: /Email/ }).fill(email);
    await page.getByLabel(/^Password/).fill('another long passphrase');
    await page.getByRole('checkbox', { name: 'Accetto i termini d’uso' }).check();
    await page.getByRole('checkbox', { name: 'Ho letto l’informativa privacy' }).check();
    await page.getByRole('button', { name: 'Crea l’account' }).click();
    await page.getByRole('heading', { name: 'Controlla la tua email' }).waitFor();

    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('textbox', { name: /Email/ }).fill(email);
    await page.getByLabel(/^Password/).fill('wrong passphrase here');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('alert').filter({ hasText: 'Email o password non corretti.' }).waitFor();
    await page.getByLabel(/^Password/).fill('another long passphrase');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('link', { name: 'Marco Bianchi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Il mio account' }).waitFor();
    await page.getByText('questo dispositivo').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Esci', exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Accedi', exact: true }).waitFor();
    expect(await page.evaluate(() => location.pathname)).toBe('/');
  });
});
