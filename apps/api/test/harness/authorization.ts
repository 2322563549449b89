import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApp, type GraphQLResponse, type TestApp } from './app';
import {
  addMember,
  createOrganisation,
  dataSourceOf,
  outcome,
  PASSWORD,
  registerPerson,
  setPlatformRole,
  type Person,
} from './people';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from './smtp';

/**
 * The authorization matrix (authorization*.e2e.spec.ts): every mutation × every kind of
 * caller, allowed or refused. Each cell runs against a fresh organisation with an owner, an
 * admin, a member and a second member (`target`, whom member mutations act upon); the callers
 * of the other columns belong to no organisation, to another organisation (as its owner), or
 * hold a platform role. An allowed cell checks its effect in the database; a refused one
 * checks its error code and that nothing changed.
 */
export const ACTORS = [
  'anonymous',
  'no organisation',
  'owner elsewhere',
  'member',
  'admin',
  'owner',
  'moderator',
  'platform admin',
] as const;
export type Actor = (typeof ACTORS)[number];
type SignedInActor = Exclude<Actor, 'anonymous'>;

/** One person per signed-in column, plus `target` (a member) and `stranger` (in no organisation). */
export type Cast = Record<SignedInActor | 'target' | 'stranger', Person>;

export const OK = 'OK';
export const ANON = 'UNAUTHENTICATED';
export const DENY = 'FORBIDDEN';
export const NONE = 'NOT_FOUND'; // allowed to try, but there is no such thing (for this caller)
export const BAD = 'VALIDATION_FAILED'; // allowed to try, the input is refused
export const FALSE = 'FALSE'; // answered `false`: nothing to do (e.g. no such session of the caller's)

/** Which matrix covers each mutation of the schema: every mutation has exactly one area. */
export const MUTATION_AREAS = {
  organisations: [
    'createOrganisation',
    'updateOrganisation',
    'verifyOrganisation',
    'deactivateOrganisation',
    'reactivateOrganisation',
    'changeMemberRole',
    'removeMember',
    'leaveOrganisation',
    'transferOwnership',
  ],
  membership: [
    'inviteMember',
    'revokeInvitation',
    'acceptInvitation',
    'requestToJoin',
    'approveJoinRequest',
    'rejectJoinRequest',
  ],
  accounts: [
    'register',
    'verifyEmail',
    'resendVerificationEmail',
    'signIn',
    'signOut',
    'signOutEverywhere',
    'revokeSession',
    'requestPasswordReset',
    'resetPassword',
    'acceptConsents',
    'updateMyProfile',
    'deleteMyAccount',
  ],
  challenges: ['createChallenge', 'updateChallenge', 'followChallenge'],
  marketplace: [
    'createTechnologyOffer',
    'updateTechnologyOffer',
    'publishTechnologyOffer',
    'renewTechnologyOffer',
    'archiveTechnologyOffer',
    'deleteTechnologyOffer',
    'createCollaborationRequest',
    'updateCollaborationRequest',
    'publishCollaborationRequest',
    'renewCollaborationRequest',
    'archiveCollaborationRequest',
    'deleteCollaborationRequest',
  ],
  partnerships: [
    'expressInterest',
    'acceptPartnership',
    'declinePartnership',
    'withdrawPartnership',
    'concludePartnership',
    'formProjectGroup',
  ],
  rooms: [
    'createRoom',
    'openDirectRoom',
    'openChallengeRoom',
    'joinRoom',
    'leaveRoom',
    'addRoomMember',
    'markRoomRead',
    'reportRoomMessage',
    'hideRoomMessage',
    'muteRoomMember',
    'banRoomMember',
    'setRoomSlowMode',
  ],
} as const;

/**
 * Mutations whose role × outcome table lives in their feature's own suite, because their
 * callers are not the eight actors above (challenge roles, platform roles).
 */
export const MUTATIONS_WITH_OWN_MATRIX: Record<string, readonly string[]> = {
  'platform-roles.e2e.spec.ts': ['setPlatformRole'],
  'challenges-lifecycle.e2e.spec.ts': ['transitionChallenge'],
  'submissions-confidentiality.e2e.spec.ts': [
    'saveSubmissionDraft',
    'submitSubmission',
    'withdrawSubmission',
    'setModeratorSubmissionAccess',
  ],
  'challenge-questions.e2e.spec.ts': [
    'askChallengeQuestion',
    'answerChallengeQuestion',
    'hideChallengeQuestion',
  ],
  'challenge-brief.e2e.spec.ts': ['updateConfidentialBrief', 'acceptChallengeNda'],
  'evaluation-access.e2e.spec.ts': [
    'setScorecard',
    'assignEvaluator',
    'unassignEvaluator',
    'declareConflict',
    'scoreSubmission',
    'lockEvaluation',
    'setShortlisted',
    'awardChallenge',
    'sendFeedback',
  ],
  'matchmaking.e2e.spec.ts': ['dismissMatch', 'restoreMatch'],
};

