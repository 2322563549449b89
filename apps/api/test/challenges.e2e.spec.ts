import type { ChallengeStatus } from '@oip/domain';
import { startTestApp, type TestApp, type TestClient } from './harness/app';
import {
  CHALLENGE,
  challengeInput,
  createChallengeViaApi,
  forceStatus,
  UPDATE_CHALLENGE,
} from './harness/challenges';
import {
  addMember,
  createOrganisation,
  dataSourceOf,
  outcome,
  registerPerson,
  setPlatformRole,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const LIST = `query List($filter: ChallengeFilter, $search: String, $sort: ChallengeSort, $first: Int, $after: String) {
  challenges(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {
    nodes { id title { it en } } pageInfo { endCursor hasNextPage }
  }
}`;

describe('challenges over the API', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let owner: Person;
  let member: Person;
  let invitee: Person;
  let stranger: Person;
  let moderator: Person;
  let organisationId: string;
  let invitedOrganisationId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    owner = await registerPerson(api, smtp, 'owner@example.org');
    organisationId = await createOrganisation(owner);
    member = await registerPerson(api, smtp, 'member@example.org');
    await addMember(api, organisationId, member.id, 'member');
    invitee = await registerPerson(api, smtp, 'invitee@example.org');
    invitedOrganisationId = await createOrganisation(invitee, {
      kind: 'university',
      displayName: 'Università di Test',
      legalName: 'Università di Test',
    });
    stranger = await registerPerson(api, smtp, 'stranger@example.org');
    moderator = await registerPerson(api, smtp, 'moderator@example.org');
    await setPlatformRole(api, moderator.id, 'moderator');
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  const read = (client: TestClient, id: string) => client.graphql(CHALLENGE, { id });

  it('shows each status and visibility to the right people, NOT_FOUND to everyone else', async () => {
    const viewers: Record<string, TestClient> = {
      anonymous: api.client(),
      stranger: stranger.client,
      invitee: invitee.client,
      member: member.client,
      owner: owner.client,
      moderator: moderator.client,
    };
    const statuses: ChallengeStatus[] = ['draft', 'in_review', 'published', 'closed', 'archived'];
    const table: string[] = [];
    for (const visibility of ['PUBLIC', 'MEMBERS', 'INVITED'])
      for (const status of statuses) {
        const { id } = await createChallengeViaApi(owner, organisationId, {
          visibility,
          invitedOrganisationIds: [invitedOrganisationId],
        });
        await forceStatus(api, id, status);
        const seenBy = [];
        for (const [name, client] of Object.entries(viewers)) {
          const result = outcome((await read(client, id)).body);
          expect(['OK', 'NOT_FOUND']).toContain(result);
          if (result === 'OK') seenBy.push(name);
          // the list agrees with the single read
          const { body } = await client.graphql<{ challenges: { nodes: { id: string }[] } }>(LIST, {
            filter: { organisationId },
            first: 50,
          });
          expect(body.data!.challenges.nodes.some((node) => node.id === id)).toBe(result === 'OK');
        }
        table.push(`${visibility} ${status}: ${seenBy.join(' ')}`);
      }
    const everyone = 'anonymous stranger invitee member owner moderator';
    const insiders = 'member owner moderator';
    expect(table).toEqual([
      `PUBLIC draft: ${insiders}`,
      `PUBLIC in_review: ${insiders}`,
      `PUBLIC published: ${everyone}`,
      `PUBLIC closed: ${everyone}`,
      `PUBLIC archived: ${everyone}`,
      `MEMBERS draft: ${insiders}`,
      `MEMBERS in_review: ${insiders}`,
      ...['published', 'closed', 'archived'].map(
        (status) => `MEMBERS ${status}: stranger invitee member owner moderator`,
      ),
      `INVITED draft: ${insiders}`,
      `INVITED in_review: ${insiders}`,
      ...['published', 'closed', 'archived'].map(
        (status) => `INVITED ${status}: invitee member owner moderator`,
      ),
    ]);
  });

  it('refuses creation to plain members and strangers', async () => {
    for (const person of [member, stranger]) {
      const { body } = await person.client.graphql(
        `mutation($o: ID!, $i: ChallengeInput!) { createChallenge(organisationId: $o, input: $i) { id } }`,
        { o: organisationId, i: challengeInput() },
      );
      expect(outcome(body)).toBe('FORBIDDEN');
    }
  });

  it('reports every invalid field with its own code', async () => {
    const { body } = await owner.client.graphql(
      `mutation($o: ID!, $i: ChallengeInput!) { createChallenge(organisationId: $o, input: $i) { id } }`,
      {
        o: organisationId,
        i: challengeInput({
          titleIt: '',
          titleEn: 'x'.repeat(161),
          s3Ecosystems: ['nope'],
          tags: Array.from({ length: 21 }, (_, index) => `tag ${index}`),
          soughtPartnerKinds: ['pirate'],
          trlMin: 8,
          trlMax: 3,
          rewardAmount: -5,
          rewardCurrency: 'euro',
          invitedOrganisationIds: ['not-a-uuid'],
        }),
      },
    );
    expect(outcome(body)).toBe('VALIDATION_FAILED');
    expect(body.errors?.[0]?.extensions?.fields).toEqual({
      titleEn: 'TEXT_TOO_LONG',
      s3Ecosystems: 'ECOSYSTEM_INVALID',
      tags: 'TAGS_INVALID',
      soughtPartnerKinds: 'ORGANISATION_KINDS_INVALID',
      trlMin: 'TRL_RANGE_INVALID',
      rewardAmount: 'REWARD_AMOUNT_INVALID',
      rewardCurrency: 'CURRENCY_INVALID',
      invitedOrganisationIds: 'INVITED_ORGANISATIONS_INVALID',
    });
  });

  it('requires title, summary and problem in at least one language', async () => {
    const { body } = await owner.client.graphql(
      `mutation($o: ID!, $i: ChallengeInput!) { createChallenge(organisationId: $o, input: $i) { id } }`,
      { o: organisationId, i: challengeInput({ titleIt: '', summaryEn: ' ' }) },
    );
    expect(body.errors?.[0]?.extensions?.fields).toEqual({
      language: 'CHALLENGE_LANGUAGE_INCOMPLETE',
    });
  });

  it('accepts a challenge complete in one language only', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId, {
      titleIt: '',
      summaryIt: '',
      problemIt: '',
    });
    expect(id).toBeTruthy();
  });

  it('refuses a save over a newer version and keeps the newer text', async () => {
    const { id, version } = await createChallengeViaApi(owner, organisationId);
    const admin = await registerPerson(api, smtp, 'second-admin@example.org');
    await addMember(api, organisationId, admin.id, 'admin');
    const save = (client: TestClient, titleEn: string) =>
      client.graphql<{ updateChallenge: { version: number } }>(UPDATE_CHALLENGE, {
        id,
        expectedVersion: version,
        input: challengeInput({ titleEn }),
      });
    const first = await save(owner.client, 'First save wins');
    expect(first.body.data!.updateChallenge.version).toBe(version + 1);
    const second = await save(admin.client, 'Second save loses');
    expect(outcome(second.body)).toBe('CHALLENGE_EDIT_CONFLICT');
    expect(second.body.errors?.[0]?.extensions?.currentVersion).toBe(version + 1);
    const { body } = await read(owner.client, id);
    expect(body.data!.challenge).toMatchObject({
      version: version + 1,
      title: { en: 'First save wins' },
    });
  });

  it('lets exactly one of two simultaneous saves of the same version win', async () => {
    const { id, version } = await createChallengeViaApi(owner, organisationId);
    const results = await Promise.all(
      ['A', 'B'].map((titleEn) =>
        owner.client.graphql(UPDATE_CHALLENGE, {
          id,
          expectedVersion: version,
          input: challengeInput({ titleEn }),
        }),
      ),
    );
    expect(results.map((result) => outcome(result.body)).sort()).toEqual([
      'CHALLENGE_EDIT_CONFLICT',
      'OK',
    ]);
  });

  it('refuses edits to members, and to anyone once the challenge is in review', async () => {
    const { id, version } = await createChallengeViaApi(owner, organisationId);
    const update = (client: TestClient) =>
      client.graphql(UPDATE_CHALLENGE, { id, expectedVersion: version, input: challengeInput() });
    expect(outcome((await update(member.client)).body)).toBe('FORBIDDEN');
    expect(outcome((await update(stranger.client)).body)).toBe('NOT_FOUND');
    await forceStatus(api, id, 'in_review');
    expect(outcome((await update(owner.client)).body)).toBe('CHALLENGE_NOT_EDITABLE');
  });

  it('renders markdown as inert HTML', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId, {
      problemEn:
        '<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)> [ok](https://example.org)',
    });
    const { body } = await read(owner.client, id);
    const html = (body.data!.challenge as { problemHtml: { en: string } }).problemHtml.en;
    expect(html).not.toMatch(/<script|<img|href="\s*javascript/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain(
      '<a href="https://example.org" rel="nofollow noopener noreferrer">ok</a>',
    );
  });

  describe('the catalogue', () => {
    let searchOrg: string;
    beforeAll(async () => {
      const searcher = await registerPerson(api, smtp, 'search@example.org');
      searchOrg = await createOrganisation(searcher, {
        displayName: 'Ricerca',
        legalName: 'Ricerca S.r.l.',
      });
      const texts = [
        { titleIt: 'Qualità dell’aria negli uffici', titleEn: 'Office air', tags: ['aria'] },
        {
          titleIt: 'Logistica urbana',
          titleEn: 'Urban logistics',
          summaryEn: 'Last-mile delivery by cargo bikes',
        },
        { titleIt: 'Città intelligenti', titleEn: 'Smart cities', rewardType: 'PRIZE' },
      ];
      for (const [index, text] of texts.entries()) {
        const { id } = await createChallengeViaApi(searcher, searchOrg, text);
        await forceStatus(api, id, 'published', {
          deadline: new Date(Date.UTC(2040, 0, 10 - index)),
        });
      }
    });

    const titles = async (variables: Record<string, unknown>) => {
      const { body } = await api.graphql<{ challenges: { nodes: { title: { it: string } }[] } }>(
        LIST,
        {
          variables: { filter: { organisationId: searchOrg }, first: 50, ...variables },
        },
      );
      expect(body.errors).toBeUndefined();
      return body.data!.challenges.nodes.map((node) => node.title.it);
    };

    it('searches Italian and English text, accents ignored', async () => {
      expect(await titles({ search: 'qualita' })).toEqual(['Qualità dell’aria negli uffici']);
      expect(await titles({ search: 'citta' })).toEqual(['Città intelligenti']);
      expect(await titles({ search: 'delivery' })).toEqual(['Logistica urbana']);
      expect(await titles({ search: 'cities' })).toEqual(['Città intelligenti']);
    });

    it('filters and sorts by deadline', async () => {
      expect(await titles({ sort: 'DEADLINE_ASC' })).toEqual([
        'Città intelligenti',
        'Logistica urbana',
        'Qualità dell’aria negli uffici',
      ]);
      expect(
        await titles({ filter: { organisationId: searchOrg, rewardTypes: ['PRIZE'] } }),
      ).toEqual(['Città intelligenti']);
      expect(await titles({ filter: { organisationId: searchOrg, tags: ['ARIA '] } })).toEqual([
        'Qualità dell’aria negli uffici',
      ]);
    });

    it('pages with cursors and caps the page size at 50', async () => {
      const first = await api.graphql<{
        challenges: {
          nodes: { id: string }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      }>(LIST, {
        variables: { filter: { organisationId: searchOrg }, sort: 'DEADLINE_ASC', first: 2 },
      });
      const page = first.body.data!.challenges;
      expect(page.nodes).toHaveLength(2);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await api.graphql<{
        challenges: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } };
      }>(LIST, {
        variables: {
          filter: { organisationId: searchOrg },
          sort: 'DEADLINE_ASC',
          first: 2,
          after: page.pageInfo.endCursor,
        },
      });
      expect(next.body.data!.challenges.nodes).toHaveLength(1);
      expect(next.body.data!.challenges.pageInfo.hasNextPage).toBe(false);
      expect(outcome((await api.graphql(LIST, { variables: { first: 51 } })).body)).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        outcome(
          (
            await api.graphql(LIST, {
              variables: { first: 2, sort: 'NEWEST', after: page.pageInfo.endCursor },
            })
          ).body,
        ),
      ).toBe('BAD_USER_INPUT');
    });
  });

  it('puts challenges in review in the moderators’ queue, for moderators only', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId);
    await forceStatus(api, id, 'in_review');
    const QUEUE = `{ challengeReviewQueue(first: 50) { nodes { id } } }`;
    const { body } = await moderator.client.graphql<{
      challengeReviewQueue: { nodes: { id: string }[] };
    }>(QUEUE);
    expect(body.data!.challengeReviewQueue.nodes.map((node) => node.id)).toContain(id);
    expect(outcome((await owner.client.graphql(QUEUE)).body)).toBe('FORBIDDEN');
    expect(outcome((await api.graphql(QUEUE)).body)).toBe('UNAUTHENTICATED');
  });

  it('follows and unfollows a visible challenge', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId);
    const FOLLOW = `mutation($id: ID!, $follow: Boolean!) { followChallenge(id: $id, follow: $follow) { viewerFollows } }`;
    const FOLLOWED = `{ followedChallenges(first: 10) { nodes { id } } }`;
    expect(outcome((await stranger.client.graphql(FOLLOW, { id, follow: true })).body)).toBe(
      'NOT_FOUND',
    );
    await forceStatus(api, id, 'published');
    const followed = await stranger.client.graphql<{ followChallenge: { viewerFollows: boolean } }>(
      FOLLOW,
      { id, follow: true },
    );
    expect(followed.body.data!.followChallenge.viewerFollows).toBe(true);
    const list = await stranger.client.graphql<{ followedChallenges: { nodes: { id: string }[] } }>(
      FOLLOWED,
    );
    expect(list.body.data!.followedChallenges.nodes).toEqual([{ id }]);
    await stranger.client.graphql(FOLLOW, { id, follow: false });
    const after = await stranger.client.graphql<{ followedChallenges: { nodes: unknown[] } }>(
      FOLLOWED,
    );
    expect(after.body.data!.followedChallenges.nodes).toEqual([]);
  });

  it('hides the actor of a transition from anonymous readers unless their profile is public', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId);
    await owner.client.graphql(
      `mutation($id: ID!) { transitionChallenge(id: $id, action: SUBMIT_FOR_REVIEW) { id } }`,
      { id },
    );
    await forceStatus(api, id, 'published');
    const TIMELINE = `query($id: ID!) { challenge(id: $id) { timeline { actor { id } } } }`;
    const anonymous = await api.graphql<{ challenge: { timeline: { actor: unknown }[] } }>(
      TIMELINE,
      {
        variables: { id },
      },
    );
    expect(anonymous.body.data!.challenge.timeline).toEqual([{ actor: null }]);
    const signedIn = await stranger.client.graphql<{
      challenge: { timeline: { actor: unknown }[] };
    }>(TIMELINE, { id });
    expect(signedIn.body.data!.challenge.timeline).toEqual([{ actor: { id: owner.id } }]);
    expect(
      await dataSourceOf(api).query(`SELECT 1 FROM challenge WHERE id = $1`, [id]),
    ).toHaveLength(1);
  });
});
