import { startTestApp, type TestApp } from './harness/app';
import {
  addMember,
  CREATE_ORGANISATION,
  createOrganisation,
  dataSourceOf,
  italianVat,
  organisationInput,
  outcome,
  registerPerson,
  setPlatformRole,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const ORGANISATION = `query Organisation($id: ID!) {
  organisation(id: $id) {
    id kind legalName displayName vatNumber website country province s3Ecosystems competences
    trlMin trlMax description { it en } verified myRole
    members { person { id fullName } role }
    parent { id displayName parent { id displayName } }
    children { id displayName }
  }
}`;
const UPDATE = `mutation Update($id: ID!, $input: OrganisationInput!) {
  updateOrganisation(id: $id, input: $input) { id displayName vatNumber website parent { id } }
}`;
const VERIFY = `mutation Verify($id: ID!, $verified: Boolean!) {
  verifyOrganisation(id: $id, verified: $verified) { id verified }
}`;
const CHANGE_ROLE = `mutation ChangeRole($org: ID!, $user: ID!, $role: OrganisationRole!) {
  changeMemberRole(organisationId: $org, userId: $user, role: $role)
}`;
const REMOVE = `mutation Remove($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`;
const LEAVE = `mutation Leave($org: ID!) { leaveOrganisation(organisationId: $org) }`;
const TRANSFER = `mutation Transfer($org: ID!, $user: ID!) { transferOwnership(organisationId: $org, userId: $user) }`;

interface OrganisationView {
  id: string;
  displayName: string;
  vatNumber: string | null;
  verified: boolean;
  myRole: string | null;
  members: { person: { id: string; fullName: string }; role: string }[];
  parent: {
    id: string;
    displayName: string;
    parent: { id: string; displayName: string } | null;
  } | null;
  children: { id: string; displayName: string }[];
}

describe('organisations: create, edit, hierarchy, verification, members', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let owner: Person;
  let colleague: Person;
  let outsider: Person;
  let moderator: Person;
  let platformAdmin: Person;
  let emailCounter = 0;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url, LOGIN_MAX_FAILURES_PER_IP: '10000' });
    owner = await registerPerson(api, smtp, 'owner@polimi.it', { fullName: 'Anna Bianchi' });
    colleague = await registerPerson(api, smtp, 'colleague@polimi.it', { fullName: 'Bruno Conti' });
    outsider = await registerPerson(api, smtp, 'outsider@unibg.it', { fullName: 'Carla Esposito' });
    moderator = await registerPerson(api, smtp, 'moderator@regione.lombardia.it', {
      fullName: 'Dario Ferri',
    });
    platformAdmin = await registerPerson(api, smtp, 'admin@regione.lombardia.it', {
      fullName: 'Elena Galli',
    });
    await setPlatformRole(api, moderator.id, 'moderator');
    await setPlatformRole(api, platformAdmin.id, 'admin');
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  const newPerson = (fullName: string) =>
    registerPerson(api, smtp, `person${++emailCounter}@unimi.it`, { fullName });

  async function view(client: Person['client'] | null, id: string): Promise<OrganisationView> {
    const { body } = await (client ?? api.client()).graphql<{ organisation: OrganisationView }>(
      ORGANISATION,
      { id },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.organisation;
  }

  const roles = async (id: string) =>
    Object.fromEntries((await view(null, id)).members.map((m) => [m.person.fullName, m.role]));

  describe('create', () => {
    it('creates an organisation whose creator becomes its OWNER, unverified, audited', async () => {
      const { body } = await owner.client.graphql<{
        createOrganisation: { id: string; verified: boolean; myRole: string; vatNumber: string };
      }>(CREATE_ORGANISATION, {
        input: organisationInput({ vatNumber: `IT ${italianVat('0123456789')}` }),
      });
      expect(body.errors).toBeUndefined();
      const created = body.data!.createOrganisation;
      expect(created).toMatchObject({
        kind: 'sme',
        displayName: 'Meccanica Lombarda',
        vatNumber: italianVat('0123456789'), // normalised: no IT prefix, no spaces
        verified: false,
        myRole: 'OWNER',
        parent: null,
      });

      const organisation = await view(owner.client, created.id);
      expect(organisation).toMatchObject({
        verified: false,
        myRole: 'OWNER',
        members: [{ person: { id: owner.id, fullName: 'Anna Bianchi' }, role: 'OWNER' }],
        children: [],
      });
      expect((await view(outsider.client, created.id)).myRole).toBeNull();
      expect((await view(null, created.id)).myRole).toBeNull();

      const audit = await dataSourceOf(api).query(
        `SELECT actor_id, action FROM audit_event WHERE subject_type = 'organisation' AND subject_id = $1`,
        [created.id],
      );
      expect(audit).toEqual([{ actor_id: owner.id, action: 'organisation.created' }]);
    });

    it('refuses a person whose email is not verified (EMAIL_NOT_VERIFIED) and an anonymous caller', async () => {
      const unverified = await registerPerson(api, smtp, 'unverified@unipv.it', {
        verified: false,
      });
      const input = organisationInput({ displayName: 'Never Created' });
      const { body } = await unverified.client.graphql(CREATE_ORGANISATION, { input });
      expect(outcome(body)).toBe('EMAIL_NOT_VERIFIED');
      const anonymous = await api.graphql(CREATE_ORGANISATION, { variables: { input } });
      expect(outcome(anonymous.body)).toBe('UNAUTHENTICATED');
      const [{ count }] = await dataSourceOf(api).query(
        `SELECT count(*)::int AS count FROM organisation WHERE display_name = 'Never Created'`,
      );
      expect(count).toBe(0);
    });

    it('returns a code for every invalid field at once', async () => {
      const wrongCheckDigit = `${italianVat('0765432101').slice(0, 10)}${(Number(italianVat('0765432101')[10]) + 1) % 10}`;
      const { body } = await owner.client.graphql(CREATE_ORGANISATION, {
        input: organisationInput({
          kind: 'spaceship',
          legalName: '   ',
          displayName: '',
          vatNumber: wrongCheckDigit,
          website: 'ftp://files.example.com',
          province: 'RM',
          trlMin: 7,
          trlMax: 3,
          s3Ecosystems: ['advanced_manufacturing', 'space_mining'],
          competences: Array.from({ length: 21 }, (_, i) => `tag ${i}`),
        }),
      });
      expect(body.errors?.[0]?.extensions).toEqual({
        code: 'VALIDATION_FAILED',
        fields: {
          kind: 'ORGANISATION_KIND_INVALID',
          legalName: 'LEGAL_NAME_REQUIRED',
          displayName: 'DISPLAY_NAME_REQUIRED',
          vatNumber: 'VAT_INVALID',
          website: 'WEBSITE_INVALID',
          province: 'PROVINCE_INVALID',
          trlMin: 'TRL_RANGE_INVALID',
          s3Ecosystems: 'ECOSYSTEM_INVALID',
          competences: 'TAGS_INVALID',
        },
      });
    });

    it.each([
      ['kind', { kind: 'bakery' }, 'ORGANISATION_KIND_INVALID'],
      ['legalName', { legalName: '' }, 'LEGAL_NAME_REQUIRED'],
      ['displayName', { displayName: ' ' }, 'DISPLAY_NAME_REQUIRED'],
      ['vatNumber', { vatNumber: '01234567890' }, 'VAT_INVALID'], // check digit should be 7
      ['vatNumber', { vatNumber: 'DE123456789' }, 'VAT_INVALID'], // an Italian organisation
      ['website', { website: 'javascript:alert(1)' }, 'WEBSITE_INVALID'],
      ['website', { website: 'www.example.com' }, 'WEBSITE_INVALID'],
      ['province', { province: 'TO' }, 'PROVINCE_INVALID'],
      ['trlMin', { trlMin: 9, trlMax: 1 }, 'TRL_RANGE_INVALID'],
      ['trlMin', { trlMin: 0, trlMax: 4 }, 'TRL_RANGE_INVALID'],
      ['s3Ecosystems', { s3Ecosystems: ['tourism'] }, 'ECOSYSTEM_INVALID'],
      [
        'competences',
        { competences: Array.from({ length: 21 }, (_, i) => `skill ${i}`) },
        'TAGS_INVALID',
      ],
    ])('refuses an invalid %s: %j', async (field, overrides, code) => {
      const { body } = await owner.client.graphql(CREATE_ORGANISATION, {
        input: organisationInput(overrides),
      });
      expect(body.errors?.[0]?.extensions).toEqual({
        code: 'VALIDATION_FAILED',
        fields: { [field]: code },
      });
    });

    it('accepts 20 tags (after removing duplicates) and a valid EU VAT number of a foreign organisation', async () => {
      const tags = Array.from({ length: 20 }, (_, i) => `Skill ${i}`);
      const id = await createOrganisation(owner, {
        displayName: 'Bayerische Robotik',
        legalName: 'Bayerische Robotik GmbH',
        country: 'DE',
        province: null,
        vatNumber: 'de 123 456 789',
        website: 'https://robotik.example.de',
        competences: [...tags, 'skill 0', ' SKILL 1 '],
      });
      const organisation = (await view(null, id)) as OrganisationView & {
        competences: string[];
        country: string;
      };
      expect(organisation).toMatchObject({ vatNumber: 'DE123456789', country: 'DE' });
      expect(organisation.competences).toHaveLength(20);
    });

    it('refuses a VAT number already registered, however it is written (VAT_TAKEN)', async () => {
      const vat = italianVat('0987654321');
      const first = await createOrganisation(owner, { displayName: 'Prima', vatNumber: vat });
      const variants = [
        vat,
        `IT${vat}`,
        `it ${vat.slice(0, 3)} ${vat.slice(3, 6)} ${vat.slice(6)}`,
        ` ${vat.slice(0, 5)}.${vat.slice(5)} `,
      ];
      for (const variant of variants) {
        const { body } = await owner.client.graphql(CREATE_ORGANISATION, {
          input: organisationInput({ displayName: 'Seconda', vatNumber: variant }),
        });
        expect({ variant, extensions: body.errors?.[0]?.extensions }).toEqual({
          variant,
          extensions: { code: 'VALIDATION_FAILED', fields: { vatNumber: 'VAT_TAKEN' } },
        });
      }
      // a foreign organisation registered for VAT in Italy quotes the same number with its prefix
      const foreign = await owner.client.graphql(CREATE_ORGANISATION, {
        input: organisationInput({
          displayName: 'Seconda GmbH',
          country: 'DE',
          province: null,
          vatNumber: `IT${vat}`,
        }),
      });
      expect(foreign.body.errors?.[0]?.extensions).toEqual({
        code: 'VALIDATION_FAILED',
        fields: { vatNumber: 'VAT_TAKEN' },
      });

      // editing another organisation to take the number is refused the same way
      const second = await createOrganisation(owner, { displayName: 'Terza' });
      const { body } = await owner.client.graphql(UPDATE, {
        id: second,
        input: organisationInput({ displayName: 'Terza', vatNumber: `IT${vat}` }),
      });
      expect(body.errors?.[0]?.extensions?.fields).toEqual({ vatNumber: 'VAT_TAKEN' });
      // …while keeping one's own number is fine
      const own = await owner.client.graphql(UPDATE, {
        id: first,
        input: organisationInput({ displayName: 'Prima S.p.A.', vatNumber: `IT ${vat}` }),
      });
      expect(own.body.errors).toBeUndefined();
      const [{ count }] = await dataSourceOf(api).query(
        `SELECT count(*)::int AS count FROM organisation WHERE vat_number LIKE $1`,
        [`%${vat}`],
      );
      expect(count).toBe(1);
    });
  });

  describe('update', () => {
    it('lets the owner and an organisation admin edit, and returns the new values', async () => {
      const id = await createOrganisation(owner, { displayName: 'Officina Vecchia' });
      const admin = await newPerson('Franco Admin');
      await addMember(api, id, admin.id, 'admin');

      const byOwner = await owner.client.graphql(UPDATE, {
        id,
        input: organisationInput({
          displayName: 'Officina Nuova',
          website: 'https://officina.example.it',
        }),
      });
      expect(byOwner.body.data).toMatchObject({
        updateOrganisation: {
          id,
          displayName: 'Officina Nuova',
          website: 'https://officina.example.it',
        },
      });
      const byAdmin = await admin.client.graphql(UPDATE, {
        id,
        input: organisationInput({ displayName: 'Officina Nuovissima', website: null }),
      });
      expect(byAdmin.body.errors).toBeUndefined();
      expect(await view(null, id)).toMatchObject({
        displayName: 'Officina Nuovissima',
        website: null,
      });
    });

    it('answers NOT_FOUND for an unknown organisation, even with a malformed id', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        const { body } = await owner.client.graphql(UPDATE, { id, input: organisationInput() });
        expect(outcome(body)).toBe('NOT_FOUND');
      }
    });
  });

  describe('hierarchy', () => {
    it('builds lab → department → university; parent and children resolve both ways', async () => {
      const university = await createOrganisation(owner, {
        kind: 'university',
        displayName: 'Università di Bergamo',
        legalName: 'Università degli Studi di Bergamo',
      });
      const department = await createOrganisation(owner, {
        kind: 'university',
        displayName: 'Dipartimento di Ingegneria',
        parentId: university,
      });
      const lab = await createOrganisation(owner, {
        kind: 'research_centre',
        displayName: 'Laboratorio di Robotica',
        parentId: department,
      });

      expect((await view(null, lab)).parent).toEqual({
        id: department,
        displayName: 'Dipartimento di Ingegneria',
        parent: { id: university, displayName: 'Università di Bergamo' },
      });
      expect((await view(null, university)).children).toEqual([
        { id: department, displayName: 'Dipartimento di Ingegneria' },
      ]);
      expect((await view(null, department)).children).toEqual([
        { id: lab, displayName: 'Laboratorio di Robotica' },
      ]);
      expect((await view(null, university)).parent).toBeNull();

      // making the university a child of its own lab (or of its department, or of itself) is a cycle
      for (const parentId of [lab, department, university]) {
        const { body } = await owner.client.graphql(UPDATE, {
          id: university,
          input: organisationInput({ kind: 'university', displayName: 'Università', parentId }),
        });
        expect(body.errors?.[0]?.extensions).toEqual({
          code: 'VALIDATION_FAILED',
          fields: { parentId: 'PARENT_INVALID' },
        });
      }
      expect((await view(null, university)).parent).toBeNull();

      // moving the lab directly under the university is fine
      const moved = await owner.client.graphql(UPDATE, {
        id: lab,
        input: organisationInput({
          kind: 'research_centre',
          displayName: 'Laboratorio di Robotica',
          parentId: university,
        }),
      });
      expect(moved.body.data).toMatchObject({ updateOrganisation: { parent: { id: university } } });
      expect((await view(null, university)).children.map((child) => child.id).sort()).toEqual(
        [department, lab].sort(),
      );
    });

    it('refuses an unknown or malformed parent (PARENT_INVALID)', async () => {
      for (const parentId of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        const { body } = await owner.client.graphql(CREATE_ORGANISATION, {
          input: organisationInput({ displayName: 'Orfana', parentId }),
        });
        expect(body.errors?.[0]?.extensions).toEqual({
          code: 'VALIDATION_FAILED',
          fields: { parentId: 'PARENT_INVALID' },
        });
      }
    });

    it('answers null (not an error) for an unknown or malformed organisation id', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        const { body } = await api.graphql(`query O($id: ID!) { organisation(id: $id) { id } }`, {
          variables: { id },
        });
        expect(body).toEqual({ data: { organisation: null } });
      }
    });
  });

  describe('verification by a moderator', () => {
    it('sets and withdraws the verified flag, each time with an audit event', async () => {
      const id = await createOrganisation(owner, { displayName: 'Da Verificare' });
      const verified = await moderator.client.graphql(VERIFY, { id, verified: true });
      expect(verified.body.data).toEqual({ verifyOrganisation: { id, verified: true } });
      expect((await view(null, id)).verified).toBe(true);

      const withdrawn = await platformAdmin.client.graphql(VERIFY, { id, verified: false });
      expect(withdrawn.body.data).toEqual({ verifyOrganisation: { id, verified: false } });
      expect((await view(null, id)).verified).toBe(false);

      const audit = await dataSourceOf(api).query(
        `SELECT actor_id, action FROM audit_event WHERE subject_type = 'organisation' AND subject_id = $1 ORDER BY created_at`,
        [id],
      );
      expect(audit).toEqual([
        { actor_id: owner.id, action: 'organisation.created' },
        { actor_id: moderator.id, action: 'organisation.verified' },
        { actor_id: platformAdmin.id, action: 'organisation.unverified' },
      ]);
    });

    it('answers NOT_FOUND for an unknown organisation', async () => {
      const { body } = await moderator.client.graphql(VERIFY, {
        id: '00000000-0000-4000-8000-000000000000',
        verified: true,
      });
      expect(outcome(body)).toBe('NOT_FOUND');
    });
  });

  describe('members and roles', () => {
    it('changes roles, removes, leaves and transfers ownership; the last owner always stays', async () => {
      const id = await createOrganisation(owner, { displayName: 'Ruoli S.r.l.' });
      await addMember(api, id, colleague.id, 'member');
      const third = await newPerson('Zeno Terzi');
      await addMember(api, id, third.id, 'member');
      expect(await roles(id)).toEqual({
        'Anna Bianchi': 'OWNER',
        'Bruno Conti': 'MEMBER',
        'Zeno Terzi': 'MEMBER',
      });
      expect((await view(colleague.client, id)).myRole).toBe('MEMBER');

      // the only owner can neither be demoted, nor removed, nor leave
      const demoteSelf = await owner.client.graphql(CHANGE_ROLE, {
        org: id,
        user: owner.id,
        role: 'ADMIN',
      });
      expect(demoteSelf.body.errors?.[0]?.extensions).toMatchObject({ code: 'LAST_OWNER' });
      expect(outcome((await owner.client.graphql(LEAVE, { org: id })).body)).toBe('LAST_OWNER');
      expect(outcome((await owner.client.graphql(REMOVE, { org: id, user: owner.id })).body)).toBe(
        'LAST_OWNER',
      );
      const byPlatformAdmin = await platformAdmin.client.graphql(REMOVE, {
        org: id,
        user: owner.id,
      });
      expect(outcome(byPlatformAdmin.body)).toBe('LAST_OWNER');
      const demotedByPlatformAdmin = await platformAdmin.client.graphql(CHANGE_ROLE, {
        org: id,
        user: owner.id,
        role: 'MEMBER',
      });
      expect(outcome(demotedByPlatformAdmin.body)).toBe('LAST_OWNER');
      expect((await roles(id))['Anna Bianchi']).toBe('OWNER');

      // promote a member to admin
      const promoted = await owner.client.graphql(CHANGE_ROLE, {
        org: id,
        user: colleague.id,
        role: 'ADMIN',
      });
      expect(promoted.body).toEqual({ data: { changeMemberRole: true } });
      expect((await view(colleague.client, id)).myRole).toBe('ADMIN');

      // an admin removes a member
      const removed = await colleague.client.graphql(REMOVE, { org: id, user: third.id });
      expect(removed.body).toEqual({ data: { removeMember: true } });
      expect((await view(third.client, id)).myRole).toBeNull();

      // hand over ownership: the old owner stays as ADMIN
      const transferred = await owner.client.graphql(TRANSFER, { org: id, user: colleague.id });
      expect(transferred.body).toEqual({ data: { transferOwnership: true } });
      expect(await roles(id)).toEqual({ 'Bruno Conti': 'OWNER', 'Anna Bianchi': 'ADMIN' });
      expect((await view(owner.client, id)).myRole).toBe('ADMIN');
      expect((await view(colleague.client, id)).myRole).toBe('OWNER');

      // the former owner may now leave; the new one cannot
      expect((await owner.client.graphql(LEAVE, { org: id })).body).toEqual({
        data: { leaveOrganisation: true },
      });
      expect(outcome((await colleague.client.graphql(LEAVE, { org: id })).body)).toBe('LAST_OWNER');
      expect(await roles(id)).toEqual({ 'Bruno Conti': 'OWNER' });

      const audit = await dataSourceOf(api).query(
        `SELECT action FROM audit_event WHERE subject_type = 'organisation' AND subject_id = $1 ORDER BY created_at`,
        [id],
      );
      expect(audit.map((row: { action: string }) => row.action)).toEqual([
        'organisation.created',
        'membership.role_changed',
        'membership.removed',
        'organisation.ownership_transferred',
        'membership.left',
      ]);
    });

    it('lets one of two owners step down or leave', async () => {
      const id = await createOrganisation(owner, { displayName: 'Due Soci' });
      const partner = await newPerson('Paolo Socio');
      await addMember(api, id, partner.id, 'owner');
      const stepDown = await owner.client.graphql(CHANGE_ROLE, {
        org: id,
        user: owner.id,
        role: 'MEMBER',
      });
      expect(stepDown.body).toEqual({ data: { changeMemberRole: true } });
      expect(outcome((await partner.client.graphql(LEAVE, { org: id })).body)).toBe('LAST_OWNER');
      expect(outcome((await owner.client.graphql(LEAVE, { org: id })).body)).toBe('OK');
      expect(await roles(id)).toEqual({ 'Paolo Socio': 'OWNER' });
    });

    it('a platform admin hands ownership over: the previous owner becomes ADMIN', async () => {
      const id = await createOrganisation(owner, { displayName: 'Passaggio' });
      const heir = await newPerson('Ugo Erede');
      await addMember(api, id, heir.id, 'member');
      const { body } = await platformAdmin.client.graphql(TRANSFER, { org: id, user: heir.id });
      expect(body).toEqual({ data: { transferOwnership: true } });
      expect(await roles(id)).toEqual({ 'Ugo Erede': 'OWNER', 'Anna Bianchi': 'ADMIN' });
    });

    it('answers NOT_FOUND (not a server error) for someone who is not a member, or a malformed id', async () => {
      const id = await createOrganisation(owner, { displayName: 'Pochi Membri' });
      for (const user of [outsider.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        for (const [mutation, variables] of [
          [CHANGE_ROLE, { org: id, user, role: 'ADMIN' }],
          [REMOVE, { org: id, user }],
          [TRANSFER, { org: id, user }],
        ] as const) {
          const { body } = await owner.client.graphql(mutation, variables);
          expect({ mutation, user, code: outcome(body) }).toEqual({
            mutation,
            user,
            code: 'NOT_FOUND',
          });
        }
      }
      expect(outcome((await outsider.client.graphql(LEAVE, { org: id })).body)).toBe('NOT_FOUND');
      expect(outcome((await owner.client.graphql(LEAVE, { org: 'not-a-uuid' })).body)).toBe(
        'NOT_FOUND',
      );
      expect(await roles(id)).toEqual({ 'Anna Bianchi': 'OWNER' });
    });
  });
  describe('concurrent requests', () => {
    it('never lets two moves make a cycle (A under B and B under A at once)', async () => {
      for (let round = 0; round < 5; round++) {
        const a = await createOrganisation(owner, { displayName: `Alfa ${round}` });
        const b = await createOrganisation(owner, { displayName: `Beta ${round}` });
        const results = await Promise.all([
          owner.client.graphql(UPDATE, {
            id: a,
            input: organisationInput({ displayName: `Alfa ${round}`, parentId: b }),
          }),
          owner.client.graphql(UPDATE, {
            id: b,
            input: organisationInput({ displayName: `Beta ${round}`, parentId: a }),
          }),
        ]);
        expect(results.map(({ body }) => outcome(body)).sort()).toEqual([
          'OK',
          'VALIDATION_FAILED',
        ]);
        const parents = await dataSourceOf(api).query(
          `SELECT count(*)::int AS count FROM organisation WHERE id IN ($1, $2) AND parent_id IS NOT NULL`,
          [a, b],
        );
        expect(parents).toEqual([{ count: 1 }]);
      }
    });

    it('keeps an owner when two owners leave at once', async () => {
      for (let round = 0; round < 3; round++) {
        const id = await createOrganisation(owner, { displayName: `Soci ${round}` });
        const partner = await newPerson(`Socio ${round}`);
        await addMember(api, id, partner.id, 'owner');
        const results = await Promise.all(
          [owner, partner].map((person) => person.client.graphql(LEAVE, { org: id })),
        );
        expect(results.map(({ body }) => outcome(body)).sort()).toEqual(['LAST_OWNER', 'OK']);
        expect(Object.values(await roles(id))).toEqual(['OWNER']);
      }
    });

    it('registers a VAT number once when several requests race for it', async () => {
      const vat = italianVat('0246813579');
      const results = await Promise.all(
        ['Uno', 'Due', 'Tre'].map((displayName) =>
          owner.client.graphql(CREATE_ORGANISATION, {
            input: organisationInput({ displayName, vatNumber: vat }),
          }),
        ),
      );
      const errors = results.flatMap(({ body }) => body.errors ?? []);
      expect(errors.map((error) => error.extensions)).toEqual([
        { code: 'VALIDATION_FAILED', fields: { vatNumber: 'VAT_TAKEN' } },
        { code: 'VALIDATION_FAILED', fields: { vatNumber: 'VAT_TAKEN' } },
      ]);
    });
  });
});
