import { ORGANISATION_KINDS, type OrganisationKind } from '@oip/domain';
import fc from 'fast-check';
import { renderReasons } from './matchmaking.explain';
import { rankMatches, scoreMatch } from './matchmaking.scoring';
import { MATCH_WEIGHTS } from './matchmaking.weights';
import type {
  MatchCandidate,
  MatchItemType,
  MatchPortfolio,
  MatchProfile,
} from './matchmaking.types';

const NOW = new Date('2025-07-01T00:00:00Z');
const TAGS = ['robotica', 'visione', 'qualità', 'idrogeno', 'batterie', 'tessile', 'iot', 'bim'];
const ECOSYSTEMS = ['advanced_manufacturing', 'health_life_science', 'sustainability'];

const kind = fc.constantFrom(...(ORGANISATION_KINDS.codes as readonly OrganisationKind[]));
const trl = fc.option(fc.integer({ min: 1, max: 9 }), { nil: null });
const profileOf = (type: MatchItemType) =>
  fc.record({
    type: fc.constant(type),
    id: fc.uuid(),
    organisationId: fc.uuid(),
    organisationKind: kind,
    titleIt: fc.string(),
    titleEn: fc.string(),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 6 }),
    ecosystems: fc.uniqueArray(fc.constantFrom(...ECOSYSTEMS), { maxLength: 2 }),
    ateco: fc.uniqueArray(fc.constantFrom('C', 'J', 'M'), { maxLength: 2 }),
    trl: type === 'offer' ? fc.integer({ min: 1, max: 9 }) : fc.constant(null),
    trlMin: trl,
    trlMax: trl,
    acceptsLowerTrl: fc.boolean(),
    soughtKinds: fc.uniqueArray(kind, { maxLength: 3 }),
    partnershipTypes: fc.uniqueArray(fc.constantFrom('investment', 'licensing', 'pilot'), {
      maxLength: 2,
    }),
    holdsTechnology: fc.boolean(),
    province: fc.constantFrom('MI', 'BG', 'BS', null),
    region: fc.constantFrom('Lombardia', null),
    publishedAt: fc.option(
      fc.date({ min: new Date('2023-01-01'), max: NOW, noInvalidDate: true }),
      {
        nil: null,
      },
    ),
  }) as fc.Arbitrary<MatchProfile>;
const portfolio: fc.Arbitrary<MatchPortfolio> = fc.record({
  count: fc.integer({ min: 1, max: 4 }),
  strength: fc.double({ min: 0.01, max: 1, noNaN: true }),
  titleIt: fc.string(),
  titleEn: fc.string(),
});
const anyType = fc.constantFrom<MatchItemType>('challenge', 'request', 'offer', 'organisation');
const source = anyType.chain(profileOf);
const candidate: fc.Arbitrary<MatchCandidate> = anyType.chain((type) =>
  fc
    .tuple(
      profileOf(type),
      fc.double({ min: 0, max: 0.99, noNaN: true }),
      fc.nat(5),
      fc.string({ minLength: 1 }),
      fc.option(portfolio, { nil: undefined }),
      fc.nat(5),
    )
    .map(([profile, textRank, awardedSubmissions, organisationName, portfolio, partnerships]) => ({
      ...profile,
      textRank,
      awardedSubmissions,
      partnerships,
      organisationName,
      ...(type === 'organisation' && portfolio ? { portfolio } : {}),
    })),
);

