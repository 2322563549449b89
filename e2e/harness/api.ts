import type { Browser, BrowserContext } from 'playwright-core';
import { baseUrl, signInContext } from './browser';

/** Demo organisations (apps/api organisations.seed-data.ts). */
export const DEMO_ORGANISATIONS = {
  /** Meccanica Brianzola: pmi@demo.oip.it is its owner. */
  sme: '0d000000-0000-4000-8000-000000000001',
  /** Laboratorio di Robotica Collaborativa: ricerca@demo.oip.it is its owner. */
  lab: '0d000000-0000-4000-8000-000000000004',
  /** Agrisense: startup@demo.oip.it is its owner. */
  startup: '0d000000-0000-4000-8000-000000000005',
};

type GraphQLBody<T> = { data?: T | null; errors?: { extensions?: { code?: string } }[] };

/** A GraphQL request with the context's session; the raw body (data and errors). */
export async function graphqlBody<T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLBody<T>> {
  const response = await context.request.post(`${baseUrl()}/graphql`, {
    data: { query, variables },
  });
  return (await response.json()) as GraphQLBody<T>;
}

/** A GraphQL request that must succeed: its data. Test setup goes through it, not the UI. */
export async function graphql<T>(
  context: BrowserContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = await graphqlBody<T>(context, query, variables);
  if (body.errors || !body.data) throw new Error(JSON.stringify(body));
  return body.data;
}

/** A context signed in as a demo account; close it when done. */
export async function signedInContext(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signInContext(context, email);
  return context;
}

/** A draft challenge of the SME's organisation; `input` overrides the defaults. */
export async function createDraftChallenge(
  context: BrowserContext,
  input: Record<string, unknown> = {},
): Promise<string> {
  const data = await graphql<{ createChallenge: { id: string } }>(
    context,
    `
      mutation ($org: ID!, $input: ChallengeInput!) {
        createChallenge(organisationId: $org, input: $input) {
          id
        }
      }
    `,
    { org: DEMO_ORGANISATIONS.sme, input: { rewardType: 'PRIZE', ...input } },
  );
  return data.createChallenge.id;
}

/**
 * A fresh challenge of the SME, published (submitted for review by pmi@, approved by
 * moderatore@), open for proposals 30 days: each test works on its own, whatever ran before.
 */
export async function publishedChallenge(
  browser: Browser,
  title: string,
  input: Record<string, unknown> = {},
): Promise<string> {
  const owner = await signedInContext(browser, 'pmi@demo.oip.it');
  const moderator = await signedInContext(browser, 'moderatore@demo.oip.it');
  try {
    const id = await createDraftChallenge(owner, {
      titleIt: title,
      summaryIt: 'Una sfida creata dal test del browser.',
      problemIt: 'Un problema da risolvere con una **proposta**.',
      rewardType: 'PILOT',
      deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      ...input,
    });
    const transition = `mutation ($id: ID!, $action: ChallengeAction!) {
      transitionChallenge(id: $id, action: $action) { id }
    }`;
    await graphql(owner, transition, { id, action: 'SUBMIT_FOR_REVIEW' });
    await graphql(moderator, transition, { id, action: 'APPROVE' });
    return id;
  } finally {
    await owner.close();
    await moderator.close();
  }
}

/** A complete proposal (ready to submit); override any field. */
export function proposal(input: Record<string, unknown> = {}) {
  return {
    summary: 'Sensori di vibrazione e un modello che prevede i guasti.',
    approach: 'Partiamo dai dati PLC esistenti.',
    team: 'Due data scientist e un tecnico di campo.',
    trl: 6,
    budgetAmount: 35000,
    budgetCurrency: 'EUR',
    ...input,
  };
}

/** Creates an organisation's draft proposal with the context's session; its id and version. */
export async function createDraftProposal(
  context: BrowserContext,
  challengeId: string,
  organisationId: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const data = await graphql<{ saveSubmissionDraft: { id: string; version: number } }>(
    context,
    `
      mutation ($challengeId: ID!, $organisationId: ID!, $input: SubmissionInput!) {
        saveSubmissionDraft(
          challengeId: $challengeId
          organisationId: $organisationId
          input: $input
        ) {
          id
          version
        }
      }
    `,
    { challengeId, organisationId, input: proposal(input) },
  );
  return data.saveSubmissionDraft;
}

/** Submits a draft proposal with the context's session. */
export async function submitProposal(
  context: BrowserContext,
  draft: { id: string; version: number },
): Promise<void> {
  await graphql(
    context,
    `
      mutation ($id: ID!, $version: Int!) {
        submitSubmission(id: $id, expectedVersion: $version) {
          id
        }
      }
    `,
    { id: draft.id, version: draft.version },
  );
}

/** The stored text and version of a proposal, as the context's person reads it. */
export async function storedProposal(context: BrowserContext, id: string) {
  const data = await graphql<{
    submission: { status: string; version: number; approach: string; summary: string };
  }>(
    context,
    `
      query ($id: ID!) {
        submission(id: $id) {
          status
          version
          approach
          summary
        }
      }
    `,
    {
      id,
    },
  );
  return data.submission;
}

/** The verification link of the latest mail to `email`, read from the dev outbox. */
async function verificationToken(email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${baseUrl()}/dev/mailbox.json?to=${encodeURIComponent(email)}`);
    const mails = (await response.json()) as { text: string }[];
    const match = mails[0]?.text.match(/\/verify-email\?token=([\w%-]+)/);
    if (match?.[1]) return decodeURIComponent(match[1]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no verification mail for ${email}`);
}

/** A new person, registered and verified through the dev mailbox, signed in; close it when done. */
export async function registeredPersonContext(
  browser: Browser,
  email: string,
  fullName: string,
): Promise<BrowserContext> {
  const context = await browser.newContext();
  await graphql(
    context,
    `
      mutation ($input: RegisterInput!) {
        register(input: $input)
      }
    `,
    {
      input: {
        email,
        fullName,
        password: 'correct horse battery staple',
        acceptTerms: true,
        acceptPrivacy: true,
      },
    },
  );
  await graphql(
    context,
    `
      mutation ($token: String!) {
        verifyEmail(token: $token) {
          id
        }
      }
    `,
    {
      token: await verificationToken(email),
    },
  );
  return context;
}

/**
 * A new person, verified and signed in, owner of a new organisation unrelated to any demo
 * challenge: the outsider of confidentiality tests.
 */
export async function outsiderContext(browser: Browser): Promise<BrowserContext> {
  const context = await registeredPersonContext(
    browser,
    `esterno.${Date.now()}@example.it`,
    'Davide Esposito',
  );
  await graphql(
    context,
    `
      mutation ($input: OrganisationInput!) {
        createOrganisation(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        kind: 'sme',
        legalName: `Officine Esterne ${Date.now()} S.r.l.`,
        displayName: 'Officine Esterne',
      },
    },
  );
  return context;
}
