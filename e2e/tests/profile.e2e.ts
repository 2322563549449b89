import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, seriousA11yViolations } from '../harness/browser';

// A valid 8×8 PNG: the API sniffs, re-encodes and crops it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWPgjrLBihiGlgQArmkoQdxAqx0AAAAASUVORK5CYII=',
  'base64',
);

describe('profile and people directory in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a demo researcher fills in the profile and picture, and is found in the directory', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in?returnTo=/account/profile`);
    await page.getByRole('textbox', { name: /Email/ }).fill('ricerca@demo.oip.it');
    await page.getByLabel(/^Password/).fill('Innovazione-Lombardia-2026');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page
      .getByLabel('Scegli una foto')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Foto aggiornata.').waitFor();
    await page.getByRole('img', { name: 'Foto di Marco Ferrari' }).waitFor();

    await page
      .getByRole('textbox', { name: /Qualifica in una riga/ })
      .fill('Ricercatore in robotica collaborativa');
    await page.getByRole('textbox', { name: /Competenze/ }).fill('robotica, visione artificiale');
    await page.getByRole('textbox', { name: /Lingue/ }).fill('it, en, xx');
    await page.getByLabel('Chi vede il profilo').selectOption('PUBLIC');
    await page.getByRole('button', { name: 'Salva le modifiche' }).click();
    await page
      .getByText('Scegli al massimo 10 lingue, con il codice ISO a due lettere (es. it, en).')
      .waitFor();
    await page.getByRole('textbox', { name: /Lingue/ }).fill('it, en');
    await page.getByRole('button', { name: 'Salva le modifiche' }).click();
    await page.getByText('Profilo salvato.').waitFor();

    const visitorContext = await browser.newContext(); // anonymous: the profile is public now
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${baseUrl()}/people`);
    // everyone is listed first, Marco Ferrari too, and stays (busy) until the search answers
    const notInRobotics = visitor.getByRole('link', { name: 'Laura Colombo' });
    await notInRobotics.waitFor();
    await visitor.getByRole('textbox', { name: 'Competenze' }).fill('robotica');
    await visitor.getByRole('button', { name: 'Cerca', exact: true }).click();
    await notInRobotics.waitFor({ state: 'detached' });
    await visitor.getByRole('link', { name: 'Marco Ferrari' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Marco Ferrari' }).waitFor();
    await visitor.getByText('Ricercatore in robotica collaborativa').waitFor();
    expect(await seriousA11yViolations(visitor)).toEqual([]);
    await visitorContext.close();
    await context.close();
  });
});