describe('matchmaking score (properties)', () => {
  it('adding a shared tag never lowers a score', () => {
    fc.assert(
      fc.property(source, candidate, fc.constantFrom(...TAGS), (src, cand, tag) => {
        const before = scoreMatch(src, cand, NOW);
        const after = scoreMatch(
          { ...src, tags: [...new Set([...src.tags, tag])] },
          { ...cand, tags: [...new Set([...cand.tags, tag])] },
          NOW,
        );
        expect(after === null).toBe(before === null); // tags never decide an exclusion
        if (before && after) expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });

  it('never scores the asking organisation or its items', () => {
    fc.assert(
      fc.property(source, candidate, (src, cand) => {
        expect(scoreMatch(src, { ...cand, organisationId: src.organisationId }, NOW)).toBeNull();
      }),
    );
  });

  it("a matching item of its own never lowers an organisation's score, a stronger one neither", () => {
    fc.assert(
      fc.property(source, candidate, portfolio, (src, cand, own) => {
        const organisation = { ...cand, type: 'organisation' as const, portfolio: undefined };
        const before = scoreMatch(src, organisation, NOW);
        const after = scoreMatch(src, { ...organisation, portfolio: own }, NOW);
        const stronger = scoreMatch(
          src,
          { ...organisation, portfolio: { ...own, strength: 1 } },
          NOW,
        );
        expect(after === null).toBe(before === null);
        if (before && after && stronger) {
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(stronger.score).toBeGreaterThanOrEqual(after.score);
        }
      }),
    );
  });

  it('more partnerships never lower a score', () => {
    fc.assert(
      fc.property(source, candidate, fc.integer({ min: 1, max: 5 }), (src, cand, more) => {
        const before = scoreMatch(src, cand, NOW);
        const after = scoreMatch(src, { ...cand, partnerships: cand.partnerships + more }, NOW);
        expect(after === null).toBe(before === null);
        if (before && after) expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });

  it('explains the track record as partnerships and awarded submissions', () => {
    const factors = [
      { factor: 'TRACK_RECORD' as const, contribution: 0.3, count: 1, partnerships: 2 },
    ];
    expect(renderReasons(factors, 'en')).toEqual([
      'Track record: 2 partnerships, 1 awarded submission',
    ]);
    expect(renderReasons(factors, 'it')).toEqual([
      'Esperienza: 2 partenariati, 1 proposta premiata',
    ]);
  });

  it('is deterministic: the same candidates in any order give the same ranking', () => {
    fc.assert(
      fc.property(source, fc.array(candidate, { maxLength: 12 }), (src, candidates) => {
        const rank = (list: MatchCandidate[]) =>
          rankMatches(list.flatMap((c) => scoreMatch(src, c, NOW) ?? [])).map(
            (m) => `${m.candidate.type}:${m.candidate.id}:${m.score}`,
          );
        expect(rank([...candidates].reverse())).toEqual(rank(candidates));
        expect(rank(candidates)).toEqual(rank(candidates));
      }),
    );
  });

  it('explains every score: the contributions add up, every factor has a sentence', () => {
    fc.assert(
      fc.property(source, candidate, (src, cand) => {
        const match = scoreMatch(src, cand, NOW);
        if (!match) return;
        const sum = match.factors.reduce((total, f) => total + f.contribution, 0);
        expect(match.score).toBeCloseTo(sum, 3);
        expect(renderReasons(match.factors, 'it')).toHaveLength(match.factors.length);
        expect(renderReasons(match.factors, 'en')).toHaveLength(match.factors.length);
      }),
    );
  });
});

describe('matchmaking score (examples)', () => {
  const request: MatchProfile = {
    type: 'request',
    id: 'r',
    organisationId: 'sme',
    organisationKind: 'sme',
    titleIt: 'Ispezione',
    titleEn: 'Inspection',
    tags: ['robotics', 'vision', 'quality control'],
    ecosystems: ['advanced_manufacturing'],
    ateco: ['C'],
    trl: null,
    trlMin: 5,
    trlMax: 7,
    acceptsLowerTrl: false,
    soughtKinds: ['research_centre'],
    partnershipTypes: [],
    province: 'BG',
    region: 'Lombardia',
    publishedAt: null,
  };
  const offer: MatchCandidate = {
    ...request,
    type: 'offer',
    id: 'o',
    organisationId: 'lab',
    organisationKind: 'research_centre',
    organisationName: 'Lab',
    tags: ['quality control', 'robotics', 'vision', 'lidar'],
    trl: 6,
    trlMin: null,
    trlMax: null,
    soughtKinds: [],
    publishedAt: new Date('2025-06-01T00:00:00Z'),
    textRank: 0.5,
    awardedSubmissions: 0,
    partnerships: 0,
  };
  /** An organisation of a kind, otherwise like the offer. */
  const organisation = (organisationKind: OrganisationKind): MatchCandidate => ({
    ...offer,
    type: 'organisation',
    id: organisationKind,
    organisationId: organisationKind,
    organisationKind,
    trl: null,
  });

  it('says why, in Italian and English', () => {
    const match = scoreMatch(request, offer, NOW)!;
    expect(renderReasons(match.factors, 'en')).toEqual(
      expect.arrayContaining([
        '3 shared tags: quality control, robotics, vision',
        'TRL 6 fits 5–7',
        'Research centre: the partner kind sought',
        'In your province (BG)',
      ]),
    );
    expect(renderReasons(match.factors, 'it')).toEqual(
      expect.arrayContaining(['3 tag in comune: quality control, robotics, vision']),
    );
  });

  it('names taxonomy terms by their labels, regions in English, and counts in the singular', () => {
    const reasons = (locale: 'it' | 'en') =>
      renderReasons(
        [
          { factor: 'ECOSYSTEMS', shared: ['advanced_manufacturing'], contribution: 0.6 },
          { factor: 'ATECO', shared: ['C'], contribution: 0.2 },
          { factor: 'GEOGRAPHY', region: 'Lombardia', sameProvince: false, contribution: 0.1 },
          { factor: 'FRESHNESS', ageDays: 1, contribution: 0.05 },
          { factor: 'PORTFOLIO', count: 2, titleIt: 'Visione', titleEn: 'Vision', contribution: 1 },
        ],
        locale,
      );
    expect(reasons('en')).toEqual(
      expect.arrayContaining([
        'Shared ATECO sectors: Manufacturing',
        'In your region (Lombardy)',
        'Published yesterday',
        'Publishes “Vision” and 1 more related item',
      ]),
    );
    expect(reasons('en').join()).not.toMatch(/advanced_manufacturing/);
    expect(reasons('it')).toEqual(
      expect.arrayContaining([
        'Settori ATECO in comune: Attività manifatturiere',
        'Nella tua regione (Lombardia)',
        'Pubblicazione: ieri',
        'Pubblica «Visione» e un altro elemento affine',
      ]),
    );
  });

  it('excludes an offer two TRL levels below a range that does not accept lower', () => {
    expect(scoreMatch(request, { ...offer, trl: 3 }, NOW)).toBeNull();
    expect(
      scoreMatch({ ...request, acceptsLowerTrl: true }, { ...offer, trl: 3 }, NOW),
    ).not.toBeNull();
    const oneBelow = scoreMatch(request, { ...offer, trl: 4 }, NOW)!;
    expect(oneBelow.score).toBeLessThan(scoreMatch(request, offer, NOW)!.score);
  });

  it('credits an organisation with its own matching item, and says which', () => {
    const lab = { ...offer, type: 'organisation' as const, trl: null, trlMin: 4, trlMax: 7 };
    const withItem = scoreMatch(
      request,
      { ...lab, portfolio: { count: 2, strength: 0.5, titleIt: 'Visione', titleEn: 'Vision' } },
      NOW,
    )!;
    expect(withItem.score).toBeGreaterThan(scoreMatch(request, lab, NOW)!.score);
    expect(renderReasons(withItem.factors, 'en')).toContain(
      'Publishes “Vision” and 1 more related item',
    );
    expect(renderReasons(withItem.factors, 'it')).toContain(
      'Pubblica «Visione» e un altro elemento affine',
    );
  });

  it("ranks an investor's 'for you' by who asks for capital; two technology suppliers are peers", () => {
    const fund = {
      ...request,
      type: 'organisation' as const,
      organisationKind: 'investor' as const,
      soughtKinds: [],
    };
    const raising = scoreMatch(
      fund,
      { ...offer, organisationKind: 'startup', partnershipTypes: ['investment'] },
      NOW,
    )!;
    const selling = scoreMatch(
      fund,
      { ...offer, organisationKind: 'startup', partnershipTypes: ['licensing'] },
      NOW,
    )!;
    expect(raising.score).toBeGreaterThan(selling.score);
    const startup = { ...fund, organisationKind: 'startup' as const, trlMin: null, trlMax: null };
    const rival = scoreMatch(startup, offer, NOW)!; // a research centre's offer
    expect(rival.factors.find((f) => f.factor === 'PARTNER_KIND')?.contribution).toBeLessThan(0);
  });

  it("weighs an investor's thesis (its S3 ecosystems) as the topic of a need for capital", () => {
    const fund: MatchCandidate = {
      ...offer,
      type: 'organisation',
      organisationKind: 'investor',
      trl: null,
      tags: [],
      ecosystems: ['advanced_manufacturing'],
    };
    const raising = { ...request, soughtKinds: ['investor' as const] };
    const match = scoreMatch(raising, fund, NOW)!;
    expect(match.factors.find((f) => f.factor === 'ECOSYSTEMS')).toMatchObject({
      thesis: true,
      contribution: MATCH_WEIGHTS.thesis,
    });
    expect(renderReasons(match.factors, 'en')).toContain(
      'Investment thesis in the S3 ecosystems: Advanced manufacturing',
    );
    // no capital asked for: an ordinary shared ecosystem, and an investor is not a partner
    const plain = scoreMatch({ ...request, soughtKinds: [] }, fund, NOW)!;
    expect(plain.factors.find((f) => f.factor === 'ECOSYSTEMS')?.thesis).toBeUndefined();
  });

  it("puts others' offers below needs in a technology holder's 'for you'", () => {
    const holder: MatchProfile = {
      ...request,
      type: 'organisation',
      organisationKind: 'sme',
      soughtKinds: [],
      trlMin: null,
      trlMax: null,
      holdsTechnology: true,
    };
    const company = { ...offer, organisationKind: 'large_company' as const };
    const asHolder = scoreMatch(holder, company, NOW)!;
    const asBuyer = scoreMatch({ ...holder, holdsTechnology: false }, company, NOW)!;
    expect(asHolder.score).toBeLessThan(asBuyer.score);
    expect(renderReasons(asHolder.factors, 'en')).toContain(
      'Large company: on the same side of the market (a competitor or a supplier)',
    );
  });

  it('treats a startup or research organisation as a supplier, not an adopter, of an offer that seeks only adoption', () => {
    const selling: MatchProfile = {
      ...offer,
      organisationKind: 'sme',
      partnershipTypes: ['commercial_agreement', 'pilot', 'licensing'],
    };
    const kindOf = (match: ReturnType<typeof scoreMatch>) =>
      match!.factors.find((f) => f.factor === 'PARTNER_KIND');
    expect(kindOf(scoreMatch(selling, organisation('startup'), NOW))).toMatchObject({
      peer: true,
      contribution: MATCH_WEIGHTS.kindPeer,
    });
    expect(kindOf(scoreMatch(selling, organisation('university'), NOW))?.peer).toBe(true);
    // a research hospital treats patients: it adopts, like a public body
    expect(kindOf(scoreMatch(selling, organisation('research_hospital'), NOW))?.contribution).toBe(
      MATCH_WEIGHTS.kindComplement,
    );
    // a public body adopts it; with joint R&D asked for too, a lab is a partner again
    expect(kindOf(scoreMatch(selling, organisation('public_body'), NOW))?.contribution).toBe(
      MATCH_WEIGHTS.kindComplement,
    );
    const researching = { ...selling, partnershipTypes: ['pilot', 'joint_rnd'] };
    expect(kindOf(scoreMatch(researching, organisation('university'), NOW))?.contribution).toBe(
      MATCH_WEIGHTS.kindComplement,
    );
    // the other way round: a startup's "for you" puts such offers down as well
    const startup: MatchProfile = { ...organisation('startup'), id: 'me' };
    expect(
      kindOf(scoreMatch(startup, { ...selling, textRank: 0.5 } as MatchCandidate, NOW))?.peer,
    ).toBe(true);
  });

  it('answers a need that asks for investors only with those who can invest', () => {
    const raising: MatchProfile = { ...request, soughtKinds: ['investor'] };
    expect(scoreMatch(raising, offer, NOW)).toBeNull();
    for (const kind of ['startup', 'sme', 'university', 'research_centre', 'public_body'] as const)
      expect(scoreMatch(raising, organisation(kind), NOW)).toBeNull();
    // investors, and large companies (corporate venture), stay
    expect(scoreMatch(raising, organisation('investor'), NOW)).not.toBeNull();
    expect(scoreMatch(raising, organisation('large_company'), NOW)).not.toBeNull();
    // the other way round: an SME's "for you" does not show such a need
    expect(
      scoreMatch({ ...organisation('sme'), id: 'me' }, { ...offer, ...raising }, NOW),
    ).toBeNull();
    // with another kind sought too, an offer and other kinds may still answer
    const mixed = { ...raising, soughtKinds: ['investor', 'research_centre'] } as MatchProfile;
    expect(scoreMatch(mixed, offer, NOW)).not.toBeNull();
    expect(scoreMatch(mixed, organisation('startup'), NOW)).not.toBeNull();
  });
});