export interface Cell {
  actor: Actor;
  /** The cast of this cell (with a new person in the caller's column when `freshCaller`). */
  people: Cast;
  /** The caller, on a session of this cell's own (null for anonymous). */
  caller: Person | null;
  /** The organisation of the cell: people.owner, admin, member and target belong to it. */
  organisationId: string;
  /** What the operation's `prepare` returned (tokens, ids). */
  given: Record<string, string>;
}

export interface Operation {
  /** A GraphQL mutation and its variables… */
  document?: string;
  variables?(cell: Cell): Record<string, unknown>;
  /** …or a call of its own (REST) that answers 'OK' or the error code. */
  call?(cell: Cell): Promise<string>;
  /** The call ends the caller's sessions or account: use a new person in the column's role. */
  freshCaller?: boolean;
  /** State the call needs, set up before the "nothing changed" snapshot. */
  prepare?(cell: Cell): Promise<Record<string, string>>;
  /** What an allowed call must have changed. */
  effect(cell: Cell): Promise<void>;
}

export interface World {
  readonly api: TestApp;
  readonly smtp: TestSmtpServer;
  readonly people: Cast;
  query(sql: string, parameters?: unknown[]): Promise<Record<string, unknown>[]>;
  /** A new person with a verified address (unique, made from `label`). */
  newPerson(label: string): Promise<Person>;
  /** A second session of the same person, with a cookie jar of its own. */
  signInAgain(person: Person): Promise<Person>;
  /** The mails received by `email` so far. */
  mailsTo(email: string): ReceivedMail[];
}

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }`;

/**
 * Starts the app, an SMTP server and the cast for the enclosing describe (beforeAll/afterAll);
 * the returned world is usable inside tests and hooks.
 */
export function authorizationWorld(env: Record<string, string> = {}): World {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let people: Cast;
  let created = 0;

  const world: World = {
    get api() {
      return api;
    },
    get smtp() {
      return smtp;
    },
    get people() {
      return people;
    },
    query: (sql, parameters = []) => dataSourceOf(api).query(sql, parameters),
    newPerson: (label) =>
      registerPerson(api, smtp, `${label.replace(/\W+/g, '-')}-${++created}@fresh.test`, {
        fullName: `Nuovo ${label}`,
      }),
    async signInAgain(person) {
      const client = api.client();
      const { body } = await client.graphql(SIGN_IN, { email: person.email, password: PASSWORD });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { ...person, client };
    },
    mailsTo: (email) =>
      smtp.messages.filter((mail) =>
        mail.envelope.to.some((to) => to.toLowerCase() === email.toLowerCase()),
      ),
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // the matrix signs in a few hundred times, some of them on purpose with a wrong password
    api = await startTestApp({
      SMTP_URL: smtp.url,
      LOGIN_MAX_FAILURES_PER_IP: '10000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
      ...env,
    });
    const register = (email: string, fullName: string) =>
      registerPerson(api, smtp, email, { fullName });
    people = {
      'no organisation': await register('nobody@unimi.it', 'Nadia Nessuno'),
      'owner elsewhere': await register('elsewhere@unibg.it', 'Oscar Altrove'),
      member: await register('member@polimi.it', 'Maria Membro'),
      admin: await register('admin@polimi.it', 'Alberto Admin'),
      owner: await register('owner@polimi.it', 'Olga Titolare'),
      moderator: await register('moderator@regione.lombardia.it', 'Marco Moderatore'),
      'platform admin': await register('root@regione.lombardia.it', 'Paola Piattaforma'),
      target: await register('target@polimi.it', 'Tino Bersaglio'),
      stranger: await register('stranger@unipv.it', 'Stefano Estraneo'),
    };
    await setPlatformRole(api, people.moderator.id, 'moderator');
    await setPlatformRole(api, people['platform admin'].id, 'admin');
    await createOrganisation(people['owner elsewhere'], { displayName: 'Altra Azienda' });
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  return world;
}

/** A new person holding `actor`'s role (the cell's organisation gives member, admin, owner). */
async function freshInRole(world: World, actor: SignedInActor): Promise<Person> {
  const person = await world.newPerson(actor);
  if (actor === 'owner elsewhere')
    await createOrganisation(person, { displayName: 'Altra Azienda Nuova' });
  if (actor === 'moderator') await setPlatformRole(world.api, person.id, 'moderator');
  if (actor === 'platform admin') await setPlatformRole(world.api, person.id, 'admin');
  return person;
}

async function setUpCell(world: World, actor: Actor, operation: Operation): Promise<Cell> {
  const people = { ...world.people };
  if (operation.freshCaller && actor !== 'anonymous')
    people[actor] = await freshInRole(world, actor);
  const organisationId = await createOrganisation(people.owner, {
    displayName: 'Bersaglio S.r.l.',
  });
  await addMember(world.api, organisationId, people.admin.id, 'admin');
  await addMember(world.api, organisationId, people.member.id, 'member');
  await addMember(world.api, organisationId, people.target.id, 'member');
  // a session of the cell's own: signing in, out or as someone else never leaks to the next cell
  const caller = actor === 'anonymous' ? null : await world.signInAgain(people[actor]);
  const cell: Cell = { actor, people, caller, organisationId, given: {} };
  cell.given = (await operation.prepare?.(cell)) ?? {};
  return cell;
}

/**
 * Every table of the application, to prove a refused call touched nothing (new features are
 * covered without listing them). Left out: when a session was last seen (any signed-in request
 * may touch it), sign-in attempts (a refused sign-in is recorded on purpose, for the throttle)
 * and generated search vectors.
 */
const SKIPPED_TABLES = ['login_attempt', 'migrations', 'typeorm_metadata', 'seed_history'];
const OMITTED_COLUMNS = `- 'search' - 'last_seen_at'`;

async function snapshot(world: World) {
  const tables = (await world.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1))
      ORDER BY table_name`,
    [SKIPPED_TABLES],
  )) as { name: string }[];
  const rows: Record<string, unknown> = { mails: world.smtp.messages.length };
  for (const { name } of tables)
    rows[name] = await world.query(
      `SELECT to_jsonb(t) ${OMITTED_COLUMNS} AS row FROM "${name}" t ORDER BY 1`,
    );
  return rows;
}

