import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createDraftChallenge,
  createDraftProposal,
  DEMO_ORGANISATIONS,
  publishedChallenge,
} from '../harness/api';
import { baseUrl, launchBrowser, seriousA11yViolations, signInContext } from '../harness/browser';
import { challengeInEvaluation } from '../harness/evaluation';

/** The seeded challenge of Meccanica Brianzola with questions and a confidential brief. */
const SEEDED_CHALLENGE = '0c000000-0000-4000-8000-000000000001';

const PAGES = [
  '/',
  '/taxonomies',
  '/taxonomies/trl',
  '/taxonomies/province',
  '/accessibility',
  '/pagina-inesistente',
  '/sign-up',
  '/sign-in',
  '/forgot-password',
  '/reset-password?token=x',
  '/verify-email?token=x',
  '/organisations',
  '/invitations/accept?token=x',
  '/people',
  '/challenges',
  '/offers',
  '/requests',
];

/** Seeded published items (apps/api marketplace.seed-data.ts), scanned once their facts show. */
const MARKETPLACE_PAGES = [
  '/offers/7e000000-0000-4000-8000-000000000001',
  '/requests/7f000000-0000-4000-8000-000000000001',
];

/** Seeded partnerships (apps/api partnerships seed): one proposed to and one active with the SME. */
const SEEDED_PARTNERSHIPS = {
  proposed: '7a000000-0000-4000-8000-000000000001',
  active: '7a000000-0000-4000-8000-000000000002',
};

/** Pages only a signed-in platform admin sees with their content (the demo admin scans them). */
const ADMIN_PAGES = ['/admin/people'];

