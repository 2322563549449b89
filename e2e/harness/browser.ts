import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium; the flags keep it off the network this machine does not have.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL not set: globalSetup did not run');
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** axe-core WCAG 2.1 A/AA scan; returns the serious and critical violations only. */
export async function seriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** The password of the demo accounts the platform seeds (apps/api accounts.seeder.ts). */
export const DEMO_PASSWORD = 'Innovazione-Lombardia-2026';

/**
 * Signs a browser context in through the API (the session cookie lands in the context's jar):
 * for tests whose subject is not the sign-in form, in any language.
 */
export async function signInContext(context: BrowserContext, email: string): Promise<void> {
  const response = await context.request.post(`${baseUrl()}/graphql`, {
    data: {
      query: `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`,
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  const body = (await response.json()) as { data?: { signIn?: { id: string } } };
  if (!body.data?.signIn) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(body)}`);
}
