import { randomUUID } from 'node:crypto';
import type { TestClient } from './harness/app';
import {
  ANON,
  authorizationWorld,
  BAD,
  describeMatrix,
  FALSE,
  OK,
  type Cell,
  type Operation,
} from './harness/authorization';
import { linkToken, PASSWORD, type Person } from './harness/people';

/**
 * Who may call each account, session, profile and privacy mutation (the cells, actors and
 * checks are described in harness/authorization.ts). The public ones (register, signIn, the
 * emailed links) are called by signed-in people too: a link or a password is the credential,
 * whoever holds it, and the caller's own session is left alone. The self-scoped ones take no
 * person argument, so the cross-user rows pass another person's session or address.
 */
const CREDENTIALS = 'INVALID_CREDENTIALS';
const TOKEN = 'TOKEN_INVALID';
const MISMATCH = 'CONFIRMATION_MISMATCH';
const LAST = 'LAST_OWNER'; // the last owner of an organisation with other members stays

// prettier-ignore
const MATRIX: Record<string, string[]> = {
  //                                                 anonymous  no org    owner elsewhere  member    admin     owner     moderator  platform admin
  'register: a new address':                          [OK,       OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'register: another person’s address':               [OK,       OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'verifyEmail: a link mailed to another person':     [OK,       OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'verifyEmail: an unknown link':                     [TOKEN,    TOKEN,    TOKEN,           TOKEN,    TOKEN,    TOKEN,    TOKEN,     TOKEN   ],
  'resendVerificationEmail: another person’s address':[OK,       OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'signIn: another person’s password':                [OK,       OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'signIn: a wrong password':                         [CREDENTIALS, CREDENTIALS, CREDENTIALS, CREDENTIALS, CREDENTIALS, CREDENTIALS, CREDENTIALS, CREDENTIALS],
  'signOut':                                          [ANON,     OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'signOutEverywhere':                                [ANON,     OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'revokeSession: another session of one’s own':      [ANON,     OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'revokeSession: another person’s session':          [ANON,     FALSE,    FALSE,           FALSE,    FALSE,    FALSE,    FALSE,     FALSE   ],
  'revokeSession: an unknown id':                     [ANON,     FALSE,    FALSE,           FALSE,    FALSE,    FALSE,    FALSE,     FALSE   ],
  'revokeSession: not an id':                         [ANON,     FALSE,    FALSE,           FALSE,    FALSE,    FALSE,    FALSE,     FALSE   ],
  'requestPasswordReset: another person’s address':   [OK,       OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'resetPassword: a link mailed to another person':   [OK,       OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'resetPassword: an unknown link':                   [TOKEN,    TOKEN,    TOKEN,           TOKEN,    TOKEN,    TOKEN,    TOKEN,     TOKEN   ],
  'acceptConsents':                                   [ANON,     OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'acceptConsents: terms declined':                   [ANON,     BAD,      BAD,             BAD,      BAD,      BAD,      BAD,       BAD     ],
  'updateMyProfile':                                  [ANON,     OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'updateMyProfile: invalid input':                   [ANON,     BAD,      BAD,             BAD,      BAD,      BAD,      BAD,       BAD     ],
  'deleteMyAccount: one’s own address':               [ANON,     OK,       OK,              OK,       OK,       LAST,     OK,        OK      ],
  'deleteMyAccount: another person’s address':        [ANON,     MISMATCH, MISMATCH,        MISMATCH, MISMATCH, MISMATCH, MISMATCH,  MISMATCH],
};

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) }`;
const VERIFY_EMAIL = `mutation ($token: String!) { verifyEmail(token: $token) { id } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }`;
const REVOKE_SESSION = `mutation ($id: ID!) { revokeSession(id: $id) }`;
const RESET_PASSWORD = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const ACCEPT_CONSENTS = `mutation ($terms: Boolean!) { acceptConsents(acceptTerms: $terms, acceptPrivacy: true) }`;
const UPDATE_PROFILE = `mutation ($input: ProfileInput!) { updateMyProfile(input: $input) { id } }`;
const DELETE_ACCOUNT = `mutation ($email: String!) { deleteMyAccount(confirmEmail: $email) }`;
const NEW_PASSWORD = 'a brand new passphrase for spring';

const newcomer = (email: string) => ({
  email,
  password: NEW_PASSWORD,
  fullName: 'Nora Nuova',
  acceptTerms: true,
  acceptPrivacy: true,
});

async function whoIs(client: TestClient): Promise<string | null> {
  const { body } = await client.graphql<{ me: { id: string } | null }>('{ me { id } }');
  return body.data?.me?.id ?? null;
}

describe('authorization: account, session, profile and privacy mutations × roles', () => {
  const world = authorizationWorld();
  let addresses = 0;

  const one = async (sql: string, parameters: unknown[]) => (await world.query(sql, parameters))[0];
  const liveSessions = async (userId: string) =>
    Number(
      (await one(`SELECT count(*) AS n FROM session WHERE user_id = $1 AND revoked_at IS NULL`, [
        userId,
      ]))!.n,
    );
  const passwordHash = async (userId: string) =>
    String(
      (await one(`SELECT password_hash AS hash FROM user_account WHERE id = $1`, [userId]))!.hash,
    );
  const newestSession = async (userId: string) =>
    String(
      (await one(`SELECT id FROM session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [
        userId,
      ]))!.id,
    );
  /** The caller is still signed in as themselves (anonymous callers have no session to keep). */
  const callerUntouched = async ({ caller }: Cell) => {
    if (caller) expect(await whoIs(caller.client)).toBe(caller.id);
  };
  /** A new address's mailed link: registered through the API, never verified. */
  const unverifiedWithLink = async () => {
    const email = `unverified-${++addresses}@fresh.test`;
    const { body } = await world.api.client().graphql(REGISTER, { input: newcomer(email) });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const token = linkToken((await world.smtp.waitForMail(email)).text, '/verify-email');
    const id = String((await one(`SELECT id FROM user_account WHERE email = $1`, [email]))!.id);
    return { email, token, id };
  };
  const mailCount = (person: Person) => String(world.mailsTo(person.email).length);

  const OPERATIONS: Record<string, Operation> = {
    'register: a new address': {
      document: REGISTER,
      prepare: async () => ({ email: `newcomer-${++addresses}@fresh.test` }),
      variables: ({ given }) => ({ input: newcomer(given.email!) }),
      async effect(cell) {
        const account = await one(
          `SELECT email_verified_at FROM user_account WHERE email = $1 AND deleted_at IS NULL`,
          [cell.given.email],
        );
        expect(account).toEqual({ email_verified_at: null });
        expect(world.mailsTo(cell.given.email!)).toHaveLength(1);
        await callerUntouched(cell);
      },
    },
    'register: another person’s address': {
      document: REGISTER,
      prepare: async ({ people }) => ({
        hash: await passwordHash(people.target.id),
        mails: mailCount(people.target),
      }),
      variables: ({ people }) => ({ input: newcomer(people.target.email) }),
      async effect(cell) {
        const { people, given } = cell;
        // no second account, the password stays; the owner of the address is told, by mail
        const accounts = await world.query(`SELECT id FROM user_account WHERE email = $1`, [
          people.target.email,
        ]);
        expect(accounts).toEqual([{ id: people.target.id }]);
        expect(await passwordHash(people.target.id)).toBe(given.hash);
        expect(world.mailsTo(people.target.email)).toHaveLength(Number(given.mails) + 1);
        await callerUntouched(cell);
      },
    },
    'verifyEmail: a link mailed to another person': {
      document: VERIFY_EMAIL,
      prepare: unverifiedWithLink,
      variables: ({ given }) => ({ token: given.token }),
      async effect({ caller, given }) {
        const account = await one(`SELECT email_verified_at FROM user_account WHERE id = $1`, [
          given.id,
        ]);
        expect(account?.email_verified_at).toBeInstanceOf(Date);
        // the link signs in whoever follows it as the address's owner; the caller's own
        // session is not ended, only replaced in this cookie jar
        expect(await liveSessions(given.id!)).toBe(1);
        if (caller) {
          expect(await whoIs(caller.client)).toBe(given.id);
          expect(await liveSessions(caller.id)).toBeGreaterThan(0);
        }
      },
    },
    'verifyEmail: an unknown link': {
      document: VERIFY_EMAIL,
      variables: () => ({ token: 'not-a-token-that-was-ever-mailed' }),
      effect: () => Promise.reject(new Error('an unknown link verifies nothing')),
    },
    'resendVerificationEmail: another person’s address': {
      document: `mutation ($email: String!) { resendVerificationEmail(email: $email) }`,
      prepare: unverifiedWithLink,
      variables: ({ given }) => ({ email: given.email }),
      async effect(cell) {
        const [, resent] = world.mailsTo(cell.given.email!);
        expect(resent?.text).toContain('/verify-email?token=');
        expect(world.smtp.messages.at(-1)).toBe(resent); // to the address only
      },
    },
    'signIn: another person’s password': {
      document: SIGN_IN,
      prepare: async ({ people }) => ({ sessions: String(await liveSessions(people.target.id)) }),
      variables: ({ people }) => ({ email: people.target.email, password: PASSWORD }),
      async effect({ caller, people, given }) {
        expect(await liveSessions(people.target.id)).toBe(Number(given.sessions) + 1);
        if (caller) expect(await whoIs(caller.client)).toBe(people.target.id);
      },
    },
    'signIn: a wrong password': {
      document: SIGN_IN,
      variables: ({ people }) => ({ email: people.target.email, password: 'not the password' }),
      effect: () => Promise.reject(new Error('a wrong password signs nobody in')),
    },
    signOut: {
      document: `mutation { signOut }`,
      variables: () => ({}),
      async effect({ caller, actor, people }) {
        expect(await whoIs(caller!.client)).toBeNull();
        // only this session: the person's other session (from sign-up) is still alive
        expect(await whoIs(people[actor as keyof typeof people].client)).toBe(caller!.id);
      },
    },
    signOutEverywhere: {
      document: `mutation { signOutEverywhere }`,
      freshCaller: true,
      variables: () => ({}),
      async effect({ caller, people }) {
        expect(await liveSessions(caller!.id)).toBe(0);
        expect(await liveSessions(people.target.id)).toBeGreaterThan(0);
      },
    },
    'revokeSession: another session of one’s own': {
      document: REVOKE_SESSION,
      async prepare({ caller, people }) {
        const whose = caller ?? people.target;
        await world.signInAgain(whose);
        return { id: await newestSession(whose.id) };
      },
      variables: ({ given }) => ({ id: given.id }),
      async effect(cell) {
        const session = await one(`SELECT revoked_at FROM session WHERE id = $1`, [cell.given.id]);
        expect(session?.revoked_at).toBeInstanceOf(Date);
        await callerUntouched(cell);
      },
    },
    'revokeSession: another person’s session': {
      document: REVOKE_SESSION,
      prepare: async ({ people }) => ({ id: await newestSession(people.target.id) }),
      variables: ({ given }) => ({ id: given.id }),
      effect: () => Promise.reject(new Error('no one ends another person’s session')),
    },
    'revokeSession: an unknown id': {
      document: REVOKE_SESSION,
      variables: () => ({ id: randomUUID() }),
      effect: () => Promise.reject(new Error('there is no such session')),
    },
    'revokeSession: not an id': {
      document: REVOKE_SESSION,
      variables: () => ({ id: 'my-session' }),
      effect: () => Promise.reject(new Error('there is no such session')),
    },
    'requestPasswordReset: another person’s address': {
      document: REQUEST_RESET,
      prepare: async ({ people }) => ({ mails: mailCount(people.target) }),
      variables: ({ people }) => ({ email: people.target.email }),
      async effect(cell) {
        const { people, given } = cell;
        const mails = world.mailsTo(people.target.email);
        expect(mails).toHaveLength(Number(given.mails) + 1);
        expect(mails.at(-1)?.text).toContain('/reset-password?token=');
        expect(world.smtp.messages.at(-1)).toBe(mails.at(-1)); // to the address only
        await callerUntouched(cell);
      },
    },
    'resetPassword: a link mailed to another person': {
      document: RESET_PASSWORD,
      async prepare() {
        const bystander = await world.newPerson('bystander');
        await world.api.client().graphql(REQUEST_RESET, { email: bystander.email });
        const mail = await world.smtp.waitForMail(bystander.email);
        return {
          id: bystander.id,
          token: linkToken(mail.text, '/reset-password'),
          hash: await passwordHash(bystander.id),
        };
      },
      variables: ({ given }) => ({ token: given.token, password: NEW_PASSWORD }),
      async effect(cell) {
        // the link is the credential: the address's owner gets the new password and is signed
        // out everywhere; the caller is signed in as no one new
        expect(await passwordHash(cell.given.id!)).not.toBe(cell.given.hash);
        expect(await liveSessions(cell.given.id!)).toBe(0);
        await callerUntouched(cell);
      },
    },
    'resetPassword: an unknown link': {
      document: RESET_PASSWORD,
      variables: () => ({ token: 'not-a-token-that-was-ever-mailed', password: NEW_PASSWORD }),
      effect: () => Promise.reject(new Error('an unknown link resets nothing')),
    },
    acceptConsents: {
      document: ACCEPT_CONSENTS,
      // the documents changed since the caller last accepted them
      async prepare({ caller }) {
        if (caller)
          await world.query(`UPDATE consent SET version = 'old' WHERE user_id = $1`, [caller.id]);
        return {};
      },
      variables: () => ({ terms: true }),
      async effect({ caller }) {
        const rows = await world.query(
          `SELECT kind FROM consent WHERE user_id = $1 AND version <> 'old' AND granted ORDER BY kind`,
          [caller!.id],
        );
        expect(rows).toEqual([{ kind: 'privacy' }, { kind: 'terms' }]);
      },
    },
    'acceptConsents: terms declined': {
      document: ACCEPT_CONSENTS,
      variables: () => ({ terms: false }),
      effect: () => Promise.reject(new Error('declined terms are not recorded as accepted')),
    },
    updateMyProfile: {
      document: UPDATE_PROFILE,
      variables: ({ actor }) => ({ input: { headline: `Titolo di ${actor}` } }),
      async effect({ caller, actor }) {
        const changed = await world.query(
          `SELECT user_id FROM person_profile WHERE headline = $1`,
          [`Titolo di ${actor}`],
        );
        expect(changed).toEqual([{ user_id: caller!.id }]);
      },
    },
    'updateMyProfile: invalid input': {
      document: UPDATE_PROFILE,
      variables: () => ({ input: { headline: 'x'.repeat(121) } }),
      effect: () => Promise.reject(new Error('an invalid profile is never saved')),
    },
    'deleteMyAccount: one’s own address': {
      document: DELETE_ACCOUNT,
      freshCaller: true,
      variables: ({ caller, people }) => ({ email: (caller ?? people.target).email }),
      async effect({ caller, people }) {
        const account = await one(`SELECT email, deleted_at FROM user_account WHERE id = $1`, [
          caller!.id,
        ]);
        expect(account).toEqual({ email: null, deleted_at: expect.any(Date) });
        expect(await liveSessions(caller!.id)).toBe(0);
        expect(
          await world.query(`SELECT 1 FROM membership WHERE user_id = $1`, [caller!.id]),
        ).toEqual([]);
        expect(await liveSessions(people.target.id)).toBeGreaterThan(0);
      },
    },
    'deleteMyAccount: another person’s address': {
      document: DELETE_ACCOUNT,
      variables: ({ people }) => ({ email: people.target.email }),
      effect: () => Promise.reject(new Error('no one erases another person’s account')),
    },
  };

  describeMatrix(world, MATRIX, OPERATIONS, 'accounts');
});
