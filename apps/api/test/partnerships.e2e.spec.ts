import { DomainEvents, type DomainEventMap } from '../src/common/events/domain-events';
import { startTestApp, type TestApp } from './harness/app';
import { createChallengeViaApi, forceStatus } from './harness/challenges';
import { insertSubmittedSubmission } from './harness/evaluation';
import { createItem } from './harness/marketplace';
import {
  ACCEPT,
  CONCLUDE,
  DECLINE,
  decideAs,
  EXPRESS_INTEREST,
  expressInterest,
  FORM_GROUP,
  MY_OPEN,
  newOrganisation,
  PARTNERSHIP,
  PARTNERSHIP_FIELDS,
  PARTNERSHIPS,
  partnershipRow,
  PROJECT_GROUPS,
  publishedOffer,
  WITHDRAW,
} from './harness/partnerships';
import {
  addMember,
  dataSourceOf,
  outcome,
  registerPerson,
  setPlatformRole,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

/**
 * Partnerships over GraphQL (docs/partnerships.md): the contract end to end, the merge of
 * duplicate, crossing and concurrent requests, decline reasons, conclusion, project groups,
 * the live indicator, and the account erasure keeping the record. Who may call each mutation
 * is authorization-partnerships.e2e.spec.ts.
 */
const INDICATOR = `{ indicators { code liveValue liveValueNote { it en } } }`;

describe('partnerships', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let sme: Person; // owner of an SME
  let smeMember: Person; // plain member of the SME
  let lab: Person; // owner of a research centre
  let labAdmin: Person; // admin of the research centre
  let startup: Person; // owner of a startup
  let outsider: Person;
  let moderator: Person;
  let smeOrg: string;
  let labOrg: string;
  let startupOrg: string;
  let people = 0;
  const person = (label: string, locale?: 'it' | 'en') =>
    registerPerson(api, smtp, `${label}-${++people}@partner.test`, { fullName: label, locale });
  const query = (sql: string, parameters: unknown[] = []) =>
    dataSourceOf(api).query(sql, parameters) as Promise<Record<string, unknown>[]>;
  /** The latest mail to `email` whose subject contains `words` (mails are sent before the answer). */
  const mailTo = (email: string, words: string) => {
    const mail = smtp.messages
      .filter((m) => m.envelope.to.includes(email) && m.subject.includes(words))
      .at(-1);
    if (!mail) throw new Error(`no mail to ${email} about ${words}`);
    return mail;
  };
  const liveIndicator = async () => {
    const { body } = await api.graphql<{
      indicators: { code: string; liveValue: number | null }[];
    }>(INDICATOR);
    return body.data!.indicators.find((i) => i.code === 'companies_collaborating_with_research')!
      .liveValue;
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    [sme, smeMember, lab, labAdmin, startup, outsider, moderator] = await Promise.all([
      person('sme'),
      person('sme-member'),
      person('lab', 'en'),
      person('lab-admin'),
      person('startup'),
      person('outsider'),
      person('moderator'),
    ]);
    await setPlatformRole(api, moderator.id, 'moderator');
    smeOrg = await newOrganisation(sme, 'sme');
    labOrg = await newOrganisation(lab, 'research_centre');
    startupOrg = await newOrganisation(startup, 'startup');
    await addMember(api, smeOrg, smeMember.id, 'member');
    await addMember(api, labOrg, labAdmin.id, 'admin');
    // the indicators are demo data: two of them here, one computed live and one observed only
    await query(
      `INSERT INTO indicator (code, name, unit, baseline, target, target_date, position) VALUES
        ('companies_collaborating_with_research', '{"it":"Imprese","en":"Companies"}', 'count', 0, 350, '2027-12-31', 1),
        ('resources_granted', '{"it":"Risorse","en":"Resources"}', 'eur_millions', 0, 300, '2027-12-31', 2)`,
    );
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('runs the contract: interest → inbox → accept (room, event, mails) → conclude', async () => {
    const events: DomainEventMap['partnership.activated'][] = [];
    const off = api.app.get(DomainEvents).on('partnership.activated', (e) => void events.push(e));
    const offerId = await publishedOffer(api, lab, labOrg, { titleIt: 'Visione robotica' });
    const proposed = await expressInterest(sme, {
      from: smeOrg,
      itemId: offerId,
      message: 'Ci serve per la linea 3.',
    });
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      itemTitleIt: 'Visione robotica',
      initiator: { id: smeOrg },
      recipient: { id: labOrg },
      messages: [{ organisation: { id: smeOrg }, body: 'Ci serve per la linea 3.' }],
      roomId: null,
      viewerCanDecide: false,
      viewerCanWithdraw: true,
      viewerCanConclude: false,
    });
    // the recipient's owner (English) and admin are told, with the message
    const toLab = mailTo(lab.email, 'wants to work with you');
    expect(toLab.subject).toContain('wants to work with you');
    expect(toLab.text).toContain('> Ci serve per la linea 3.');
    expect(toLab.text).toContain(`/partnerships/${proposed.id}`);
    expect(mailTo(labAdmin.email, 'vuole collaborare').text).toContain('Ciao lab-admin');

    const seen = async (who: Person) =>
      (
        await who.client.graphql<{ result: { viewerCanDecide: boolean } }>(PARTNERSHIP, {
          id: proposed.id,
        })
      ).body;
    expect((await seen(labAdmin)).data!.result.viewerCanDecide).toBe(true);
    expect((await seen(smeMember)).data!.result.viewerCanDecide).toBe(false);
    expect((await seen(moderator)).data!.result.viewerCanDecide).toBe(false);
    expect(outcome(await seen(outsider))).toBe('NOT_FOUND');

    const box = async (who: Person, organisationId: string, name: string) =>
      (
        await who.client.graphql<{
          result: { totalCount: number; edges: { node: { id: string } }[] };
        }>(PARTNERSHIPS, { organisationId, box: name })
      ).body;
    expect((await box(lab, labOrg, 'RECEIVED')).data!.result.edges.map((e) => e.node.id)).toEqual([
      proposed.id,
    ]);
    expect((await box(smeMember, smeOrg, 'SENT')).data!.result.totalCount).toBe(1);
    expect((await box(sme, smeOrg, 'RECEIVED')).data!.result.totalCount).toBe(0);
    expect(outcome(await box(outsider, labOrg, 'RECEIVED'))).toBe('FORBIDDEN');

    const accepted = await decideAs(labAdmin, ACCEPT, proposed.id);
    expect(accepted).toMatchObject({
      status: 'ACTIVE',
      viewerCanConclude: true,
      viewerCanDecide: false,
    });
    expect(accepted.roomId).toBeTruthy();
    expect(accepted.decidedAt).toBeTruthy();
    expect(
      await query(
        `SELECT r.kind, array_agg(o.organisation_id ORDER BY o.organisation_id) AS orgs
        FROM room r JOIN room_organisation o ON o.room_id = r.id WHERE r.id = $1 GROUP BY r.kind`,
        [accepted.roomId],
      ),
    ).toEqual([{ kind: 'partnership', orgs: [smeOrg, labOrg].sort() }]);
    expect(events).toEqual([
      expect.objectContaining({
        partnershipId: proposed.id,
        roomId: accepted.roomId,
        itemId: offerId,
      }),
    ]);
    expect(mailTo(sme.email, 'accettato').text).toContain('Visione robotica');
    expect(
      await query(
        `SELECT action, actor_id FROM audit_event WHERE subject_id = $1 ORDER BY created_at`,
        [proposed.id],
      ),
    ).toEqual([
      { action: 'partnership.propose', actor_id: sme.id },
      { action: 'partnership.accept', actor_id: labAdmin.id },
    ]);
    expect((await box(sme, smeOrg, 'ACTIVE')).data!.result.totalCount).toBe(1);
    expect((await box(lab, labOrg, 'RECEIVED')).data!.result.totalCount).toBe(0);

    expect(outcome((await labAdmin.client.graphql(ACCEPT, { id: proposed.id })).body)).toBe(
      'PARTNERSHIP_NOT_PROPOSED',
    );
    expect(outcome((await smeMember.client.graphql(CONCLUDE, { id: proposed.id })).body)).toBe(
      'FORBIDDEN',
    );
    const concluded = await decideAs(sme, CONCLUDE, proposed.id);
    expect(concluded).toMatchObject({ status: 'CONCLUDED', viewerCanConclude: false });
    expect(concluded.concludedAt).toBeTruthy();
    expect(outcome((await sme.client.graphql(CONCLUDE, { id: proposed.id })).body)).toBe(
      'PARTNERSHIP_NOT_ACTIVE',
    );
    expect((await box(lab, labOrg, 'ACTIVE')).data!.result.edges[0]!.node).toEqual({
      id: proposed.id,
      status: 'CONCLUDED',
    });
    off();
  });

  it('refuses unavailable items, a missing or self recipient and empty messages', async () => {
    const draft = await createItem(lab, 'offer', labOrg);
    const own = await publishedOffer(api, sme, smeOrg);
    const send = async (input: Record<string, unknown>) =>
      outcome(
        (
          await sme.client.graphql(EXPRESS_INTEREST, {
            input: { fromOrganisationId: smeOrg, itemType: 'OFFER', message: 'Ciao', ...input },
          })
        ).body,
      );
    expect(await send({ itemId: draft.id })).toBe('PARTNERSHIP_ITEM_NOT_AVAILABLE');
    expect(await send({ itemId: '00000000-0000-4000-8000-000000000000' })).toBe(
      'PARTNERSHIP_ITEM_NOT_AVAILABLE',
    );
    expect(await send({ itemId: own, itemType: 'REQUEST' })).toBe('PARTNERSHIP_ITEM_NOT_AVAILABLE');
    expect(await send({ itemId: own })).toBe('BAD_USER_INPUT');
    expect(await send({ itemId: own, toOrganisationId: smeOrg })).toBe('PARTNERSHIP_SELF');
    expect(await send({ itemId: own, toOrganisationId: labOrg, message: '   ' })).toBe(
      'BAD_USER_INPUT',
    );
    // reaching out from one's own item to a matched organisation: it goes to that organisation
    const outreach = await expressInterest(sme, { from: smeOrg, itemId: own, to: startupOrg });
    expect(outreach).toMatchObject({ initiator: { id: smeOrg }, recipient: { id: startupOrg } });
  });

  it('accepts interest in a published challenge and records its titles', async () => {
    const { id } = await createChallengeViaApi(startup, startupOrg, {
      titleEn: 'Smart irrigation',
    });
    expect(
      outcome(
        (
          await lab.client.graphql(EXPRESS_INTEREST, {
            input: {
              fromOrganisationId: labOrg,
              itemType: 'CHALLENGE',
              itemId: id,
              message: 'Noi',
            },
          })
        ).body,
      ),
    ).toBe('PARTNERSHIP_ITEM_NOT_AVAILABLE');
    await forceStatus(api, id, 'published');
    const partnership = await expressInterest(lab, {
      from: labOrg,
      itemType: 'CHALLENGE',
      itemId: id,
    });
    expect(partnership).toMatchObject({
      recipient: { id: startupOrg },
      itemTitleIt: 'Manutenzione predittiva per presse idrauliche',
    });
    const [row] = await query(`SELECT item_title_en FROM partnership WHERE id = $1`, [
      partnership.id,
    ]);
    expect(row).toEqual({ item_title_en: 'Smart irrigation' });
  });

  it('merges a duplicate (message appended only if new) and a crossing request (→ ACTIVE, one row)', async () => {
    const offerId = await publishedOffer(api, lab, labOrg);
    const first = await expressInterest(startup, {
      from: startupOrg,
      itemId: offerId,
      message: 'Primo',
    });
    const same = await expressInterest(startup, {
      from: startupOrg,
      itemId: offerId,
      message: 'Primo',
    });
    expect(same.id).toBe(first.id);
    expect(same.messages).toHaveLength(1);
    const again = await expressInterest(startup, {
      from: startupOrg,
      itemId: offerId,
      message: 'Secondo',
    });
    expect(again).toMatchObject({ id: first.id, status: 'PROPOSED' });
    expect(again.messages.map((m) => m.body)).toEqual(['Primo', 'Secondo']);

    // the lab, owner of the offer, reaches out to the startup about it: both want it
    const crossed = await expressInterest(lab, {
      from: labOrg,
      itemId: offerId,
      to: startupOrg,
      message: 'Anche noi',
    });
    expect(crossed).toMatchObject({
      id: first.id,
      status: 'ACTIVE',
      initiator: { id: startupOrg },
    });
    expect(crossed.roomId).toBeTruthy();
    expect(crossed.messages.map((m) => m.organisation.id)).toEqual([
      startupOrg,
      startupOrg,
      labOrg,
    ]);
    expect(
      await query(`SELECT count(*)::int AS n FROM partnership WHERE item_id = $1`, [offerId]),
    ).toEqual([{ n: 1 }]);
    expect(
      await query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY created_at`, [
        first.id,
      ]),
    ).toEqual([{ action: 'partnership.propose' }, { action: 'partnership.cross' }]);
    // an active one still absorbs repeats; a concluded one no longer blocks a new request
    expect((await expressInterest(startup, { from: startupOrg, itemId: offerId })).id).toBe(
      first.id,
    );
    await decideAs(startup, CONCLUDE, first.id);
    const next = await expressInterest(startup, { from: startupOrg, itemId: offerId });
    expect(next.id).not.toBe(first.id);
    expect(next.status).toBe('PROPOSED');
  });

  it('keeps one row when the same request, or two crossing ones, arrive at the same time', async () => {
    const offerId = await publishedOffer(api, lab, labOrg);
    const twins = await Promise.all([
      expressInterest(sme, { from: smeOrg, itemId: offerId, message: 'Uno' }),
      expressInterest(sme, { from: smeOrg, itemId: offerId, message: 'Uno' }),
    ]);
    expect(twins[0].id).toBe(twins[1].id);
    expect(
      await query(`SELECT count(*)::int AS n FROM partnership WHERE item_id = $1`, [offerId]),
    ).toEqual([{ n: 1 }]);
    expect(
      await query(`SELECT count(*)::int AS n FROM partnership_message WHERE partnership_id = $1`, [
        twins[0].id,
      ]),
    ).toEqual([{ n: 1 }]);

    const other = await publishedOffer(api, lab, labOrg);
    const crossing = await Promise.all([
      expressInterest(startup, { from: startupOrg, itemId: other }),
      expressInterest(lab, { from: labOrg, itemId: other, to: startupOrg }),
    ]);
    expect(crossing[0].id).toBe(crossing[1].id);
    expect(await query(`SELECT status FROM partnership WHERE item_id = $1`, [other])).toEqual([
      { status: 'active' },
    ]);
    expect(
      await query(
        `SELECT count(*)::int AS n FROM room_organisation ro JOIN partnership p ON p.room_id = ro.room_id WHERE p.item_id = $1`,
        [other],
      ),
    ).toEqual([{ n: 2 }]);
  });

  it('declines with an optional reason (at most 500 characters), told to the initiator; withdraws', async () => {
    const offerId = await publishedOffer(api, lab, labOrg, { titleIt: 'Sensori tattili' });
    const { id } = await expressInterest(sme, { from: smeOrg, itemId: offerId });
    expect(outcome((await lab.client.graphql(DECLINE, { id, reason: 'x'.repeat(501) })).body)).toBe(
      'BAD_USER_INPUT',
    );
    expect((await partnershipRow(api, id)).status).toBe('proposed');
    const declined = await decideAs(lab, DECLINE, id, {
      reason: '  Non abbiamo capacità quest’anno. ',
    });
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Non abbiamo capacità quest’anno.',
      roomId: null,
    });
    const mail = mailTo(sme.email, 'rifiutato');
    expect(mail.text).toContain('> Non abbiamo capacità quest’anno.');
    expect(outcome((await sme.client.graphql(WITHDRAW, { id })).body)).toBe(
      'PARTNERSHIP_NOT_PROPOSED',
    );

    const again = await expressInterest(sme, { from: smeOrg, itemId: offerId });
    expect(again.id).not.toBe(id);
    expect(outcome((await lab.client.graphql(WITHDRAW, { id: again.id })).body)).toBe('FORBIDDEN');
    expect((await decideAs(sme, WITHDRAW, again.id)).status).toBe('WITHDRAWN');
    expect(
      (
        await decideAs(
          lab,
          DECLINE,
          (await expressInterest(sme, { from: smeOrg, itemId: offerId })).id,
        )
      ).declineReason,
    ).toBeNull();

    // both sides keep them, with the reason, in their CLOSED box; no other box holds them
    const box = async (person: typeof sme, organisationId: string, name: string) => {
      const { body } = await person.client.graphql<{
        partnerships: {
          edges: { node: { id: string; status: string; declineReason: string | null } }[];
        };
      }>(
        `query ($organisationId: ID!) { partnerships(organisationId: $organisationId, box: ${name}, first: 50) {
          edges { node { id status declineReason } } } }`,
        { organisationId },
      );
      return body.data!.partnerships.edges.map((edge) => edge.node);
    };
    for (const [person, organisationId] of [
      [sme, smeOrg],
      [lab, labOrg],
    ] as const) {
      const closed = await box(person, organisationId, 'CLOSED');
      expect(closed.find((node) => node.id === id)).toMatchObject({
        status: 'DECLINED',
        declineReason: 'Non abbiamo capacità quest’anno.',
      });
      expect(closed.find((node) => node.id === again.id)?.status).toBe('WITHDRAWN');
      for (const other of ['RECEIVED', 'SENT', 'ACTIVE'])
        expect((await box(person, organisationId, other)).map((node) => node.id)).not.toContain(id);
    }
  });

  it('counts the proposals waiting for the viewer’s decision, per organisation (recipient admins only)', async () => {
    type Pending = { organisationId: string; count: number }[];
    const PENDING = `{ n: pendingPartnershipDecisions { organisationId count } }`;
    const pending = async (person: typeof sme) =>
      (await person.client.graphql<{ n: Pending }>(PENDING)).body.data!.n;
    const countIn = (list: Pending, organisationId: string) =>
      list.find((row) => row.organisationId === organisationId)?.count ?? 0;
    const [labBefore, smeBefore] = [await pending(lab), await pending(sme)];
    const offerId = await publishedOffer(api, lab, labOrg, { titleIt: 'Contatori di decisioni' });
    const { id } = await expressInterest(sme, { from: smeOrg, itemId: offerId });
    const labAfter = await pending(lab);
    expect(countIn(labAfter, labOrg)).toBe(countIn(labBefore, labOrg) + 1);
    expect(labAfter.every((row) => row.count > 0)).toBe(true); // none listed with nothing waiting
    expect(await pending(sme)).toEqual(smeBefore); // the sender has nothing to decide
    await decideAs(lab, DECLINE, id);
    expect(await pending(lab)).toEqual(labBefore);
    const { body } = await api.graphql(PENDING);
    expect(body.data).toEqual({ n: [] });
  });

  it('lists the viewer’s open partnerships (either side, any role), nothing for anyone else', async () => {
    const offerId = await publishedOffer(api, lab, labOrg);
    const otherOffer = await publishedOffer(api, lab, labOrg);
    const proposed = await expressInterest(sme, { from: smeOrg, itemId: offerId });
    const active = await expressInterest(startup, { from: startupOrg, itemId: offerId });
    await decideAs(lab, ACCEPT, active.id);
    const declined = await expressInterest(sme, { from: smeOrg, itemId: otherOffer });
    await decideAs(lab, DECLINE, declined.id);
    const open = async (who: Person | null, variables: Record<string, unknown> = {}) => {
      const { body } = who
        ? await who.client.graphql<{ result: { id: string; status: string }[] }>(MY_OPEN, variables)
        : await api.graphql<{ result: { id: string; status: string }[] }>(MY_OPEN, { variables });
      if (body.errors) return outcome(body);
      return body.data!.result.map((p) => `${p.id}:${p.status}`);
    };
    const about = { itemType: 'OFFER', itemId: offerId };
    // the item's side sees both (owner and admin), newest first; declined ones are not open
    for (const who of [lab, labAdmin])
      expect(await open(who, about)).toEqual([`${active.id}:ACTIVE`, `${proposed.id}:PROPOSED`]);
    // each sender sees its own, a plain member too
    for (const who of [sme, smeMember])
      expect(await open(who, about)).toEqual([`${proposed.id}:PROPOSED`]);
    expect(await open(startup, about)).toEqual([`${active.id}:ACTIVE`]);
    expect(await open(sme)).toContain(`${proposed.id}:PROPOSED`);
    expect(await open(sme)).not.toContain(`${declined.id}:DECLINED`);
    // other organisations' members, the platform staff and anonymous callers see nothing
    for (const who of [outsider, moderator, null]) expect(await open(who, about)).toEqual([]);
    expect(await open(sme, { itemType: 'OFFER', itemId: 'not-a-uuid' })).toEqual([]);
    expect(await open(sme, { itemId: offerId })).toBe('BAD_USER_INPUT');
    expect(await open(sme, { first: 51 })).toBe('BAD_USER_INPUT');
    expect(await open(sme, { ...about, first: 1 })).toHaveLength(1);
    // the web's selection, with Apollo's __typename, at the cap: within the complexity budget
    const web = await sme.client.graphql(
      `{ myOpenPartnerships(first: 50) { __typename id status itemType itemId
        initiator { __typename id } recipient { __typename id } } }`,
    );
    expect(web.body.errors).toBeUndefined();
  });

  it('refuses a second project group of exactly the same partnerships', async () => {
    const offerId = await publishedOffer(api, lab, labOrg, { titleIt: 'Gruppo', titleEn: 'Group' });
    const third = await person('third');
    const thirdOrg = await newOrganisation(third, 'startup');
    const ids: string[] = [];
    for (const [who, from] of [
      [sme, smeOrg],
      [startup, startupOrg],
      [third, thirdOrg],
    ] as const)
      ids.push(
        (await decideAs(lab, ACCEPT, (await expressInterest(who, { from, itemId: offerId })).id))
          .id,
      );
    const form = (partnershipIds: string[]) =>
      lab.client.graphql<{ result: { id: string; itemTitleIt: string; itemTitleEn: string } }>(
        FORM_GROUP,
        { input: { itemType: 'OFFER', itemId: offerId, partnershipIds } },
      );
    const first = await form([ids[0]!, ids[1]!]);
    expect(first.body.data!.result).toMatchObject({ itemTitleIt: 'Gruppo', itemTitleEn: 'Group' });
    expect(outcome((await form([ids[1]!, ids[0]!])).body)).toBe('PROJECT_GROUP_EXISTS');
    // a different set (a superset, an overlapping pair) is another group
    expect((await form(ids)).body.errors).toBeUndefined();
    expect((await form([ids[1]!, ids[2]!])).body.errors).toBeUndefined();
    expect(outcome((await form(ids)).body)).toBe('PROJECT_GROUP_EXISTS');
    const list = await third.client.graphql<{
      result: { itemTitleIt: string; itemTitleEn: string }[];
    }>(PROJECT_GROUPS, { organisationId: thirdOrg });
    expect(list.body.data!.result).toEqual([
      expect.objectContaining({ itemTitleIt: 'Gruppo', itemTitleEn: 'Group' }),
      expect.objectContaining({ itemTitleIt: 'Gruppo', itemTitleEn: 'Group' }),
    ]);
  });

  it('forms a project group of ≥ 2 active partners on the owner’s item, in one room', async () => {
    const offerId = await publishedOffer(api, lab, labOrg);
    const bySme = await expressInterest(sme, { from: smeOrg, itemId: offerId });
    const byStartup = await expressInterest(startup, { from: startupOrg, itemId: offerId });
    const form = (who: Person, partnershipIds: string[]) =>
      who.client.graphql<{
        result: { id: string; owner: { id: string }; members: { id: string }[]; roomId: string };
      }>(FORM_GROUP, { input: { itemType: 'OFFER', itemId: offerId, partnershipIds } });
    await decideAs(lab, ACCEPT, bySme.id);
    expect(outcome((await form(lab, [bySme.id, byStartup.id])).body)).toBe('PROJECT_GROUP_INVALID'); // one is proposed
    await decideAs(lab, ACCEPT, byStartup.id);
    expect(outcome((await form(lab, [bySme.id])).body)).toBe('PROJECT_GROUP_INVALID');
    expect(outcome((await form(lab, [bySme.id, bySme.id])).body)).toBe('PROJECT_GROUP_INVALID');
    expect(outcome((await form(sme, [bySme.id, byStartup.id])).body)).toBe('FORBIDDEN'); // not the item's owner

    const { body } = await form(labAdmin, [bySme.id, byStartup.id]);
    const group = body.data!.result;
    expect(group.owner).toEqual({ id: labOrg });
    expect(group.members.map((m) => m.id).sort()).toEqual([smeOrg, startupOrg].sort());
    expect(
      await query(
        `SELECT r.kind, count(*)::int AS n FROM room r JOIN room_organisation o ON o.room_id = r.id WHERE r.id = $1 GROUP BY r.kind`,
        [group.roomId],
      ),
    ).toEqual([{ kind: 'project_group', n: 3 }]);
    for (const [who, organisationId] of [
      [lab, labOrg],
      [startup, startupOrg],
    ] as const) {
      const list = await who.client.graphql<{ result: { id: string }[] }>(PROJECT_GROUPS, {
        organisationId,
      });
      expect(list.body.data!.result.map((g) => g.id)).toContain(group.id);
    }
    expect(
      outcome((await outsider.client.graphql(PROJECT_GROUPS, { organisationId: labOrg })).body),
    ).toBe('FORBIDDEN');
  });

  it('pages an inbox with the shared keyset cursor, newest first', async () => {
    const receiver = await person('receiver');
    const receiverOrg = await newOrganisation(receiver, 'university');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1)
      ids.push(
        (
          await expressInterest(sme, {
            from: smeOrg,
            itemId: await publishedOffer(api, receiver, receiverOrg),
          })
        ).id,
      );
    const page = async (after: string | null) =>
      (
        await receiver.client.graphql<{
          result: {
            edges: { cursor: string; node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
            totalCount: number;
          };
        }>(PARTNERSHIPS, { organisationId: receiverOrg, box: 'RECEIVED', first: 2, after })
      ).body.data!.result;
    const one = await page(null);
    expect(one.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(one).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const two = await page(one.pageInfo.endCursor);
    expect(two.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(two.pageInfo.hasNextPage).toBe(false);
    // a full inbox page, as the web asks for it, stays within the query complexity budget
    const full = await receiver.client.graphql(
      `query ($organisationId: ID!) { partnerships(organisationId: $organisationId, box: RECEIVED, first: 20) {
        edges { cursor node { ${PARTNERSHIP_FIELDS}
          initiator { id displayName kind logoUrl } recipient { id displayName kind logoUrl }
          messages { organisation { id displayName } body createdAt } } }
        pageInfo { hasNextPage endCursor } totalCount } }`,
      { organisationId: receiverOrg },
    );
    expect(full.body.errors).toBeUndefined();
    const tooMany = await receiver.client.graphql(PARTNERSHIPS, {
      organisationId: receiverOrg,
      box: 'RECEIVED',
      first: 51,
    });
    expect(outcome(tooMany.body)).toBe('BAD_USER_INPUT');
  });

  it('moves the regional indicator when a company–research partnership becomes active', async () => {
    const company = await person('company');
    const companyOrg = await newOrganisation(company, 'large_company');
    const before = await liveIndicator();
    const offerId = await publishedOffer(api, lab, labOrg);
    const { id } = await expressInterest(company, { from: companyOrg, itemId: offerId });
    expect(await liveIndicator()).toBe(before); // proposed does not count
    await decideAs(lab, ACCEPT, id);
    expect(await liveIndicator()).toBe(before! + 1);
    await decideAs(company, CONCLUDE, id);
    expect(await liveIndicator()).toBe(before! + 1); // concluded still counts

    // a company winning a research organisation's challenge collaborates with it too
    const winner = await person('winner');
    const winnerOrg = await newOrganisation(winner, 'sme');
    const { id: challengeId } = await createChallengeViaApi(lab, labOrg);
    const submissionId = await insertSubmittedSubmission(api, challengeId, winnerOrg, winner.id);
    await query(
      `INSERT INTO evaluation_result (submission_id, challenge_id, winner) VALUES ($1, $2, false)`,
      [submissionId, challengeId],
    );
    expect(await liveIndicator()).toBe(before! + 1);
    await query(`UPDATE evaluation_result SET winner = true WHERE submission_id = $1`, [
      submissionId,
    ]);
    expect(await liveIndicator()).toBe(before! + 2);

    const { body } = await api.graphql<{
      indicators: {
        code: string;
        liveValue: number | null;
        liveValueNote: { en: string } | null;
      }[];
    }>(INDICATOR);
    const others = body.data!.indicators.filter(
      (i) => i.code !== 'companies_collaborating_with_research',
    );
    expect(others.every((i) => i.liveValue === null && i.liveValueNote === null)).toBe(true);
  });

  it('keeps partnerships and their messages, on behalf of the organisation, when their author erases the account', async () => {
    const leaving = await person('leaving');
    await addMember(api, startupOrg, leaving.id, 'admin');
    const offerId = await publishedOffer(api, lab, labOrg);
    const { id } = await expressInterest(leaving, {
      from: startupOrg,
      itemId: offerId,
      message: 'Addio',
    });
    // "download my data" holds what the person did in partnerships
    const exported = await fetch(`${api.url}/api/me/export`, {
      headers: { cookie: leaving.client.cookie! },
    });
    const { activity } = (await exported.json()) as {
      activity: Record<string, Record<string, unknown>[]>;
    };
    expect(activity.partnershipsActedOn).toEqual([
      expect.objectContaining({ id, proposed: true, decided: false, status: 'proposed' }),
    ]);
    expect(activity.partnershipMessagesWritten).toEqual([
      expect.objectContaining({ partnershipId: id, organisationId: startupOrg, body: 'Addio' }),
    ]);
    const erased = await leaving.client.graphql(
      `mutation ($email: String!) { deleteMyAccount(confirmEmail: $email) }`,
      { email: leaving.email },
    );
    expect(outcome(erased.body)).toBe('OK');
    // erasure anonymises the account (the row stays, so references stay valid, now nameless)
    expect(
      await query(
        `SELECT a.email, a.deleted_at IS NOT NULL AS erased FROM partnership p JOIN user_account a ON a.id = p.created_by WHERE p.id = $1`,
        [id],
      ),
    ).toEqual([{ email: null, erased: true }]);
    expect(
      await query(
        `SELECT author_id = $2 AS by_author, body FROM partnership_message WHERE partnership_id = $1`,
        [id, leaving.id],
      ),
    ).toEqual([{ by_author: true, body: 'Addio' }]);
  });
});