describe('accessibility (WCAG 2.1 AA) and keyboard use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  /**
   * A page in `language` in a new context, signed in as `who` when it is an e-mail (or in
   * `who` itself when it is a context); closing the page's context closes both.
   */
  async function pageIn(language: string, who?: string | BrowserContext): Promise<Page> {
    const context = typeof who === 'object' ? who : await browser.newContext();
    await context.addInitScript((lng) => localStorage.setItem('oip.language', lng), language);
    if (typeof who === 'string') await signInContext(context, who);
    return context.newPage();
  }

  for (const language of ['it', 'en'] as const) {
    describe(`in ${language}`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await pageIn(language);
      });
      afterAll(() => page.context().close());

      it.each(PAGES)('%s has no serious or critical axe violation', (path) => scan(page, path));
      it.each(MARKETPLACE_PAGES)('%s has no serious or critical axe violation', (path) =>
        scan(page, path, '.facts'),
      );
    });

    describe(`in ${language}, as the platform admin`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await pageIn(language, 'admin@demo.oip.it');
      });
      afterAll(() => page.context().close());

      it.each(ADMIN_PAGES)('%s has no serious or critical axe violation', (path) =>
        scan(page, path, 'table'),
      );
    });

    describe(`in ${language}, challenge pages`, () => {
      let page: Page;
      let challengeId: string;
      beforeAll(async () => {
        page = await pageIn(language, 'pmi@demo.oip.it');
        challengeId = await createDraftChallenge(page.context(), {
          titleIt: 'Sfida per la scansione di accessibilità',
          summaryIt: 'Una sintesi con **markdown**.',
          problemIt: 'Il problema, con un [collegamento](https://example.org).',
        });
      });
      afterAll(() => page.context().close());

      it('the editor of a new challenge', () =>
        scan(page, `/challenges/new?organisation=${DEMO_ORGANISATIONS.sme}`, 'form'));
      it('a challenge page', () => scan(page, `/challenges/${challengeId}`, '#timeline'));
      it('the editor of a challenge', () => scan(page, `/challenges/${challengeId}/edit`, 'form'));
      it('the followed challenges', () => scan(page, '/challenges?view=followed', '[role=status]'));
      it('the "for you" matches', () => scan(page, '/for-you', '#matches'));
      it('the editor of a new offer, its similar items shown', async () => {
        await page.goto(`${baseUrl()}/offers/new?organisation=${DEMO_ORGANISATIONS.sme}`, {
          waitUntil: 'networkidle',
        });
        await page.locator('main form input[lang=it]').first().fill('Visione artificiale');
        await page
          .getByLabel(language === 'it' ? 'Parole chiave' : 'Keywords', { exact: true })
          .fill('visione artificiale, controllo qualità');
        // the seeded machine-vision offer of the robotics lab, after the pause in typing
        await page.locator('main .similar-list a').first().waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        expect(await seriousA11yViolations(page)).toEqual([]);
      }, 120_000); // typing, the pause before the check, then the scan
      it('an organisation page with its deactivate button', () =>
        scan(page, `/organisations/${DEMO_ORGANISATIONS.sme}`, '#members-heading'));
    });

    describe(`in ${language}, partnerships`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await pageIn(language, 'pmi@demo.oip.it');
      });
      afterAll(() => page.context().close());

      it('the inbox, received box (a seeded proposal to decide) and its decline dialog', async () => {
        await scan(page, '/partnerships', '.partnership-card');
        await page.getByRole('button', { name: /^(Rifiuta|Decline)/ }).click();
        await page.locator('dialog[open] textarea').waitFor();
        expect(await seriousA11yViolations(page)).toEqual([]);
        await page.keyboard.press('Escape'); // nothing decided: other scans read the proposal
      });
      it('the inbox, active box', () =>
        scan(page, '/partnerships?box=active', '.partnership-card'));
      it('the inbox, closed box (the seeded declined interest, with its reason)', async () => {
        await scan(page, '/partnerships?box=closed', '.partnership-card');
        await page.getByText(/^Grazie, ma cerchiamo un sistema di ispezione visiva/).waitFor();
      });
      it('a proposed partnership', () =>
        scan(page, `/partnerships/${SEEDED_PARTNERSHIPS.proposed}`, '.partnership-detail'));
      it('an active partnership with its private room', () =>
        scan(page, `/partnerships/${SEEDED_PARTNERSHIPS.active}`, '.room-notice'));
      it('the "express interest" dialog, open on a seeded offer', async () => {
        // offer 1: the seeded active partnership is remembered (myOpenPartnerships), no button
        await scan(page, MARKETPLACE_PAGES[0]!, '.facts');
        await page
          .getByRole('link', { name: /^(Collaborazione attiva|Partnership active)/ })
          .waitFor();
        // offer 2 (same lab): nothing open yet, so the button
        await scan(page, '/offers/7e000000-0000-4000-8000-000000000002', '.facts');
        // the offer's own button comes first, before those of its matches
        await page
          .getByRole('button', { name: /^(Manifesta interesse|Express interest)/ })
          .first()
          .click();
        await page.locator('dialog[open] textarea').waitFor();
        expect(await seriousA11yViolations(page)).toEqual([]);
      });
    });

    describe(`in ${language}, the proposal form`, () => {
      let page: Page;
      let challengeId: string;
      beforeAll(async () => {
        challengeId = await publishedChallenge(browser, `Sfida con una bozza (${language})`);
        page = await pageIn(language, 'startup@demo.oip.it');
        await createDraftProposal(page.context(), challengeId, DEMO_ORGANISATIONS.startup, {
          approach: 'Con **markdown** e un [collegamento](https://example.org).',
        });
      });
      afterAll(() => page.context().close());

      it('startup@ continuing its draft', () =>
        scan(page, `/challenges/${challengeId}/submission`, '.autosave-status'));
    });

    describe(`in ${language}, the Q&A and the confidential brief`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await pageIn(language, 'pmi@demo.oip.it');
      });
      afterAll(() => page.context().close());

      it('the owner on the seeded challenge page', async () => {
        await scan(page, `/challenges/${SEEDED_CHALLENGE}`, '.question-list');
        await page.locator('main .qa-markdown').first().waitFor();
        expect(await seriousA11yViolations(page)).toEqual([]);
      });
    });

    describe(`in ${language}, evaluation and results`, () => {
      const pages: Page[] = [];
      let open: string;
      let awarded: string;
      /** A page in this language for `email`'s context (or for a given context). */
      const pageOf = async (who: string | BrowserContext | null) => {
        const page = await pageIn(language, who ?? undefined);
        pages.push(page);
        return page;
      };
      let evaluators: BrowserContext[] = [];
      beforeAll(async () => {
        const inEvaluation = await challengeInEvaluation(browser, `Valutazione (${language})`);
        const done = await challengeInEvaluation(browser, `Aggiudicata (${language})`, {
          awarded: true,
        });
        open = inEvaluation.challengeId;
        awarded = done.challengeId;
        evaluators = [inEvaluation.evaluator, done.evaluator];
      });
      afterAll(async () => {
        for (const page of pages) await page.context().close();
        for (const context of evaluators) await context.close();
      });

      it('the board of the owner while evaluators score', async () =>
        scan(await pageOf('pmi@demo.oip.it'), `/challenges/${open}/evaluation`, '#lock-title'));
      it('the board of an evaluator', async () =>
        scan(await pageOf(evaluators[0]!), `/challenges/${open}/evaluation`, '#to-score-title'));
      it('the board of the owner after the award (ranking, feedback)', async () =>
        scan(
          await pageOf('pmi@demo.oip.it'),
          `/challenges/${awarded}/evaluation`,
          '#feedback-title',
        ));
      it('the board of an evaluator after the award', async () =>
        scan(await pageOf(evaluators[1]!), `/challenges/${awarded}/evaluation`, 'table'));
      it('the results page of a submitter', async () =>
        scan(await pageOf('startup@demo.oip.it'), `/challenges/${awarded}/results`, '#mine-title'));
      it('the results page of a visitor', async () =>
        scan(await pageOf(null), `/challenges/${awarded}/results`, '#winners-title'));
    });

    describe(`in ${language}, as a moderator`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await pageIn(language, 'moderatore@demo.oip.it');
      });
      afterAll(() => page.context().close());

      it('the challenge review queue', () => scan(page, '/moderation/challenges', '[role=status]'));
    });

    /** Scans `path` once loaded (its heading and, if given, `content` shown; no spinner). */
    async function scan(page: Page, path: string, content?: string) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      await page.locator('main h1').waitFor();
      if (content) await page.locator(`main ${content}`).waitFor();
      // scan the page with its data, not its loading state
      // (every spinner: several sections may load at once, e.g. the home page's two)
      await page.waitForFunction(() => !document.querySelector('main .spinner'));
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
  }

  it('works with the keyboard alone: skip link, navigation, language switch', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl());
    await page.locator('main h1').waitFor();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Salta al contenuto principale' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Tab from the top to the "Tassonomie" link and follow it with Enter.
    await page.goto(baseUrl());
    await page.locator('main h1').waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      reached.push(name);
      if (name === 'Tassonomie') break;
    }
    expect(reached).toEqual(expect.arrayContaining(['Italiano', 'English', 'Home', 'Tassonomie']));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tassonomie' }).waitFor();
    // focus moved to the new page's main region for screen readers
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // the language switch is a button: Space activates it
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 1, name: 'Taxonomies' }).waitFor();
    await page.close();
  });
});
