import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, seriousA11yViolations, signInContext } from '../harness/browser';

describe('platform administration in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the demo admin promotes a person to moderator, with the keyboard', async () => {
    const context = await browser.newContext();
    await signInContext(context, 'admin@demo.oip.it');
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Amministrazione' }).click();
    await page.getByRole('heading', { level: 1, name: 'Amministrazione: persone' }).waitFor();

    await page.getByRole('searchbox', { name: 'Nome o email' }).fill('giovanni');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '1 account mostrato' }).waitFor();
    const role = page.getByRole('combobox', { name: 'Ruolo di Giovanni Bruno' });
    await role.focus();
    await role.selectOption('MODERATOR');
    const dialog = page.getByRole('dialog', { name: 'Cambiare il ruolo di Giovanni Bruno?' });
    await dialog.getByText('da «Membro» a «Moderatore»').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Conferma' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Giovanni Bruno ora è «Moderatore».').waitFor();

    // stored: the moderators filter finds him after a reload
    await page.reload();
    // every account is listed first (by name: Alessia Barbieri, a member, leads), and stays
    // (busy) until the moderators arrive
    const member = page.getByRole('rowheader', { name: 'Alessia Barbieri' });
    await member.waitFor();
    await page.getByLabel('Ruolo', { exact: true }).selectOption('MODERATOR');
    await page.getByRole('button', { name: 'Cerca' }).click();
    await member.waitFor({ state: 'detached' });
    await page.getByRole('rowheader', { name: 'Giovanni Bruno' }).waitFor();
    expect(await role.inputValue()).toBe('MODERATOR');
    await context.close();
  });

  it('tells a person who is not an admin that the page is not for them', async () => {
    const context = await browser.newContext();
    await signInContext(context, 'moderatore@demo.oip.it');
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/admin/people`);
    await page
      .getByText('Questa pagina è riservata agli amministratori della piattaforma.')
      .waitFor();
    expect(await page.getByRole('link', { name: 'Amministrazione' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
