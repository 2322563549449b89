import type { Browser } from 'playwright-core';
import { SSO_ACCOUNT } from '../harness/global-setup';
import { baseUrl, launchBrowser, seriousA11yViolations } from '../harness/browser';

describe('single sign-on in the browser, against a real local OpenID provider', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('signs in with the provider, asks for consent once, and lands signed in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('link', { name: 'Accedi con SPID/CIE (test)' }).click();

    // the provider's own login page (another origin)
    await page.locator('input[name="login"]').fill(SSO_ACCOUNT.sub);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // back on the platform: a new account from the provider's verified identity must accept the terms
    await page.getByRole('heading', { level: 1, name: 'Termini e privacy' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'Accetto i termini d’uso' }).check();
    await page.getByRole('checkbox', { name: 'Ho letto l’informativa privacy' }).check();
    await page.getByRole('button', { name: 'Continua' }).click();
    // the terms page navigates on when the consent is stored: a click before that would be undone
    await page
      .getByRole('heading', { level: 1, name: 'Termini e privacy' })
      .waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Francesca Bianchi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Il mio account' }).waitFor();
    await page.getByText(SSO_ACCOUNT.email).waitFor();
    await context.close();
  });

  it('shows a clear message when the callback does not match a sign-in started here', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/auth/oidc/callback?code=forged&state=forged`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'L’accesso non è stato avviato da questo browser' })
      .waitFor();
    await page.close();
  });
});
