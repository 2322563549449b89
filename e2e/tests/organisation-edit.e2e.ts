import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, seriousA11yViolations } from '../harness/browser';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWPgjrLBihiGlgQArmkoQdxAqx0AAAAASUVORK5CYII=',
  'base64',
);

describe('editing an organisation in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('an admin uploads the logo and moves the lab under another unit, seen in the hierarchy', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('textbox', { name: /Email/ }).fill('ricerca@demo.oip.it');
    await page.getByLabel(/^Password/).fill('Innovazione-Lombardia-2026');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('link', { name: 'Marco Ferrari' }).waitFor();

    await page.goto(`${baseUrl()}/organisations/0d000000-0000-4000-8000-000000000004/edit`);
    await page
      .getByRole('heading', { level: 1, name: /Modifica Laboratorio di Robotica Collaborativa/ })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page
      .getByLabel('Scegli il logo')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Logo aggiornato.').waitFor();

    await page.getByRole('searchbox', { name: 'Cerca per nome' }).fill('politecnico');
    await page.getByLabel('Fa parte di').selectOption({ label: 'Politecnico dell’Adda' });
    await page.getByRole('button', { name: 'Salva le modifiche' }).click();
    // exact: the editor's heading ("Modifica Laboratorio di …") would match at once
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Laboratorio di Robotica Collaborativa',
        exact: true,
      })
      .waitFor();
    await page
      .getByRole('img', { name: 'Logo di Laboratorio di Robotica Collaborativa' })
      .waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Politecnico dell’Adda' }).click();
    await page.getByRole('heading', { level: 2, name: 'Strutture interne' }).waitFor();
    await page.getByRole('link', { name: 'Laboratorio di Robotica Collaborativa' }).waitFor();
    await context.close();
  });
});
