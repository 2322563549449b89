import { signUp, type SignedUp } from './harness/accounts';
import { startTestApp, type TestApp } from './harness/app';
import { dataSourceOf, outcome, setPlatformRole } from './harness/people';

const ACCOUNTS = `query ($filter: PlatformAccountFilter, $first: Int, $after: String) {
  platformAccounts(filter: $filter, first: $first, after: $after) {
    nodes { id fullName email role emailVerified createdAt }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SET_ROLE = `mutation ($userId: ID!, $role: PlatformRole!) {
  setPlatformRole(userId: $userId, role: $role) { id role }
}`;
const ME = `{ me { role } }`;
const UNKNOWN_ID = '0f000000-0000-4000-8000-0000000000ff';

/**
 * Who may list accounts and change platform roles. Every cell starts from the same roles
 * (the caller's own, the target a member, one platform admin); a refused call changes nothing.
 */
const ACTORS = ['anonymous', 'member', 'moderator', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
const [OK, ANON, DENY] = ['OK', 'UNAUTHENTICATED', 'FORBIDDEN'];
const NONE = 'NOT_FOUND';
const LAST = 'LAST_PLATFORM_ADMIN';

// prettier-ignore
const MATRIX: Record<string, string[]> = {
  //                                          anonymous  member  moderator  admin
  'platformAccounts':                           [ANON,     DENY,   DENY,      OK  ],
  'setPlatformRole: member → MODERATOR':        [ANON,     DENY,   DENY,      OK  ],
  'setPlatformRole: member → ADMIN':            [ANON,     DENY,   DENY,      OK  ],
  'setPlatformRole: an unknown id':             [ANON,     DENY,   DENY,      NONE],
  'setPlatformRole: the last admin → MEMBER':   [ANON,     DENY,   DENY,      LAST],
};

describe('platform roles: administration of accounts', () => {
  let api: TestApp;
  let people: Record<Exclude<Actor, 'anonymous'> | 'target', SignedUp>;
  const query = (sql: string, parameters: unknown[] = []) =>
    dataSourceOf(api).query(sql, parameters);
  const roleOf = async (id: string) =>
    (await query(`SELECT role FROM user_account WHERE id = $1`, [id]))[0]?.role;

  beforeAll(async () => {
    api = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '10000' });
    people = {
      member: await signUp(api, 'membro@polimi.it', 'Maria Membro', { verified: true }),
      moderator: await signUp(api, 'moderatore@regione.lombardia.it', 'Marco Moderatore'),
      admin: await signUp(api, 'admin@regione.lombardia.it', 'Paola Piattaforma'),
      target: await signUp(api, 'target@unibg.it', 'Tino Bersaglio'),
    };
  });
  afterAll(() => api.close());

  /** The starting roles of every cell. */
  const resetRoles = async () => {
    await query(`UPDATE user_account SET role = 'member'`);
    await setPlatformRole(api, people.moderator.id, 'moderator');
    await setPlatformRole(api, people.admin.id, 'admin');
  };
  const snapshot = async () => ({
    roles: await query(`SELECT id, role FROM user_account ORDER BY id`),
    audit: await query(`SELECT * FROM audit_event ORDER BY id`),
  });

  const OPERATIONS: Record<
    string,
    { document: string; variables: () => Record<string, unknown>; effect: () => Promise<void> }
  > = {
    platformAccounts: {
      document: ACCOUNTS,
      variables: () => ({ first: 10 }),
      effect: async () => undefined,
    },
    'setPlatformRole: member → MODERATOR': {
      document: SET_ROLE,
      variables: () => ({ userId: people.target.id, role: 'MODERATOR' }),
      effect: async () => expect(await roleOf(people.target.id)).toBe('moderator'),
    },
    'setPlatformRole: member → ADMIN': {
      document: SET_ROLE,
      variables: () => ({ userId: people.target.id, role: 'ADMIN' }),
      effect: async () => expect(await roleOf(people.target.id)).toBe('admin'),
    },
    'setPlatformRole: an unknown id': {
      document: SET_ROLE,
      variables: () => ({ userId: UNKNOWN_ID, role: 'MODERATOR' }),
      effect: () => Promise.reject(new Error('no such account')),
    },
    'setPlatformRole: the last admin → MEMBER': {
      document: SET_ROLE,
      variables: () => ({ userId: people.admin.id, role: 'MEMBER' }),
      effect: () => Promise.reject(new Error('the last admin is never demoted')),
    },
  };

  describe.each(Object.entries(MATRIX))('%s', (name, row) => {
    it.each(ACTORS.map((actor, column) => [actor, row[column]!] as const))(
      'by %s → %s',
      async (actor, expected) => {
        await resetRoles();
        const operation = OPERATIONS[name]!;
        const client = actor === 'anonymous' ? api.client() : people[actor].client;
        const before = await snapshot();
        const { body } = await client.graphql(operation.document, operation.variables());
        expect(outcome(body)).toBe(expected);
        if (expected === OK) await operation.effect();
        else expect(await snapshot()).toEqual(before);
      },
    );
  });

  describe('setPlatformRole', () => {
    beforeEach(async () => {
      await resetRoles();
      await query(`DELETE FROM audit_event`);
    });

    it('records who changed whose role, from what to what', async () => {
      const { body } = await people.admin.client.graphql(SET_ROLE, {
        userId: people.target.id,
        role: 'MODERATOR',
      });
      expect(body.data).toEqual({
        setPlatformRole: { id: people.target.id, role: 'MODERATOR' },
      });
      const events = await query(
        `SELECT actor_id, subject_type, subject_id, data FROM audit_event
         WHERE action = 'account.platform_role_changed'`,
      );
      expect(events).toEqual([
        {
          actor_id: people.admin.id,
          subject_type: 'account',
          subject_id: people.target.id,
          data: { from: 'member', to: 'moderator' },
        },
      ]);
    });

    it('changes nothing and records nothing when the role is already that one', async () => {
      const { body } = await people.admin.client.graphql(SET_ROLE, {
        userId: people.moderator.id,
        role: 'MODERATOR',
      });
      expect(outcome(body)).toBe(OK);
      expect(await query(`SELECT * FROM audit_event`)).toEqual([]);
    });

    it('lets an admin step down while another admin remains, never the last one', async () => {
      await setPlatformRole(api, people.target.id, 'admin');
      const steppedDown = await people.admin.client.graphql(SET_ROLE, {
        userId: people.admin.id,
        role: 'MODERATOR',
      });
      expect(outcome(steppedDown.body)).toBe(OK);

      const refused = await api.graphql(SET_ROLE, {
        variables: { userId: people.target.id, role: 'MEMBER' },
        headers: { cookie: people.target.client.cookie!, 'accept-language': 'en' },
      });
      expect(refused.body.errors?.[0]).toMatchObject({
        message:
          'The platform must keep at least one administrator: appoint another administrator first.',
        extensions: { code: LAST },
      });
      expect(await roleOf(people.target.id)).toBe('admin');
    });

    it('does not count erased accounts as admins', async () => {
      await setPlatformRole(api, people.target.id, 'admin');
      await query(`UPDATE user_account SET deleted_at = now() WHERE id = $1`, [people.target.id]);
      const { body } = await people.admin.client.graphql(SET_ROLE, {
        userId: people.admin.id,
        role: 'MEMBER',
      });
      expect(outcome(body)).toBe(LAST);
      const erased = await people.admin.client.graphql(SET_ROLE, {
        userId: people.target.id,
        role: 'MEMBER',
      });
      expect(outcome(erased.body)).toBe(NONE);
      await query(`UPDATE user_account SET deleted_at = NULL WHERE id = $1`, [people.target.id]);
    });

    it('two admins demoting each other at once leave one admin', async () => {
      await setPlatformRole(api, people.target.id, 'admin');
      const results = await Promise.all([
        people.admin.client.graphql(SET_ROLE, { userId: people.target.id, role: 'MEMBER' }),
        people.target.client.graphql(SET_ROLE, { userId: people.admin.id, role: 'MEMBER' }),
      ]);
      // the loser is refused by the last-admin rule, or (if the winner committed before its
      // request was authorised) for no longer being an admin: either way one admin remains
      const [first, second] = results.map(({ body }) => outcome(body)).sort();
      expect(first === DENY || first === LAST).toBe(true);
      expect(second).toBe(OK);
      expect(
        await query(`SELECT count(*)::int AS n FROM user_account WHERE role = 'admin'`),
      ).toEqual([{ n: 1 }]);
    });

    it('applies to the person’s open sessions at their next request', async () => {
      const target = people.target.client;
      expect((await target.graphql(ME)).body.data).toEqual({ me: { role: 'MEMBER' } });
      expect(outcome((await target.graphql(ACCOUNTS, { first: 5 })).body)).toBe(DENY);

      await people.admin.client.graphql(SET_ROLE, { userId: people.target.id, role: 'ADMIN' });
      expect((await target.graphql(ME)).body.data).toEqual({ me: { role: 'ADMIN' } });
      expect(outcome((await target.graphql(ACCOUNTS, { first: 5 })).body)).toBe(OK);

      await people.admin.client.graphql(SET_ROLE, { userId: people.target.id, role: 'MEMBER' });
      expect(outcome((await target.graphql(ACCOUNTS, { first: 5 })).body)).toBe(DENY);
    });
  });

  describe('platformAccounts', () => {
    beforeAll(async () => {
      await resetRoles();
      for (let i = 1; i <= 4; i++) {
        await signUp(api, `ricercatore${i}@unimi.it`, `Rita Ricercatrice ${i}`);
      }
      await signUp(api, 'cento_per_cento@unipv.it', 'Carla 100% Sconto');
    });

    type Page = {
      platformAccounts: {
        nodes: { id: string; fullName: string; email: string; role: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const list = async (variables: Record<string, unknown>) => {
      const { body } = await people.admin.client.graphql<Page>(ACCOUNTS, variables);
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return body.data.platformAccounts;
    };

    it('shows what administrators need and nothing more, by name', async () => {
      const page = await list({ first: 50 });
      const names = page.nodes.map((node) => node.fullName);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      const { body } = await people.admin.client.graphql<{
        platformAccounts: { nodes: Record<string, unknown>[] };
      }>(ACCOUNTS, { filter: { query: 'membro@polimi' } });
      expect(body.data?.platformAccounts.nodes).toEqual([
        {
          id: people.member.id,
          fullName: 'Maria Membro',
          email: 'membro@polimi.it',
          role: 'MEMBER',
          emailVerified: true,
          createdAt: expect.any(String),
        },
      ]);
    });

    it('searches names and emails, case-insensitively and literally', async () => {
      expect((await list({ filter: { query: 'RICERCATRICE' } })).nodes).toHaveLength(4);
      expect((await list({ filter: { query: '@unimi.it' } })).nodes).toHaveLength(4);
      const percent = await list({ filter: { query: '100%' } });
      expect(percent.nodes.map((node) => node.fullName)).toEqual(['Carla 100% Sconto']);
      expect((await list({ filter: { query: '_' } })).nodes.map((node) => node.email)).toEqual([
        'cento_per_cento@unipv.it',
      ]);
    });

    it('filters by role', async () => {
      const moderators = await list({ filter: { role: 'MODERATOR' } });
      expect(moderators.nodes.map((node) => node.id)).toEqual([people.moderator.id]);
    });

    it('pages through every account once, in pages of at most 50', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Page['platformAccounts'] = await list({ first: 3, after });
        expect(page.nodes.length).toBeLessThanOrEqual(3);
        seen.push(...page.nodes.map((node) => node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      const [{ n }] = await query(
        `SELECT count(*)::int AS n FROM user_account WHERE deleted_at IS NULL`,
      );
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(n);

      const tooMany = await people.admin.client.graphql(ACCOUNTS, { first: 51 });
      expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
      const badCursor = await people.admin.client.graphql(ACCOUNTS, { after: 'nonsense' });
      expect(outcome(badCursor.body)).toBe('BAD_USER_INPUT');
    });

    it('leaves erased accounts out', async () => {
      const erased = await signUp(api, 'cancellata@unimi.it', 'Ernesta Cancellata');
      await query(`UPDATE user_account SET deleted_at = now(), email = NULL WHERE id = $1`, [
        erased.id,
      ]);
      expect((await list({ filter: { query: 'Cancellata' } })).nodes).toEqual([]);
    });
  });
});
