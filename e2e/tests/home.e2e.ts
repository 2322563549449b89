import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from '../harness/browser';

describe('home page: taxonomies from the database, in Italian and English', () => {
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

  it('renders the taxonomies in Italian by default', async () => {
    await page.goto(baseUrl());
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('it');
    await page
      .getByRole('heading', { level: 1, name: 'Innovazione aperta in Lombardia' })
      .waitFor();
    const cards = page
      .getByRole('list', { name: 'Le classificazioni della piattaforma' })
      .locator(':scope > li');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(6);
    await page.getByRole('heading', { name: 'Ecosistema dell’innovazione S3' }).waitFor();
    await page.getByText('12 voci').waitFor();
    await page.getByText('PMI', { exact: true }).waitFor();
    expect(await page.title()).toBe('Open Innovation Lombardia');
  });

  it('shows the regional indicators loaded as demo data by pnpm start', async () => {
    await page.goto(baseUrl());
    const table = page.getByRole('table', { name: 'Indicatori di ricerca e innovazione' });
    const row = table
      .getByRole('row')
      .filter({ hasText: 'Imprese che collaborano con organizzazioni di ricerca' });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      '0',
      '30\ndicembre 2024',
      '350\ndicembre 2027',
      'Non ancora',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(7);
  });

  it('switches to English, and remembers the choice after a reload', async () => {
    await page.goto(baseUrl());
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Open innovation in Lombardy' }).waitFor();
    await page.getByRole('heading', { name: 'S3 innovation ecosystem' }).waitFor();
    await page.getByText('SME', { exact: true }).waitFor();
    await page.getByTestId('toasts-polite').filter({ hasText: 'Language set: English' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Open innovation in Lombardy' }).waitFor();
    await page.getByRole('button', { name: 'Italiano' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Innovazione aperta in Lombardia' })
      .waitFor();
  });

  it('serves a taxonomy page from the cache and filters its terms', async () => {
    const graphqlRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql'))
        graphqlRequests.push(request.postDataJSON()?.operationName);
    });
    await page.goto(baseUrl());
    await page
      .getByRole('link', { name: 'Vedi tutte le voci di Livello di maturità tecnologica (TRL)' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Livello di maturità tecnologica (TRL)' })
      .waitFor();
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(9);
    // the taxonomy page read the Apollo cache filled by the home page
    expect(graphqlRequests.filter((name) => name === 'Taxonomies')).toHaveLength(1);

    await page.getByRole('searchbox', { name: 'Filtra le voci' }).fill('prototipo');
    await page.getByRole('status').filter({ hasText: '1 voce' }).waitFor();
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(1);
    await page.getByRole('rowheader', { name: 'TRL 7' }).waitFor();

    await page.getByRole('searchbox', { name: 'Filtra le voci' }).fill('zzz');
    await page.getByText('Nessuna voce corrisponde a «zzz».').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('shows the 404 page for unknown addresses and unknown taxonomies', async () => {
    const response = await page.goto(`${baseUrl()}/non-esiste`);
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.getByRole('heading', { level: 1, name: 'Pagina non trovata' }).waitFor();
    await page.getByRole('link', { name: 'Vai alla home' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Innovazione aperta in Lombardia' })
      .waitFor();

    await page.goto(`${baseUrl()}/taxonomies/colori`);
    await page.getByText('Questa tassonomia non esiste.').waitFor();
  });

  it('shows an error with a retry when the API cannot be reached', async () => {
    let failures = 1;
    await page.route('**/graphql', async (route) => {
      const taxonomies = route.request().postDataJSON()?.operationName === 'Taxonomies';
      if (taxonomies && failures-- > 0) return route.fulfill({ status: 503, body: 'unavailable' });
      return route.continue();
    });
    await page.goto(`${baseUrl()}/taxonomies`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Non è stato possibile caricare le tassonomie.' })
      .waitFor();
    await page.getByRole('button', { name: 'Riprova' }).click();
    await page.getByRole('heading', { level: 2, name: 'Provincia' }).waitFor();
  });
});
