import fc from 'fast-check';
import { Clock } from '../src/common/time/clock';
import { startTestApp, type TestApp } from './harness/app';
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

/**
 * The matchmaking engine over GraphQL: each query, the explanation's shape, the hard filters
 * (asker, unpublished, dismissed), determinism, and who may ask (the dismissMatch matrix is
 * here: MUTATIONS_WITH_OWN_MATRIX). Offers and requests are inserted in SQL: this suite is
 * about matching them, not about editing them.
 */
const MATCH_FIELDS = `targetType targetId titleIt organisationId organisationName score
  factors { factor contribution shared trl trlMin trlMax kind sought province region count partnerships ageDays }
  reasons { it en }`;
const QUERY = {
  request: `query ($id: ID!, $first: Int) { matches: matchesForRequest(id: $id, first: $first) { ${MATCH_FIELDS} } }`,
  offer: `query ($id: ID!, $first: Int) { matches: matchesForOffer(id: $id, first: $first) { ${MATCH_FIELDS} } }`,
  challenge: `query ($id: ID!, $first: Int) { matches: matchesForChallenge(id: $id, first: $first) { ${MATCH_FIELDS} } }`,
  organisation: `query ($id: ID!, $first: Int) { matches: matchesForOrganisation(id: $id, first: $first) { ${MATCH_FIELDS} } }`,
};
const SIMILAR = `query ($input: SimilarItemsInput!) { similarItems(input: $input, first: 5) { targetType targetId score factors { factor shared } } }`;
const DISMISS = `mutation ($sourceType: MatchItemType!, $sourceId: ID!, $targetType: MatchItemType!, $targetId: ID!) {
  dismissMatch(sourceType: $sourceType, sourceId: $sourceId, targetType: $targetType, targetId: $targetId) }`;
const RESTORE = DISMISS.replace('dismissMatch', 'restoreMatch');

interface MatchRow {
  targetType: string;
  targetId: string;
  organisationId: string;
  score: number;
  factors: {
    factor: string;
    contribution: number;
    shared: string[];
    trl: number | null;
    trlMin: number | null;
    trlMax: number | null;
    province: string | null;
    kind: string | null;
  }[];
  reasons: { it: string[]; en: string[] };
}
type Source = keyof typeof QUERY;

const NOW = new Date('2025-07-01T09:00:00Z');
const VISION_TAGS = ['robotica', 'visione artificiale', 'controllo qualità'];

