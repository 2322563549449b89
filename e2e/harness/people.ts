import type { Browser, BrowserContext } from 'playwright-core';
import { signedInContext } from './api';
import { launchBrowser } from './browser';

/**
 * A browser for one describe block and the people using it, each in a context of their own
 * (cookies apart): call it in the describe body; everything is closed after the block.
 */
export function browserForPeople() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });
  /** Closed with the others after the block. */
  const keep = (context: BrowserContext) => {
    contexts.push(context);
    return context;
  };
  return {
    browser: () => browser,
    keep,
    /** A demo account signed in, on a page of its own. */
    async person(email: string) {
      const context = keep(await signedInContext(browser, email));
      return { context, page: await context.newPage() };
    },
  };
}
