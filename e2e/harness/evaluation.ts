import type { Browser, BrowserContext } from 'playwright-core';
import {
  createDraftProposal,
  DEMO_ORGANISATIONS,
  graphql,
  publishedChallenge,
  registeredPersonContext,
  signedInContext,
  submitProposal,
} from './api';

/**
 * A challenge of the SME set up through the API for scans (the browser story drives the same
 * steps through the screens): a two-criteria scorecard, proposals from Agrisense and the
 * robotics lab, in evaluation with one invited expert, who has scored the startup only.
 * `awarded`: then locked, both shortlisted, the startup awarded and both given feedback.
 * Returns the challenge and the expert's context (close it when done).
 */
export async function challengeInEvaluation(
  browser: Browser,
  title: string,
  { awarded = false } = {},
): Promise<{ challengeId: string; evaluator: BrowserContext }> {
  const challengeId = await publishedChallenge(browser, title);
  const owner = await signedInContext(browser, 'pmi@demo.oip.it');
  const startup = await signedInContext(browser, 'startup@demo.oip.it');
  const lab = await signedInContext(browser, 'ricerca@demo.oip.it');
  const email = `esperto.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.it`;
  const evaluator = await registeredPersonContext(browser, email, 'Elena Galli');
  try {
    const { setScorecard } = await graphql<{
      setScorecard: { criteria: { id: string }[] };
    }>(
      owner,
      `
        mutation ($id: ID!, $criteria: [CriterionInput!]!) {
          setScorecard(challengeId: $id, criteria: $criteria) {
            criteria {
              id
            }
          }
        }
      `,
      {
        id: challengeId,
        criteria: [
          { nameIt: 'Fattibilità', nameEn: 'Feasibility', weight: 70 },
          { nameIt: 'Costo', nameEn: 'Cost', weight: 30 },
        ],
      },
    );
    const submissions: string[] = [];
    for (const [context, organisation] of [
      [startup, DEMO_ORGANISATIONS.startup],
      [lab, DEMO_ORGANISATIONS.lab],
    ] as const) {
      const draft = await createDraftProposal(context, challengeId, organisation);
      await submitProposal(context, draft);
      submissions.push(draft.id);
    }
    const transition = `mutation ($id: ID!, $action: ChallengeAction!) {
      transitionChallenge(id: $id, action: $action) { id }
    }`;
    await graphql(owner, transition, { id: challengeId, action: 'CLOSE' });
    await graphql(owner, transition, { id: challengeId, action: 'START_EVALUATION' });
    await graphql(
      owner,
      `
        mutation ($id: ID!, $email: String!) {
          assignEvaluator(challengeId: $id, evaluator: { email: $email }) {
            challengeId
          }
        }
      `,
      { id: challengeId, email },
    );
    const score = `mutation ($submissionId: ID!, $scores: [CriterionScoreInput!]!) {
      scoreSubmission(submissionId: $submissionId, scores: $scores) { challengeId }
    }`;
    const scoresFor = (values: number[]) =>
      setScorecard.criteria.map((criterion, index) => ({
        criterionId: criterion.id,
        score: values[index],
        comment: 'Motivazione del punteggio.',
      }));
    await graphql(evaluator, score, { submissionId: submissions[0], scores: scoresFor([5, 4]) });
    if (awarded) {
      await graphql(evaluator, score, { submissionId: submissions[1], scores: scoresFor([3, 3]) });
      await award(owner, challengeId, submissions);
    }
    return { challengeId, evaluator };
  } finally {
    await owner.close();
    await startup.close();
    await lab.close();
  }
}

/** Locks, shortlists both, awards the first and sends feedback to both. */
async function award(owner: BrowserContext, challengeId: string, submissions: string[]) {
  await graphql(
    owner,
    `
      mutation ($id: ID!) {
        lockEvaluation(challengeId: $id) {
          challengeId
        }
      }
    `,
    { id: challengeId },
  );
  for (const submissionId of submissions)
    await graphql(
      owner,
      `
        mutation ($submissionId: ID!) {
          setShortlisted(submissionId: $submissionId, shortlisted: true) {
            challengeId
          }
        }
      `,
      { submissionId },
    );
  await graphql(
    owner,
    `
      mutation ($id: ID!, $winners: [ID!]!) {
        awardChallenge(challengeId: $id, winnerSubmissionIds: $winners) {
          challengeId
        }
      }
    `,
    { id: challengeId, winners: [submissions[0]] },
  );
  await graphql(
    owner,
    `
      mutation ($id: ID!, $feedbacks: [FeedbackInput!]!) {
        sendFeedback(challengeId: $id, feedbacks: $feedbacks) {
          challengeId
        }
      }
    `,
    {
      id: challengeId,
      feedbacks: submissions.map((submissionId) => ({
        submissionId,
        text: 'Grazie della proposta: ecco il nostro riscontro.',
      })),
    },
  );
}
