import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from '../harness/browser';

/** The organisation directory over the demo data that `pnpm start` loads. */
describe('organisation directory in the browser', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(() => browser.close());

  const names = () =>
    page.getByRole('list', { name: 'Risultati' }).getByRole('heading').allInnerTexts();

  it('searches in Italian without accents and filters by province and TRL', async () => {
    await page.goto(`${baseUrl()}/organisations`);
    await page.getByRole('list', { name: 'Risultati' }).waitFor();
    expect((await names()).length).toBeGreaterThanOrEqual(16);

    await page.getByRole('searchbox', { name: 'Cerca' }).fill('universita robotica');
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    // the previous results stay (busy) until the new ones arrive: Agrisense is no university
    await page.getByRole('heading', { name: 'Agrisense' }).waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: /mostrat/ })
      .waitFor();
    const politecnico = page.getByRole('heading', { name: 'Politecnico dell’Adda' });
    await politecnico.waitFor();

    await page.getByRole('searchbox', { name: 'Cerca' }).fill('');
    await page.getByLabel('Provincia').selectOption('BS');
    await page.getByLabel('Tecnologie almeno a').selectOption('9');
    await page.getByRole('button', { name: 'Cerca', exact: true }).click();
    await politecnico.waitFor({ state: 'detached' }); // in Lecco
    await page.getByRole('status').filter({ hasText: '1 organizzazione mostrata' }).waitFor();
    expect(await names()).toEqual(['Siderurgica Camuna']);

    await page.getByRole('link', { name: 'Siderurgica Camuna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Siderurgica Camuna' }).waitFor();
    await page.getByText('Valentina Costa — proprietario').waitFor();
  });
});