/** 'OK', FALSE for a mutation that answered false, or the first error's code. */
export function graphqlOutcome(body: GraphQLResponse['body']): string {
  const answers = Object.values(body.data ?? {});
  if (!body.errors?.length && answers.length === 1 && answers[0] === false) return FALSE;
  return outcome(body);
}

async function perform(operation: Operation, cell: Cell, world: World): Promise<string> {
  if (operation.call) return operation.call(cell);
  if (!operation.document || !operation.variables) throw new Error('no document nor call');
  const client = cell.caller?.client ?? world.api.client();
  const { body } = await client.graphql(operation.document, operation.variables(cell));
  return graphqlOutcome(body);
}

/** The mutation a matrix row is about: its name up to the first colon. */
const mutationOf = (row: string) => row.split(':')[0]!;

/**
 * One test per cell of `matrix` (row → one expected outcome per actor, in ACTORS order).
 * With an `area`, also checks that the rows cover exactly the area's mutations and that
 * every mutation of the schema belongs to an area.
 */
export function describeMatrix(
  world: World,
  matrix: Record<string, readonly string[]>,
  operations: Record<string, Operation>,
  area?: keyof typeof MUTATION_AREAS,
) {
  it('has an operation for every row, and a row for every mutation of its area', () => {
    expect(Object.keys(operations).sort()).toEqual(Object.keys(matrix).sort());
    for (const row of Object.values(matrix)) expect(row).toHaveLength(ACTORS.length);
    if (!area) return;
    const schemaMutations = Object.keys(
      world.api.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields(),
    );
    const withArea: string[] = [
      ...Object.values(MUTATION_AREAS),
      ...Object.values(MUTATIONS_WITH_OWN_MATRIX),
    ].flat();
    expect([...withArea].sort()).toEqual(schemaMutations.sort());
    const covered = new Set(Object.keys(matrix).map(mutationOf));
    expect([...covered].sort()).toEqual([...MUTATION_AREAS[area]].sort());
  });

  describe.each(Object.entries(matrix))('%s', (name, row) => {
    it.each(ACTORS.map((actor, column) => [actor, row[column]!] as const))(
      'by %s → %s',
      async (actor, expected) => {
        const operation = operations[name]!;
        const cell = await setUpCell(world, actor, operation);
        const before = await snapshot(world);
        expect(await perform(operation, cell, world)).toBe(expected);
        if (expected === OK) await operation.effect(cell);
        else expect(await snapshot(world)).toEqual(before);
      },
    );
  });
}
