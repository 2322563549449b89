import {
  actionsFrom,
  CHALLENGE_ACTIONS,
  CHALLENGE_STATUSES,
  commentRequired,
  mayPerform,
  transition,
  type ChallengeAction,
  type ChallengeActor,
  type ChallengeStatus,
} from './challenges.js';
import { ERROR_MESSAGES } from './errors.js';

// The expected machine, written out independently of CHALLENGE_TRANSITIONS.
const EXPECTED: Record<ChallengeStatus, Partial<Record<ChallengeAction, ChallengeStatus>>> = {
  draft: { submit_for_review: 'in_review', cancel: 'cancelled' },
  in_review: { approve: 'published', return_to_draft: 'draft', cancel: 'cancelled' },
  published: { close: 'closed', cancel: 'cancelled' },
  closed: { start_evaluation: 'evaluation', cancel: 'cancelled', archive: 'archived' },
  evaluation: { award: 'awarded', cancel: 'cancelled' },
  awarded: { archive: 'archived' },
  cancelled: { archive: 'archived' },
  archived: {},
};

const ACTORS: Record<ChallengeAction, ChallengeActor[]> = {
  submit_for_review: ['owner'],
  approve: ['moderator'],
  return_to_draft: ['moderator'],
  close: ['owner', 'system'],
  start_evaluation: ['owner'],
  award: ['owner'],
  cancel: ['owner'],
  archive: ['owner', 'moderator'],
};

describe('challenge state machine', () => {
  for (const status of CHALLENGE_STATUSES) {
    for (const action of CHALLENGE_ACTIONS) {
      const expected = EXPECTED[status][action] ?? null;
      it(`${status} × ${action} → ${expected ?? 'refused'}`, () => {
        expect(transition(status, action)).toBe(expected);
      });
    }
  }

  it('lists the actions available from each status', () => {
    for (const status of CHALLENGE_STATUSES)
      expect(actionsFrom(status).sort()).toEqual(Object.keys(EXPECTED[status]).sort());
  });

  it('knows who performs each action', () => {
    for (const action of CHALLENGE_ACTIONS)
      for (const actor of ['owner', 'moderator', 'system'] as const)
        expect([action, actor, mayPerform(actor, action)]).toEqual([
          action,
          actor,
          ACTORS[action].includes(actor),
        ]);
  });

  it('requires a comment only to return a challenge to draft', () => {
    expect(CHALLENGE_ACTIONS.filter(commentRequired)).toEqual(['return_to_draft']);
  });

  it('archived is terminal and nothing leads back to in_review except submitting a draft', () => {
    expect(actionsFrom('archived')).toEqual([]);
    const toReview = CHALLENGE_STATUSES.flatMap((status) =>
      CHALLENGE_ACTIONS.filter((action) => transition(status, action) === 'in_review').map(
        (action) => `${status}:${action}`,
      ),
    );
    expect(toReview).toEqual(['draft:submit_for_review']);
  });

  it('names the state and the action in the refusal message', () => {
    const { it: italian, en } = ERROR_MESSAGES.CHALLENGE_INVALID_TRANSITION;
    for (const message of [italian, en]) {
      expect(message).toContain('{{status}}');
      expect(message).toContain('{{action}}');
    }
  });
});
