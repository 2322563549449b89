import { DataSource } from 'typeorm';
import { PeopleService } from '../src/modules/people/people.service';
import { signUp, type SignedUp } from './harness/accounts';
import { startTestApp, type TestApp, type TestClient } from './harness/app';

const PERSON_FIELDS = `id fullName headline bio expertise languages links { url label } avatarUrl visibility`;
const UPDATE = `mutation U($input: ProfileInput!) { updateMyProfile(input: $input) { ${PERSON_FIELDS} } }`;
const MY_PROFILE = `{ myProfile { ${PERSON_FIELDS} } }`;
const PERSON = `query P($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const PEOPLE = `query D($filter: PeopleFilter, $first: Int, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    nodes { id fullName headline }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface PersonView {
  id: string;
  fullName: string;
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
  links: { url: string; label: string | null }[];
  avatarUrl: string | null;
  visibility: 'PUBLIC' | 'MEMBERS';
}
interface Page {
  people: {
    nodes: { id: string; fullName: string; headline: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('people: profiles, visibility, directory', () => {
  let api: TestApp;
  let db: DataSource;
  let n = 0;
  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /** A new signed-in person whose profile is `profile` (nothing: no profile row at all). */
  async function person(fullName: string, profile?: Record<string, unknown>): Promise<SignedUp> {
    n += 1;
    const signedUp = await signUp(api, `person${n}@people.test`, fullName, { verified: true });
    if (profile) {
      const { body } = await signedUp.client.graphql(UPDATE, { input: profile });
      expect(body.errors).toBeUndefined();
    }
    return signedUp;
  }

  async function directory(client: TestClient | null, variables: Record<string, unknown>) {
    const { body } = client
      ? await client.graphql<Page>(PEOPLE, variables)
      : await api.graphql<Page>(PEOPLE, { variables });
    expect(body.errors).toBeUndefined();
    return body.data!.people;
  }

  const names = (page: Page['people']) => page.nodes.map((node) => node.fullName);

  it('starts with an empty, members-only profile and updates the given fields only', async () => {
    const { id, client } = await person('Giulia Rossi');
    expect((await client.graphql(MY_PROFILE)).body.data).toEqual({
      myProfile: {
        id,
        fullName: 'Giulia Rossi',
        headline: '',
        bio: '',
        expertise: [],
        languages: [],
        links: [],
        avatarUrl: null,
        visibility: 'MEMBERS',
      },
    });

    const updated = await client.graphql<{ updateMyProfile: PersonView }>(UPDATE, {
      input: {
        headline: '  Ricercatrice in robotica  ',
        bio: 'Lavoro su robot collaborativi.',
        expertise: ['Robotica', 'robotica ', 'Machine  Learning'],
        languages: ['IT', 'en'],
        links: [
          { url: 'https://orcid.org/0000-0002-1825-0097', label: 'ORCID' },
          { url: 'https://www.polimi.it' },
        ],
        visibility: 'PUBLIC',
      },
    });
    expect(updated.body.data?.updateMyProfile).toEqual({
      id,
      fullName: 'Giulia Rossi',
      headline: 'Ricercatrice in robotica',
      bio: 'Lavoro su robot collaborativi.',
      expertise: ['robotica', 'machine learning'],
      languages: ['it', 'en'],
      links: [
        { url: 'https://orcid.org/0000-0002-1825-0097', label: 'ORCID' },
        { url: 'https://www.polimi.it', label: null },
      ],
      avatarUrl: null,
      visibility: 'PUBLIC',
    });

    // fields left out stay; lists given replace
    const partial = await client.graphql<{ updateMyProfile: PersonView }>(UPDATE, {
      input: { headline: 'Ricercatrice senior', languages: [] },
    });
    expect(partial.body.data?.updateMyProfile).toMatchObject({
      headline: 'Ricercatrice senior',
      bio: 'Lavoro su robot collaborativi.',
      expertise: ['robotica', 'machine learning'],
      languages: [],
      visibility: 'PUBLIC',
    });
    expect((await client.graphql(MY_PROFILE)).body.data).toEqual({
      myProfile: partial.body.data?.updateMyProfile,
    });
  });

  it('refuses invalid fields with a stable code per field, changing nothing', async () => {
    const { client } = await person('Marco Bianchi', { headline: 'Prima' });
    const { body } = await client.graphql(UPDATE, {
      input: {
        headline: 'h'.repeat(121),
        bio: 'b'.repeat(4001),
        expertise: Array.from({ length: 21 }, (_, i) => `tag ${i}`),
        languages: ['it', 'xx'],
        links: [{ url: 'https://ok.example.org' }, { url: 'javascript:alert(1)' }],
      },
    });
    expect(body.errors?.[0]).toMatchObject({
      message: 'Alcuni campi non sono validi: correggili e riprova.',
      extensions: {
        code: 'VALIDATION_FAILED',
        fields: {
          headline: 'TEXT_TOO_LONG',
          bio: 'TEXT_TOO_LONG',
          expertise: 'TAGS_INVALID',
          languages: 'LANGUAGE_INVALID',
          'links.1': 'LINK_INVALID',
        },
      },
    });
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ expertise: ['x'.repeat(41)] }, { expertise: 'TAGS_INVALID' }],
      [
        { languages: ['it', 'en', 'de', 'fr', 'es', 'pt', 'nl', 'sv', 'pl', 'ro', 'el'] },
        { languages: 'LANGUAGE_INVALID' },
      ],
      [{ languages: ['ita'] }, { languages: 'LANGUAGE_INVALID' }],
      [
        { links: Array.from({ length: 6 }, (_, i) => ({ url: `https://example.org/${i}` })) },
        { links: 'LINK_INVALID' },
      ],
      [{ links: [{ url: 'ftp://example.org' }] }, { 'links.0': 'LINK_INVALID' }],
      [{ links: [{ url: 'www.example.org' }] }, { 'links.0': 'LINK_INVALID' }],
      [
        { links: [{ url: 'https://example.org', label: 'l'.repeat(61) }] },
        { 'links.0': 'LINK_INVALID' },
      ],
    ];
    for (const [input, fields] of cases) {
      const result = await client.graphql(UPDATE, { input });
      expect([input, result.body.errors?.[0]?.extensions]).toEqual([
        input,
        { code: 'VALIDATION_FAILED', fields },
      ]);
    }
    expect((await client.graphql(MY_PROFILE)).body.data).toMatchObject({
      myProfile: { headline: 'Prima', expertise: [], languages: [], links: [] },
    });
    // limits are inclusive
    const atLimits = await client.graphql(UPDATE, {
      input: { headline: 'h'.repeat(120), bio: 'b'.repeat(4000) },
    });
    expect(atLimits.body.errors).toBeUndefined();
  });

  it('lets only signed-in people change a profile or read their own', async () => {
    const update = await api.graphql(UPDATE, { variables: { input: { headline: 'x' } } });
    expect(update.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const mine = await api.graphql(MY_PROFILE);
    expect(mine.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows MEMBERS-only profiles to signed-in people only', async () => {
    const open = await person('Anna Public', { headline: 'Aperta', visibility: 'PUBLIC' });
    const closed = await person('Carlo Members', { headline: 'Riservato' });
    const bare = await person('Dario Noprofile');
    const viewer = await person('Elena Viewer');

    const anonymous = async (id: string) =>
      (await api.graphql<{ person: PersonView | null }>(PERSON, { variables: { id } })).body.data
        ?.person;
    const signedIn = async (id: string) =>
      (await viewer.client.graphql<{ person: PersonView | null }>(PERSON, { id })).body.data
        ?.person;

    expect(await anonymous(open.id)).toMatchObject({ fullName: 'Anna Public', headline: 'Aperta' });
    expect(await anonymous(closed.id)).toBeNull();
    expect(await anonymous(bare.id)).toBeNull(); // no profile yet: MEMBERS by default
    expect(await signedIn(open.id)).toMatchObject({ headline: 'Aperta', visibility: 'PUBLIC' });
    expect(await signedIn(closed.id)).toMatchObject({
      fullName: 'Carlo Members',
      headline: 'Riservato',
      visibility: 'MEMBERS',
    });
    expect(await signedIn(bare.id)).toMatchObject({
      fullName: 'Dario Noprofile',
      headline: '',
      visibility: 'MEMBERS',
    });
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(await signedIn(id)).toBeNull();
    }

    // the directory: anonymous callers only list PUBLIC profiles; no profile, no listing
    expect(names(await directory(null, { filter: { query: 'Anna' } }))).toEqual(['Anna Public']);
    expect(names(await directory(null, { filter: { query: 'Carlo' } }))).toEqual([]);
    expect(names(await directory(viewer.client, { filter: { query: 'Carlo' } }))).toEqual([
      'Carlo Members',
    ]);
    expect(names(await directory(viewer.client, { filter: { query: 'Dario' } }))).toEqual([]);

    // going back to MEMBERS hides it again
    await open.client.graphql(UPDATE, { input: { visibility: 'MEMBERS' } });
    expect(await anonymous(open.id)).toBeNull();
    expect(names(await directory(null, { filter: { query: 'Anna' } }))).toEqual([]);
  });

  it('hides erased accounts everywhere', async () => {
    const gone = await person('Fabio Erased', {
      headline: 'Sparirò',
      expertise: ['erasure-check'],
      visibility: 'PUBLIC',
    });
    const viewer = await person('Gina Viewer');
    const filter = { expertise: ['erasure-check'] };
    expect(names(await directory(null, { filter }))).toEqual(['Fabio Erased']);

    await db.query(`UPDATE user_account SET deleted_at = now() WHERE id = $1`, [gone.id]);
    expect((await viewer.client.graphql(PERSON, { id: gone.id })).body.data).toEqual({
      person: null,
    });
    expect((await api.graphql(PERSON, { variables: { id: gone.id } })).body.data).toEqual({
      person: null,
    });
    expect(names(await directory(null, { filter }))).toEqual([]);
    expect(names(await directory(viewer.client, { filter }))).toEqual([]);
    expect(names(await directory(viewer.client, { filter: { query: 'Fabio' } }))).toEqual([]);
  });

  it('filters the directory by expertise (all of them) and languages (all of them)', async () => {
    const viewer = await person('Hugo Viewer');
    await person('Ilaria Bio', {
      expertise: ['filter-biotech', 'filter-genomics'],
      languages: ['it', 'en'],
      visibility: 'PUBLIC',
    });
    await person('Luca Gen', { expertise: ['filter-genomics'], languages: ['it', 'de'] });
    await person('Mara Chem', { expertise: ['filter-chemistry'], languages: ['en'] });

    const listed = (filter: Record<string, unknown>) =>
      directory(viewer.client, { filter }).then(names);
    expect(await listed({ expertise: ['filter-genomics'] })).toEqual(['Ilaria Bio', 'Luca Gen']);
    expect(await listed({ expertise: ['Filter-Genomics ', 'filter-biotech'] })).toEqual([
      'Ilaria Bio',
    ]);
    expect(await listed({ expertise: ['filter-genomics'], languages: ['DE'] })).toEqual([
      'Luca Gen',
    ]);
    expect(await listed({ languages: ['it', 'en'], expertise: ['filter-genomics'] })).toEqual([
      'Ilaria Bio',
    ]);
    expect(await listed({ expertise: ['filter-chemistry'], languages: ['it'] })).toEqual([]);
    expect(names(await directory(null, { filter: { expertise: ['filter-genomics'] } }))).toEqual([
      'Ilaria Bio',
    ]);
  });

  it('searches names, headlines, tags and bios in Italian and English, accents folded', async () => {
    const viewer = await person('Nadia Viewer');
    await person('Niccolò Ferrè', {
      headline: 'Ingegneria dei materiali all’Università di Pavia',
      bio: 'Mi occupo di ricerca sui polimeri biodegradabili.',
      visibility: 'PUBLIC',
    });
    await person('Olivia Smith', {
      headline: 'Researcher in collaborative robotics',
      expertise: ['computer vision'],
      bio: 'I build robots that work safely next to people.',
    });

    const found = (query: string) => directory(viewer.client, { filter: { query } }).then(names);
    // accents folded both ways
    expect(await found('Niccolo Ferre')).toEqual(['Niccolò Ferrè']);
    expect(await found('universita pavia')).toEqual(['Niccolò Ferrè']);
    expect(await found('UNIVERSITÀ')).toEqual(['Niccolò Ferrè']);
    // Italian stemming: ricerca ~ ricercatore, polimero ~ polimeri
    expect(await found('ricercatore polimero')).toEqual(['Niccolò Ferrè']);
    // English stemming: researching ~ researcher, robot ~ robotics, visions ~ vision
    expect(await found('researching robot')).toEqual(['Olivia Smith']);
    expect(await found('visions')).toEqual(['Olivia Smith']);
    expect(await found('"next to people"')).toEqual(['Olivia Smith']);
    expect(await found('polimeri OR robots')).toEqual(
      expect.arrayContaining(['Niccolò Ferrè', 'Olivia Smith']),
    );
    expect(await found('nessuncorrispondente')).toEqual([]);
    // a name outranks a bio mention
    await person('Paola Polimeri', { headline: 'Chimica', visibility: 'PUBLIC' });
    expect((await found('polimeri')).slice(0, 2)).toEqual(['Paola Polimeri', 'Niccolò Ferrè']);
    // anonymous: the MEMBERS-only profile is not searchable
    expect(names(await directory(null, { filter: { query: '"next to people"' } }))).toEqual([]);
  });

  it('follows the account’s name when it changes', async () => {
    const renamed = await person('Quinto Vecchio', { visibility: 'PUBLIC' });
    await db.query(`UPDATE user_account SET full_name = 'Quinto Nuovo' WHERE id = $1`, [
      renamed.id,
    ]);
    expect(names(await directory(null, { filter: { query: 'Nuovo' } }))).toEqual(['Quinto Nuovo']);
    expect(names(await directory(null, { filter: { query: 'Vecchio' } }))).toEqual([]);
    expect((await api.graphql(PERSON, { variables: { id: renamed.id } })).body.data).toMatchObject({
      person: { fullName: 'Quinto Nuovo' },
    });
  });

  it('walks the directory page by page with keyset cursors, browsing and searching', async () => {
    const viewer = await person('Rita Viewer');
    const walkers = ['Zeno Walk', 'Alba Walk', 'Bruno Walk', 'Alba Walk', 'Ciro Walk', 'Dora Walk'];
    for (const name of walkers) {
      await person(name, {
        expertise: ['paging-walk'],
        headline: 'Camminatore', // the same rank for everyone when searching for it
        visibility: 'PUBLIC',
      });
    }

    async function walk(client: TestClient | null, filter: Record<string, unknown>) {
      const seen: string[] = [];
      const ids = new Set<string>();
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const page: Page['people'] = await directory(client, { filter, first: 2, after });
        for (const node of page.nodes) {
          expect(ids.has(node.id)).toBe(false);
          ids.add(node.id);
          seen.push(node.fullName);
        }
        if (!page.pageInfo.hasNextPage) {
          expect(page.nodes.length).toBeGreaterThan(0);
          return seen;
        }
        after = page.pageInfo.endCursor;
      }
      throw new Error('the walk did not end');
    }

    // browsing: by name, then id (the two "Alba Walk" both appear)
    expect(await walk(viewer.client, { expertise: ['paging-walk'] })).toEqual([
      'Alba Walk',
      'Alba Walk',
      'Bruno Walk',
      'Ciro Walk',
      'Dora Walk',
      'Zeno Walk',
    ]);
    // searching: equal ranks, so the id decides; every person exactly once
    const searched = await walk(null, { query: 'camminatore', expertise: ['paging-walk'] });
    expect([...searched].sort()).toEqual([...walkers].sort());

    const all = await directory(viewer.client, {
      filter: { expertise: ['paging-walk'] },
      first: 6,
    });
    expect(all.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false });
    expect((await directory(null, { filter: { expertise: ['none-such'] } })).pageInfo).toEqual({
      endCursor: null,
      hasNextPage: false,
    });
  });

  it('refuses a page larger than 50 and a malformed cursor with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 51 }, { first: 0 }, { first: -1 }, { after: 'garbage' }]) {
      const { body } = await api.graphql(PEOPLE, { variables });
      expect([variables, body.errors?.[0]?.extensions?.code]).toEqual([
        variables,
        'BAD_USER_INPUT',
      ]);
    }
    // a browsing cursor cannot be used for a search
    const page = await directory(null, { first: 1 });
    const mixed = await api.graphql(PEOPLE, {
      variables: { first: 1, after: page.pageInfo.endCursor, filter: { query: 'walk' } },
    });
    expect(mixed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await directory(null, { first: 50 })).nodes.length).toBeGreaterThan(0);
  });

  it('shows profile fields on organisation members, hiding MEMBERS-only ones from anonymous callers', async () => {
    const owner = await person('Sara Owner', {
      headline: 'Responsabile innovazione',
      visibility: 'PUBLIC',
    });
    const colleague = await person('Tommaso Colleague', { headline: 'Solo per membri' });
    await db.query(`UPDATE person_profile SET avatar_key = $2 WHERE user_id = $1`, [
      owner.id,
      'avatars/00000000-0000-4000-8000-000000000001.webp',
    ]);
    const created = await owner.client.graphql<{ createOrganisation: { id: string } }>(
      `mutation { createOrganisation(input: { kind: "sme", legalName: "People Test S.r.l.", displayName: "People Test" }) { id } }`,
    );
    expect(created.body.errors).toBeUndefined();
    const organisationId = created.body.data!.createOrganisation.id;
    await db.query(
      `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'member')`,
      [organisationId, colleague.id],
    );

    const MEMBERS = `query O($id: ID!) { organisation(id: $id) { members { role person { id fullName headline avatarUrl visibility } } } }`;
    const profilesOf = jest.spyOn(api.app.get(PeopleService), 'profilesOf');
    const signedIn = await owner.client.graphql(MEMBERS, { id: organisationId });
    // every member's profile fields, from one batched lookup
    expect(profilesOf).toHaveBeenCalledTimes(1);
    expect(profilesOf.mock.calls[0]?.[0]).toHaveLength(2);
    profilesOf.mockRestore();
    expect(signedIn.body).toEqual({
      data: {
        organisation: {
          members: [
            {
              role: 'OWNER',
              person: {
                id: owner.id,
                fullName: 'Sara Owner',
                headline: 'Responsabile innovazione',
                avatarUrl: '/uploads/avatars/00000000-0000-4000-8000-000000000001.webp',
                visibility: 'PUBLIC',
              },
            },
            {
              role: 'MEMBER',
              person: {
                id: colleague.id,
                fullName: 'Tommaso Colleague',
                headline: 'Solo per membri',
                avatarUrl: null,
                visibility: 'MEMBERS',
              },
            },
          ],
        },
      },
    });
    const anonymous = await api.graphql(MEMBERS, { variables: { id: organisationId } });
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data).toMatchObject({
      organisation: {
        members: [
          { person: { headline: 'Responsabile innovazione' } },
          { person: { fullName: 'Tommaso Colleague', headline: '', avatarUrl: null } },
        ],
      },
    });
  });
});
