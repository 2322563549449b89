import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, type TestApp } from './harness/app';
import {
  createOrganisation,
  dataSourceOf,
  outcome,
  registerPerson,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const DIRECTORY = `query Directory($filter: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) {
    nodes { id displayName }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Page {
  nodes: { id: string; displayName: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

async function directory(
  api: TestApp,
  variables: { filter?: Record<string, unknown>; first?: number; after?: string | null },
) {
  return api.graphql<{ organisations: Page }>(DIRECTORY, { variables });
}

async function names(api: TestApp, filter: Record<string, unknown>): Promise<string[]> {
  const { body } = await directory(api, { filter, first: 50 });
  expect(body.errors).toBeUndefined();
  return body.data!.organisations.nodes.map((node) => node.displayName);
}

/** Follows endCursor until the last page; returns the pages. */
async function walk(api: TestApp, filter: Record<string, unknown>, first: number) {
  const pages: Page[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const { body } = await directory(api, { filter, first, after });
    expect(body.errors).toBeUndefined();
    const page: Page = body.data!.organisations;
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    expect(page.nodes).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination does not end');
}

describe('organisations directory', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
  });

  describe('filters and full-text search', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ SMTP_URL: smtp.url });
      const creator = await registerPerson(api, smtp, 'creator@polimi.it');
      const fixtures = [
        {
          kind: 'university',
          displayName: 'Ateneo Milanese',
          legalName: 'Università degli Studi di Milano',
          province: 'MI',
          s3Ecosystems: ['health_life_science', 'culture_knowledge'],
          competences: ['genomics', 'machine learning'],
          trlMin: 1,
          trlMax: 4,
          descriptionIt: 'Ricerca e formazione nelle scienze della vita.',
          descriptionEn: 'Teaching and research in life sciences.',
          verified: true,
        },
        {
          kind: 'startup',
          displayName: 'Acme Robotics',
          legalName: 'Acme Robotics S.r.l.',
          province: 'BG',
          s3Ecosystems: ['advanced_manufacturing'],
          competences: ['robotics', 'machine learning'],
          trlMin: 5,
          trlMax: 8,
          descriptionIt: 'Robot collaborativi per le piccole fabbriche.',
          descriptionEn: 'We are manufacturing collaborative robots for small factories.',
          verified: false,
        },
        {
          kind: 'research_centre',
          displayName: 'Laboratorio Materiali',
          legalName: 'Laboratorio Materiali S.c.a.r.l.',
          province: 'BS',
          s3Ecosystems: ['sustainability', 'advanced_manufacturing'],
          competences: ['composites', 'recycling'],
          trlMin: 3,
          trlMax: 6,
          descriptionIt: 'Ricerche sui materiali compositi riciclabili.',
          descriptionEn: 'Recyclable composite materials.',
          verified: true,
        },
        {
          kind: 'research_hospital',
          displayName: 'Ospedale Innovativo',
          legalName: 'Ospedale Innovativo IRCCS',
          province: 'MI',
          s3Ecosystems: ['health_life_science'],
          competences: ['clinical trials', 'genomics'],
          trlMin: 6,
          trlMax: 9,
          descriptionIt: 'Sperimentazioni cliniche di nuove terapie.',
          descriptionEn: 'Clinical trials of new treatments.',
          verified: false,
        },
        {
          kind: 'cluster',
          displayName: 'Cluster Mobilità',
          legalName: 'Cluster Lombardo della Mobilità',
          province: 'VA',
          s3Ecosystems: ['smart_mobility_architecture'],
          competences: [],
          trlMin: null,
          trlMax: null,
          descriptionIt: 'Associazione per la mobilità sostenibile.',
          descriptionEn: 'Association for sustainable mobility.',
          verified: true,
        },
      ];
      for (const { verified, ...fixture } of fixtures) {
        const id = await createOrganisation(creator, fixture);
        if (verified)
          await dataSourceOf(api).query(
            `UPDATE organisation SET verified_at = now() WHERE id = $1`,
            [id],
          );
      }
    });
    afterAll(async () => {
      await api.close();
    });

    it('lists everything by name when there is no filter', async () => {
      expect(await names(api, {})).toEqual([
        'Acme Robotics',
        'Ateneo Milanese',
        'Cluster Mobilità',
        'Laboratorio Materiali',
        'Ospedale Innovativo',
      ]);
    });

    it.each([
      [{ kinds: ['university', 'startup'] }, ['Acme Robotics', 'Ateneo Milanese']],
      [{ provinces: ['MI'] }, ['Ateneo Milanese', 'Ospedale Innovativo']],
      [{ provinces: ['CO'] }, []],
      [{ s3Ecosystems: ['advanced_manufacturing'] }, ['Acme Robotics', 'Laboratorio Materiali']],
      [{ s3Ecosystems: ['sustainability', 'nutrition'] }, ['Laboratorio Materiali']],
      [{ competences: ['machine learning'] }, ['Acme Robotics', 'Ateneo Milanese']],
      [{ competences: ['Genomics '] }, ['Ateneo Milanese', 'Ospedale Innovativo']],
      [{ competences: [' Machine   Learning'] }, ['Acme Robotics', 'Ateneo Milanese']],
      [{ competences: ['genomics', '  '] }, ['Ateneo Milanese', 'Ospedale Innovativo']],
      [{ competences: ['machine learning', 'robotics'] }, ['Acme Robotics']],
      [{ competences: ['genomics', 'robotics'] }, []],
      [{ trlAtLeast: 8 }, ['Acme Robotics', 'Ospedale Innovativo']],
      [{ trlAtLeast: 9 }, ['Ospedale Innovativo']],
      [{ verifiedOnly: true }, ['Ateneo Milanese', 'Cluster Mobilità', 'Laboratorio Materiali']],
      [
        { verifiedOnly: false },
        [
          'Acme Robotics',
          'Ateneo Milanese',
          'Cluster Mobilità',
          'Laboratorio Materiali',
          'Ospedale Innovativo',
        ],
      ],
      [{ provinces: ['MI'], verifiedOnly: true }, ['Ateneo Milanese']],
      [{ kinds: ['startup'], provinces: ['MI'] }, []],
    ])('filters %j', async (filter, expected) => {
      expect(await names(api, filter)).toEqual(expected);
    });

    it.each([
      // accents folded both ways: "Università degli Studi" in the legal name
      ['universita', ['Ateneo Milanese']],
      ['UNIVERSITÀ degli studi', ['Ateneo Milanese']],
      ['mobilita', ['Cluster Mobilità']],
      // English stemming: "manufacturing" found by "manufactured", "robots" by "robot"
      ['manufactured', ['Acme Robotics']],
      ['robot', ['Acme Robotics']],
      ['treatment', ['Ospedale Innovativo']],
      // Italian stemming: "Ricerche" and "Ricerca" by "ricerca", "Sperimentazioni" by the singular
      ['ricerca', ['Ateneo Milanese', 'Laboratorio Materiali']],
      ['sperimentazione', ['Ospedale Innovativo']],
      ['fabbrica', ['Acme Robotics']],
      // competences and names count too; websearch syntax
      ['genomics', ['Ateneo Milanese', 'Ospedale Innovativo']],
      ['genomics -clinical', ['Ateneo Milanese']],
      ['"machine learning"', ['Acme Robotics', 'Ateneo Milanese']],
      ['quantum', []],
    ])('searches %j', async (query, expected) => {
      expect((await names(api, { query })).sort()).toEqual(expected);
    });

    it('combines search and filters', async () => {
      expect(await names(api, { query: 'genomics', verifiedOnly: true })).toEqual([
        'Ateneo Milanese',
      ]);
      expect(await names(api, { query: 'ricerca', provinces: ['BS'] })).toEqual([
        'Laboratorio Materiali',
      ]);
    });
  });

  describe('keyset pagination', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ SMTP_URL: smtp.url });
      const creator = await registerPerson(api, smtp, 'pages@polimi.it');
      // names that repeat (ties broken by id), and descriptions that mention "robot" a varying
      // number of times (so search ranks differ, and tie too)
      const names = [
        'Alfa',
        'Beta',
        'Beta',
        'Beta',
        'Gamma',
        'delta',
        'Epsilon',
        'Zeta',
        'Zeta',
        'Èta',
        'Theta',
        'Iota',
        'Kappa',
      ];
      for (const [i, displayName] of names.entries()) {
        await createOrganisation(creator, {
          displayName,
          legalName: `${displayName} ${i} S.r.l.`,
          descriptionEn: i % 4 === 0 ? 'Factory software.' : 'Robot arms. '.repeat(1 + (i % 3)),
          competences: i % 2 ? ['robotics'] : ['logistics'],
        });
      }
    });
    afterAll(async () => {
      await api.close();
    });

    async function expectWalk(filter: Record<string, unknown>, expectedIds: string[]) {
      const pages = await walk(api, filter, 2);
      const ids = pages.flatMap((page) => page.nodes.map((node) => node.id));
      expect(new Set(ids).size).toBe(ids.length); // every organisation exactly once…
      expect(ids).toEqual(expectedIds); // …in order
      expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
      expect(pages.length).toBe(Math.max(1, Math.ceil(expectedIds.length / 2)));
    }

    it('walks every page by name with first = 2', async () => {
      const rows: { id: string }[] = await dataSourceOf(api).query(
        `SELECT id FROM organisation ORDER BY display_name, id`,
      );
      expect(rows).toHaveLength(13);
      await expectWalk(
        {},
        rows.map((row) => row.id),
      );
      const robotics: { id: string }[] = await dataSourceOf(api).query(
        `SELECT id FROM organisation WHERE competences @> '{robotics}' ORDER BY display_name, id`,
      );
      await expectWalk(
        { competences: ['robotics'] },
        robotics.map((row) => row.id),
      );
    });

    it('walks every page of a search by rank with first = 2', async () => {
      const ranked = async (query: string, where = 'true') => {
        const rows: { id: string; rank: number }[] = await dataSourceOf(api).query(
          `WITH q AS (SELECT websearch_to_tsquery('oip_it', $1) || websearch_to_tsquery('oip_en', $1) AS q)
           SELECT id, ts_rank(search, q.q) AS rank FROM organisation, q
           WHERE search @@ q.q AND ${where} ORDER BY rank DESC, id`,
          [query],
        );
        return rows;
      };
      const robots = await ranked('robots');
      expect(robots.length).toBeGreaterThan(6);
      expect(new Set(robots.map((row) => row.rank)).size).toBeGreaterThan(1); // ranks differ…
      expect(new Set(robots.map((row) => row.rank)).size).toBeLessThan(robots.length); // …and tie
      await expectWalk(
        { query: 'robots' },
        robots.map((row) => row.id),
      );

      const filtered = await ranked('robot OR software', `competences @> '{logistics}'`);
      await expectWalk(
        { query: 'robot OR software', competences: ['logistics'] },
        filtered.map((row) => row.id),
      );
    });

    it('returns an empty last page without a cursor when nothing matches', async () => {
      const { body } = await directory(api, { filter: { query: 'quantum' }, first: 2 });
      expect(body.data!.organisations).toEqual({
        nodes: [],
        pageInfo: { endCursor: null, hasNextPage: false },
      });
    });

    it.each([0, -1, 51, 1000])('refuses first = %d (BAD_USER_INPUT)', async (first) => {
      const { body } = await directory(api, { first });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(body.data).toBeNull();
    });

    it('accepts first = 50 and first = 1', async () => {
      expect(outcome((await directory(api, { first: 50 })).body)).toBe('OK');
      expect(outcome((await directory(api, { first: 1 })).body)).toBe('OK');
    });

    it('refuses a garbage cursor with BAD_USER_INPUT, never a server error', async () => {
      const browsing = (await directory(api, { first: 2 })).body.data!.organisations.pageInfo
        .endCursor!;
      const searching = (await directory(api, { filter: { query: 'robot' }, first: 2 })).body.data!
        .organisations.pageInfo.endCursor!;
      const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const id = '00000000-0000-4000-8000-000000000000';
      const cases: [string, Record<string, unknown>][] = [
        ['not a cursor', {}],
        ['!!!', {}],
        [b64({ k: 'Beta' }), {}],
        [b64({ k: 'Beta', id: 'not-a-uuid' }), {}],
        [b64({ k: { nested: true }, id }), {}],
        [b64(null), {}],
        [b64([1, 2]), {}],
        [b64('Beta'), {}],
        [b64({ k: 'Beta', id }), { query: 'robot' }], // a name where a rank is expected
        [b64({ k: 0.5, id }), {}], // a rank where a name is expected
        [`${b64({ k: 0.5, id }).slice(0, -2)}`, { query: 'robot' }], // truncated
        [browsing, { query: 'robot' }],
        [searching, {}],
      ];
      for (const [after, filter] of cases) {
        const { body } = await directory(api, { filter, first: 2, after });
        expect({ after, filter, code: outcome(body) }).toEqual({
          after,
          filter,
          code: 'BAD_USER_INPUT',
        });
      }
    });
  });

  describe('query count', () => {
    let api: TestApp;
    let viewer: Person;
    const PAGE = `query Page($first: Int!) {
      organisations(first: $first) {
        nodes {
          id displayName myRole
          members { person { fullName } role }
          parent { displayName }
          children { id }
        }
        pageInfo { endCursor hasNextPage }
      }
    }`;
    interface PageNode {
      id: string;
      myRole: string | null;
      members: { person: { fullName: string }; role: string }[];
      parent: { displayName: string } | null;
      children: { id: string }[];
    }

    beforeAll(async () => {
      // a page of 50 with members, parent and children costs more than the default budget
      api = await startTestApp({ SMTP_URL: smtp.url, GRAPHQL_MAX_COMPLEXITY: '100000' });
      const creator = await registerPerson(api, smtp, 'many@polimi.it', { fullName: 'Tina Tanti' });
      viewer = await registerPerson(api, smtp, 'viewer@unimi.it', { fullName: 'Vera Viste' });
      const db = dataSourceOf(api);
      const colleagues: { id: string }[] = await db.query(
        `INSERT INTO user_account (email, full_name, email_verified_at)
         SELECT 'colleague' || n || '@polimi.it', 'Collega ' || n, now() FROM generate_series(1, 20) n
         RETURNING id`,
      );
      const ids: string[] = [];
      for (let i = 0; i < 50; i++) {
        const id = await createOrganisation(creator, {
          displayName: `Organizzazione ${String(i).padStart(2, '0')}`,
          // ten roots (00, 05, 10, …), each with the next four below it
          parentId: i % 5 === 0 ? null : ids[i - (i % 5)],
        });
        ids.push(id);
        // three members each: the creator (owner) and two more; the viewer is in every third
        const second = i % 3 === 0 ? viewer.id : colleagues[i % 20]!.id;
        await db.query(
          `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'admin'), ($1, $3, 'member')`,
          [id, second, colleagues[(i + 7) % 20]!.id],
        );
      }
    });
    afterAll(async () => {
      await api.close();
    });

    /** Runs one request and counts the SQL statements it sent to PostgreSQL. */
    async function countQueries(first: number) {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const { body } = await viewer.client.graphql<{ organisations: { nodes: PageNode[] } }>(
          PAGE,
          { first },
        );
        expect(body.errors).toBeUndefined();
        return {
          nodes: body.data!.organisations.nodes,
          statements: spy.mock.calls.map(([sql]) => sql.replace(/\s+/g, ' ').slice(0, 120)),
        };
      } finally {
        spy.mockRestore();
      }
    }

    it('runs the same small number of queries for a page of 5 and a page of 50', async () => {
      await countQueries(1); // warm up (and touch the session, which may cost a write)
      const five = await countQueries(5);
      const fifty = await countQueries(50);

      expect(five.nodes).toHaveLength(5);
      expect(five.nodes.filter((node) => node.parent)).toHaveLength(4); // every relation is used
      expect(fifty.nodes).toHaveLength(50);
      for (const node of fifty.nodes) expect(node.members).toHaveLength(3);
      const roots = fifty.nodes.filter((node) => node.parent === null);
      expect(roots).toHaveLength(10);
      for (const root of roots) expect(root.children).toHaveLength(4);
      expect(fifty.nodes.filter((node) => node.myRole === 'ADMIN')).toHaveLength(17);
      expect(fifty.nodes.filter((node) => node.myRole === null)).toHaveLength(33);
      expect(fifty.nodes.find((node) => node.parent)?.parent?.displayName).toMatch(
        /^Organizzazione 0\d$/,
      );

      // one statement each: the session, the page, myRole, members, parents, children
      // (toHaveLength prints the statements when it fails)
      expect(fifty.statements.length).toBeLessThanOrEqual(8);
      expect(fifty.statements).toHaveLength(five.statements.length);
    });
  });
});