describe('matchmaking', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let research: Person; // owner of a research centre (BG)
  let sme: Person; // owner of an SME (BG) that asks
  let smeMember: Person;
  let stranger: Person;
  let moderator: Person;
  const ids = {} as Record<
    | 'lab'
    | 'sme'
    | 'offer'
    | 'weakOffer'
    | 'draftOffer'
    | 'expiredOffer'
    | 'ownOffer'
    | 'request'
    | 'draftRequest',
    string
  >;
  let seq = 0;

  const sql = (statement: string, parameters: unknown[] = []) =>
    dataSourceOf(api).query(statement, parameters);

  async function offer(
    organisationId: string,
    values: { title: string; tags: string[]; trl: number; status?: string; publishedAt?: Date },
  ) {
    const [row] = await sql(
      `INSERT INTO technology_offer (organisation_id, status, title_it, title_en, trl, tags, s3_ecosystems, ateco_sections, published_at, expires_at)
       VALUES ($1, $2, $3, $3, $4, $5, '{advanced_manufacturing}', '{C}', $6, $6::timestamptz + interval '1 year') RETURNING id`,
      [
        organisationId,
        values.status ?? 'published',
        values.title,
        values.trl,
        values.tags,
        values.publishedAt ?? new Date('2025-05-01'),
      ],
    );
    return row.id as string;
  }

  async function request(
    organisationId: string,
    values: { title: string; tags: string[]; status?: string },
  ) {
    const [row] = await sql(
      `INSERT INTO collaboration_request (organisation_id, status, title_it, title_en, tags, s3_ecosystems, partner_kinds, trl_min, trl_max, published_at, expires_at)
       VALUES ($1, $2, $3, $3, $4, '{advanced_manufacturing}', '{research_centre,university}', 5, 7, '2025-04-01', '2026-04-01') RETURNING id`,
      [organisationId, values.status ?? 'published', values.title, values.tags],
    );
    return row.id as string;
  }

  const matches = async (person: Person, source: Source, id: string, first = 20) => {
    const { body } = await person.client.graphql<{ matches: MatchRow[] }>(QUERY[source], {
      id,
      first,
    });
    return { code: outcome(body), list: body.data?.matches ?? [] };
  };
  const dismiss = (
    person: Person,
    sourceType: string,
    sourceId: string,
    targetType: string,
    targetId: string,
  ) =>
    person.client
      .graphql(DISMISS, { sourceType, sourceId, targetType, targetId })
      .then(({ body }) => outcome(body));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    api.app.get(Clock).travelTo(NOW);
    const person = (label: string) => registerPerson(api, smtp, `${label}-${++seq}@matching.test`);
    research = await person('research');
    sme = await person('sme');
    smeMember = await person('sme-member');
    stranger = await person('stranger');
    moderator = await person('moderator');
    await setPlatformRole(api, moderator.id, 'moderator');
    ids.lab = await createOrganisation(research, {
      kind: 'research_centre',
      legalName: 'Laboratorio Visione Bergamo',
      displayName: 'Laboratorio Visione Bergamo',
      vatNumber: null,
      competences: VISION_TAGS,
      province: 'BG',
      trlMin: 3,
      trlMax: 7,
    });
    ids.sme = await createOrganisation(sme, {
      kind: 'sme',
      legalName: 'Verniciature Orobiche S.r.l.',
      displayName: 'Verniciature Orobiche',
      vatNumber: null,
      competences: ['verniciatura', 'robotica'],
      province: 'BG',
    });
    await addMember(api, ids.sme, smeMember.id, 'member');
    ids.offer = await offer(ids.lab, {
      title: 'Visione artificiale per il controllo qualità',
      tags: VISION_TAGS,
      trl: 6,
    });
    ids.weakOffer = await offer(ids.lab, {
      title: 'Cobot per la saldatura',
      tags: ['robotica'],
      trl: 7,
    });
    ids.draftOffer = await offer(ids.lab, {
      title: 'Visione artificiale per il controllo qualità (bozza)',
      tags: VISION_TAGS,
      trl: 6,
      status: 'draft',
    });
    ids.expiredOffer = await offer(ids.lab, {
      title: 'Visione artificiale per il controllo qualità',
      tags: VISION_TAGS,
      trl: 6,
      status: 'expired',
    });
    ids.ownOffer = await offer(ids.sme, {
      title: 'Visione artificiale per il controllo qualità',
      tags: VISION_TAGS,
      trl: 6,
    });
    ids.request = await request(ids.sme, {
      title: 'Ispezione con visione artificiale di superfici verniciate',
      tags: VISION_TAGS,
    });
    ids.draftRequest = await request(ids.sme, {
      title: 'Visione artificiale (bozza)',
      tags: VISION_TAGS,
      status: 'draft',
    });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('ranks offers and organisations for a request, each with its reasons', async () => {
    const { code, list } = await matches(stranger, 'request', ids.request);
    expect(code).toBe('OK');
    // the offer and its lab first: the lab is credited with the offer (PORTFOLIO)
    expect(list.slice(0, 2).map((m) => m.targetId)).toEqual(
      expect.arrayContaining([ids.offer, ids.lab]),
    );
    expect(list.map((m) => m.targetId)).toEqual(
      expect.arrayContaining([ids.offer, ids.weakOffer, ids.lab]),
    );
    const best = list.find((m) => m.targetId === ids.offer)!;
    expect(best).toMatchObject({ targetType: 'OFFER', organisationId: ids.lab });
    const lab = list.find((m) => m.targetId === ids.lab)!;
    expect(lab.factors.find((f) => f.factor === 'PORTFOLIO')).toMatchObject({ count: 2 });
    const factor = (name: string) => best.factors.find((f) => f.factor === name);
    expect(factor('TAGS')).toMatchObject({ shared: [...VISION_TAGS].sort() });
    expect(factor('TRL')).toMatchObject({ trl: 6, trlMin: 5, trlMax: 7 });
    expect(factor('PARTNER_KIND')).toMatchObject({ kind: 'research_centre' });
    expect(factor('GEOGRAPHY')).toMatchObject({ province: 'BG' });
    expect(best.score).toBeCloseTo(
      best.factors.reduce((sum, f) => sum + f.contribution, 0),
      3,
    );
    expect(best.reasons.en).toEqual(
      expect.arrayContaining([
        '3 shared tags: controllo qualità, robotica, visione artificiale',
        'TRL 6 fits 5–7',
        'In your province (BG)',
      ]),
    );
    expect(best.reasons.it).toEqual(
      expect.arrayContaining(["TRL 6 nell'intervallo 5–7", 'Nella tua provincia (BG)']),
    );
  });

  it('counts active and concluded partnerships in the track record', async () => {
    const partnership = (status: string) =>
      sql(
        `INSERT INTO partnership (initiator_organisation_id, recipient_organisation_id, item_type, item_id, item_title_it, item_title_en, status)
         VALUES ($1, $2, 'offer', $3, 'Visione', 'Vision', $4)`,
        [ids.sme, ids.lab, ids.offer, status],
      );
    const before = (await matches(stranger, 'request', ids.request)).list;
    await partnership('active');
    await partnership('concluded');
    await partnership('declined'); // not a collaboration
    const after = (await matches(stranger, 'request', ids.request)).list;
    const lab = (list: MatchRow[]) => list.find((m) => m.targetId === ids.lab)!;
    expect(lab(after).factors.find((f) => f.factor === 'TRACK_RECORD')).toMatchObject({
      partnerships: 2,
      count: 0,
    });
    expect(lab(after).reasons.en).toContain('Track record: 2 partnerships');
    expect(lab(after).reasons.it).toContain('Esperienza: 2 partenariati');
    expect(lab(after).score).toBeGreaterThan(lab(before).score);
    await sql(`DELETE FROM partnership WHERE recipient_organisation_id = $1`, [ids.lab]);
  });

  it('never shows the asker, its own items, drafts or expired items', async () => {
    const { list } = await matches(smeMember, 'request', ids.request);
    const shown = list.map((m) => m.targetId);
    for (const hidden of [ids.sme, ids.ownOffer, ids.draftOffer, ids.expiredOffer])
      expect(shown).not.toContain(hidden);
    expect(list.every((m) => m.organisationId !== ids.sme)).toBe(true);
  });

  it('ranks organisations, requests and challenges for an offer', async () => {
    const { code, list } = await matches(research, 'offer', ids.offer);
    expect(code).toBe('OK');
    expect(list.map((m) => `${m.targetType}:${m.targetId}`)).toEqual(
      expect.arrayContaining([`REQUEST:${ids.request}`, `ORGANISATION:${ids.sme}`]),
    );
    expect(list.map((m) => m.targetId)).not.toContain(ids.draftRequest);
  });

  it('ranks organisations and offers for a challenge it may see', async () => {
    const [row] = await sql(
      `INSERT INTO challenge (organisation_id, status, title_it, title_en, tags, reward_type, deadline, visibility, published_at, trl_min, trl_max)
       VALUES ($1, 'published', 'Controllo qualità con visione artificiale', 'Quality control with machine vision', $2, 'prize', '2025-12-31', 'public', '2025-06-01', 5, 8) RETURNING id`,
      [ids.sme, VISION_TAGS],
    );
    const { code, list } = await matches(stranger, 'challenge', row.id);
    expect(code).toBe('OK');
    expect(list.map((m) => m.targetId)).toEqual(expect.arrayContaining([ids.offer, ids.lab]));
    await sql(`UPDATE challenge SET status = 'draft' WHERE id = $1`, [row.id]);
    expect((await matches(stranger, 'challenge', row.id)).code).toBe('NOT_FOUND');
    expect((await matches(smeMember, 'challenge', row.id)).code).toBe('OK');
  });

  it('gives an organisation its "for you" list, to its members only', async () => {
    const forSme = await matches(smeMember, 'organisation', ids.sme);
    expect(forSme.code).toBe('OK');
    expect(forSme.list.map((m) => m.targetId)).toContain(ids.offer);
    expect(forSme.list.map((m) => m.targetId)).not.toContain(ids.ownOffer);
    const forLab = await matches(research, 'organisation', ids.lab);
    expect(forLab.list.map((m) => m.targetId)).toContain(ids.request);
    expect((await matches(stranger, 'organisation', ids.sme)).code).toBe('FORBIDDEN');
  });

  it('leaves out of "for you" the items the organisation already works on, until that ends', async () => {
    const shown = async () =>
      (await matches(smeMember, 'organisation', ids.sme)).list.map((m) => m.targetId);
    expect(await shown()).toContain(ids.offer);
    const [row] = await sql(
      `INSERT INTO partnership (initiator_organisation_id, recipient_organisation_id, item_type, item_id, item_title_it, item_title_en, status)
       VALUES ($1, $2, 'offer', $3, 'Visione', 'Vision', 'proposed') RETURNING id`,
      [ids.sme, ids.lab, ids.offer],
    );
    const setStatus = (status: string) =>
      sql(`UPDATE partnership SET status = $2 WHERE id = $1`, [row.id, status]);
    expect(await shown()).not.toContain(ids.offer);
    expect(await shown()).toContain(ids.weakOffer); // the owner's other offers stay
    await setStatus('active');
    expect(await shown()).not.toContain(ids.offer);
    // still a match of the SME's request: that list answers "who fits", not "what is new"
    expect((await matches(sme, 'request', ids.request)).list.map((m) => m.targetId)).toContain(
      ids.offer,
    );
    await setStatus('concluded');
    expect(await shown()).toContain(ids.offer);
    await sql(`DELETE FROM partnership WHERE id = $1`, [row.id]);
  });

  it('refuses unknown, invisible and oversized queries', async () => {
    expect((await matches(stranger, 'request', ids.draftRequest)).code).toBe('NOT_FOUND');
    expect((await matches(sme, 'request', ids.draftRequest)).code).toBe('OK');
    expect((await matches(moderator, 'request', ids.draftRequest)).code).toBe('OK');
    expect((await matches(stranger, 'offer', '00000000-0000-4000-8000-000000000000')).code).toBe(
      'NOT_FOUND',
    );
    expect((await matches(stranger, 'offer', 'not-a-uuid')).code).toBe('NOT_FOUND');
    expect((await matches(stranger, 'request', ids.request, 21)).code).toBe('BAD_USER_INPUT');
    const { body } = await api.graphql(QUERY.request, { variables: { id: ids.request } });
    expect(outcome(body)).toBe('UNAUTHENTICATED');
  });

  it('finds similar existing items for a draft (duplicate check)', async () => {
    const { body } = await research.client.graphql<{ similarItems: MatchRow[] }>(SIMILAR, {
      input: {
        kind: 'OFFER',
        text: 'Visione artificiale controllo qualità',
        tags: ['robotica'],
        excludeId: ids.offer,
      },
    });
    expect(outcome(body)).toBe('OK');
    const found = body.data!.similarItems.map((m) => m.targetId);
    expect(found).toContain(ids.ownOffer); // whoever owns it: a duplicate is a duplicate
    expect(found).not.toContain(ids.offer);
    expect(found).not.toContain(ids.draftOffer);
    expect(
      body.data!.similarItems[0]!.factors.every((f) => ['TEXT', 'TAGS'].includes(f.factor)),
    ).toBe(true);
  });

  it('finds them by the words of the title alone, before any tag is typed', async () => {
    const { body } = await research.client.graphql<{ similarItems: MatchRow[] }>(SIMILAR, {
      input: { kind: 'OFFER', text: 'Visione artificiale controllo qualità', tags: [] },
    });
    expect(outcome(body)).toBe('OK');
    const found = body.data!.similarItems.map((m) => m.targetId);
    expect(found).toContain(ids.ownOffer);
    expect(found).not.toContain(ids.draftOffer);
    expect(body.data!.similarItems[0]!.factors.map((f) => f.factor)).toEqual(['TEXT']);
  });

  it("shows an organisation's members its own drafts among the similar items, nobody else", async () => {
    const similar = async (person: Person, organisationId?: string) => {
      const { body } = await person.client.graphql<{ similarItems: MatchRow[] }>(SIMILAR, {
        input: { kind: 'OFFER', text: 'Visione artificiale controllo qualità', organisationId },
      });
      expect(outcome(body)).toBe('OK');
      return body.data!.similarItems.map((m) => m.targetId);
    };
    expect(await similar(research, ids.lab)).toContain(ids.draftOffer); // a colleague's draft
    expect(await similar(research)).not.toContain(ids.draftOffer);
    expect(await similar(stranger, ids.lab)).not.toContain(ids.draftOffer);
    expect(await similar(sme, ids.sme)).not.toContain(ids.draftOffer);
    expect(await similar(research, 'not-an-id')).not.toContain(ids.draftOffer);
  });

  it('counts as similar the words of a title or a shared tag, not a word of a description alone', async () => {
    const [inTitle] = await sql(
      `INSERT INTO technology_offer (organisation_id, status, title_it, title_en, trl, tags, published_at, expires_at)
       VALUES ($1, 'published', 'Sensori fotonici integrati', 'Integrated photonic sensors', 5, '{}', '2025-05-01', '2026-05-01') RETURNING id`,
      [ids.lab],
    );
    const [inBody] = await sql(
      `INSERT INTO technology_offer (organisation_id, status, title_it, title_en, description_it, trl, tags, published_at, expires_at)
       VALUES ($1, 'published', 'Laminazione a freddo', 'Cold rolling', 'Con sensori fotonici lungo il treno di laminazione.', 5, '{}', '2025-05-01', '2026-05-01') RETURNING id`,
      [ids.lab],
    );
    const similar = async (text: string, tags: string[] = []) => {
      const { body } = await research.client.graphql<{ similarItems: MatchRow[] }>(SIMILAR, {
        input: { kind: 'OFFER', text, tags },
      });
      return body.data!.similarItems.map((m) => m.targetId);
    };
    const found = await similar('Sensori fotonici per il controllo');
    expect(found).toContain(inTitle.id);
    expect(found).not.toContain(inBody.id);
    // a shared tag is enough, whatever the words
    await sql(`UPDATE technology_offer SET tags = '{fotonica}' WHERE id = $1`, [inBody.id]);
    expect(await similar('Sensori fotonici per il controllo', ['fotonica'])).toContain(inBody.id);
    await sql(`DELETE FROM technology_offer WHERE id = ANY($1::uuid[])`, [[inTitle.id, inBody.id]]);
  });

  it('is deterministic and never shows what the user dismissed (property)', async () => {
    const before = await matches(stranger, 'request', ids.request);
    const again = await matches(stranger, 'request', ids.request);
    expect(again.list.map((m) => [m.targetId, m.score])).toEqual(
      before.list.map((m) => [m.targetId, m.score]),
    );
    const candidates = before.list.map((m) => ({ type: m.targetType, id: m.targetId }));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.subarray(candidates, { minLength: 1 }), async (dismissed) => {
        const person = await registerPerson(api, smtp, `dismisser-${++run}@matching.test`);
        for (const target of dismissed)
          expect(await dismiss(person, 'REQUEST', ids.request, target.type, target.id)).toBe('OK');
        const after = await matches(person, 'request', ids.request);
        const shown = new Set(after.list.map((m) => m.targetId));
        for (const target of dismissed) expect(shown.has(target.id)).toBe(false);
        // the others keep their order: a dismissal removes, it does not re-rank
        const rest = before.list.filter((m) => !dismissed.some((d) => d.id === m.targetId));
        expect(after.list.map((m) => m.targetId)).toEqual(rest.map((m) => m.targetId));
      }),
      { numRuns: 5 },
    );
    // someone else's dismissals change nothing for the stranger
    expect((await matches(stranger, 'request', ids.request)).list.map((m) => m.targetId)).toEqual(
      before.list.map((m) => m.targetId),
    );
  });

  describe('dismissMatch and restoreMatch, per role', () => {
    // [caller, source] → outcome; the source must be visible to the caller (NOT_FOUND otherwise)
    const cases: [string, string, () => Person | null, () => [string, string]][] = [
      ['anonymous', 'UNAUTHENTICATED', () => null, () => ['REQUEST', ids.request]],
      ['no organisation', 'OK', () => stranger, () => ['REQUEST', ids.request]],
      ['owner elsewhere', 'OK', () => research, () => ['REQUEST', ids.request]],
      ['member', 'OK', () => smeMember, () => ['REQUEST', ids.request]],
      ['owner', 'OK', () => sme, () => ['REQUEST', ids.request]],
      ['moderator', 'OK', () => moderator, () => ['REQUEST', ids.request]],
      ['no organisation, draft', 'NOT_FOUND', () => stranger, () => ['REQUEST', ids.draftRequest]],
      ['owner elsewhere, draft', 'NOT_FOUND', () => research, () => ['REQUEST', ids.draftRequest]],
      ['member, draft', 'OK', () => smeMember, () => ['REQUEST', ids.draftRequest]],
      ['moderator, draft', 'OK', () => moderator, () => ['REQUEST', ids.draftRequest]],
      ['non-member, "for you"', 'FORBIDDEN', () => stranger, () => ['ORGANISATION', ids.sme]],
      ['member, "for you"', 'OK', () => smeMember, () => ['ORGANISATION', ids.sme]],
    ];
    it.each(cases)('%s → %s', async (_label, expected, caller, source) => {
      const person = caller();
      const [sourceType, sourceId] = source();
      const targetType = 'OFFER';
      const countOf = async () =>
        Number(
          (
            await sql(`SELECT count(*) AS n FROM match_dismissal WHERE source_id = $1`, [sourceId])
          )[0].n,
        );
      const rowsBefore = await countOf();
      const code = person
        ? await dismiss(person, sourceType, sourceId, targetType, ids.weakOffer)
        : outcome(
            (
              await api.graphql(DISMISS, {
                variables: { sourceType, sourceId, targetType, targetId: ids.weakOffer },
              })
            ).body,
          );
      expect(code).toBe(expected);
      const dismissed = () =>
        sql(
          `SELECT 1 FROM match_dismissal WHERE user_id = $1 AND source_id = $2 AND target_id = $3`,
          [person!.id, sourceId, ids.weakOffer],
        );
      if (expected === 'OK') expect(await dismissed()).toHaveLength(1);
      else expect(await countOf()).toBe(rowsBefore);

      // taking it back: the same rule; only the caller's own dismissal goes
      const variables = { sourceType, sourceId, targetType, targetId: ids.weakOffer };
      const restored = person
        ? outcome((await person.client.graphql(RESTORE, variables)).body)
        : outcome((await api.graphql(RESTORE, { variables })).body);
      expect(restored).toBe(expected);
      if (expected === 'OK') {
        expect(await dismissed()).toEqual([]);
        expect(await countOf()).toBe(rowsBefore);
      }
    });
  });
});
