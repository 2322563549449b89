import {
  ANON,
  authorizationWorld,
  DENY,
  describeMatrix,
  NONE,
  OK,
  type Cell,
  type Operation,
} from './harness/authorization';
import {
  challengeInput,
  createChallengeViaApi,
  CREATE_CHALLENGE,
  forceStatus,
  UPDATE_CHALLENGE,
} from './harness/challenges';

/**
 * Who may create, edit and follow challenges (the cells, actors and checks are described in
 * harness/authorization.ts; transitions have their exhaustive table in
 * challenges-lifecycle.e2e.spec.ts). The challenge belongs to the cell's organisation. Platform
 * admins act as moderators: they review, they do not write other organisations' challenges.
 * Moderators see every challenge (drafts included, to review them); a challenge someone may not
 * see answers NOT_FOUND, never FORBIDDEN.
 */
// prettier-ignore
const MATRIX: Record<string, string[]> = {
  //                                     anonymous  no org  owner elsewhere  member  admin  owner  moderator  platform admin
  'createChallenge':                      [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      DENY],
  'updateChallenge: a draft':             [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
  'updateChallenge: a published one':     [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      DENY],
  'followChallenge: a published one':     [ANON,     OK,     OK,              OK,     OK,    OK,    OK,        OK  ],
  'followChallenge: a draft':             [ANON,     NONE,   NONE,            OK,     OK,    OK,    OK,        OK  ],
};

const FOLLOW = `mutation ($id: ID!) { followChallenge(id: $id, follow: true) { id viewerFollows } }`;

describe('authorization: challenge mutations × roles', () => {
  const world = authorizationWorld();

  const one = async (sql: string, parameters: unknown[]) => (await world.query(sql, parameters))[0];
  /** A challenge of the cell's organisation, written by its owner, in `status`. */
  const challengeIn =
    (status: 'draft' | 'published') =>
    async ({ people, organisationId }: Cell) => {
      const { id } = await createChallengeViaApi(people.owner, organisationId);
      if (status !== 'draft') await forceStatus(world.api, id, status);
      return { challengeId: id };
    };
  const update: Operation['variables'] = ({ given }) => ({
    id: given.challengeId,
    expectedVersion: 1,
    input: challengeInput({ titleIt: 'Titolo cambiato' }),
  });
  const updated = async ({ given }: Cell) => {
    expect(
      await one(`SELECT title_it, version FROM challenge WHERE id = $1`, [given.challengeId]),
    ).toEqual({ title_it: 'Titolo cambiato', version: 2 });
  };
  const followed = async ({ given, caller }: Cell) => {
    expect(
      await one(`SELECT 1 AS yes FROM challenge_follow WHERE challenge_id = $1 AND user_id = $2`, [
        given.challengeId,
        caller!.id,
      ]),
    ).toEqual({ yes: 1 });
  };

  const OPERATIONS: Record<string, Operation> = {
    createChallenge: {
      document: CREATE_CHALLENGE,
      variables: ({ organisationId }) => ({ organisationId, input: challengeInput() }),
      async effect({ organisationId, caller }) {
        expect(
          await one(`SELECT status, created_by FROM challenge WHERE organisation_id = $1`, [
            organisationId,
          ]),
        ).toEqual({ status: 'draft', created_by: caller!.id });
      },
    },
    'updateChallenge: a draft': {
      prepare: challengeIn('draft'),
      document: UPDATE_CHALLENGE,
      variables: update,
      effect: updated,
    },
    'updateChallenge: a published one': {
      prepare: challengeIn('published'),
      document: UPDATE_CHALLENGE,
      variables: update,
      effect: updated,
    },
    'followChallenge: a published one': {
      prepare: challengeIn('published'),
      document: FOLLOW,
      variables: ({ given }) => ({ id: given.challengeId }),
      effect: followed,
    },
    'followChallenge: a draft': {
      prepare: challengeIn('draft'),
      document: FOLLOW,
      variables: ({ given }) => ({ id: given.challengeId }),
      effect: followed,
    },
  };

  describeMatrix(world, MATRIX, OPERATIONS, 'challenges');
});
