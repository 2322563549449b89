import { DataSource } from 'typeorm';
import { startTestApp, type GraphQLResponse, type TestApp, type TestClient } from './harness/app';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const PASSWORD = 'correct horse battery staple';
const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) }`;
const VERIFY = `mutation Verify($token: String!) { verifyEmail(token: $token) { id } }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }`;
const CREATE_ORGANISATION = `mutation Create($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`;
const INVITE = `mutation Invite($organisationId: ID!, $email: String!, $role: InvitationRole!, $locale: String) {
  inviteMember(organisationId: $organisationId, email: $email, role: $role, locale: $locale) {
    id email role createdAt expiresAt invitedBy { fullName }
  }
}`;
const PREVIEW = `query Preview($token: String!) {
  invitation(token: $token) { organisation { id displayName } role inviterName email expiresAt }
}`;
const ACCEPT = `mutation Accept($token: String!) { acceptInvitation(token: $token) { id displayName } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeInvitation(id: $id) }`;
const ORGANISATION = `query Organisation($id: ID!) {
  organisation(id: $id) {
    members { person { fullName } role }
    invitations { id email role invitedBy { fullName } }
    joinRequests { id person { fullName } message status }
  }
}`;
const REQUEST_TO_JOIN = `mutation Request($organisationId: ID!, $message: String) {
  requestToJoin(organisationId: $organisationId, message: $message) {
    id status message person { fullName } organisation { displayName }
  }
}`;
const APPROVE = `mutation Approve($id: ID!) { approveJoinRequest(id: $id) { id status decidedAt } }`;
const REJECT = `mutation Reject($id: ID!) { rejectJoinRequest(id: $id) { id status decidedAt } }`;
const MY_JOIN_REQUESTS = `{ myJoinRequests { id status organisation { displayName } } }`;

interface OrganisationView {
  organisation: {
    members: { person: { fullName: string }; role: string }[];
    invitations: { id: string; email: string; role: string; invitedBy: { fullName: string } }[];
    joinRequests: { id: string; person: { fullName: string }; message: string | null }[];
  };
}

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

function linkToken(text: string, path: string): string {
  const match = text.match(new RegExp(`${path}\\?token=([\\w%-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return decodeURIComponent(match[1]);
}

describe('organisation invitations and join requests', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let sql: DataSource;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://oi.example.it' });
    sql = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  /** Registers, follows the verification link of the real mail; returns the signed-in client. */
  async function registerAndVerify(
    email: string,
    fullName: string,
    locale = 'it',
  ): Promise<TestClient> {
    const client = api.client();
    const input = { email, password: PASSWORD, fullName, acceptTerms: true, acceptPrivacy: true };
    await client.graphql(REGISTER, { input: { ...input, locale } });
    const mail = await smtp.waitForMail(email);
    const verified = await client.graphql(VERIFY, { token: linkToken(mail.text, '/verify-email') });
    expect(verified.body.errors).toBeUndefined();
    return client;
  }

  async function createOrganisation(owner: TestClient, displayName: string): Promise<string> {
    const { body } = await owner.graphql<{ createOrganisation: { id: string } }>(
      CREATE_ORGANISATION,
      { input: { kind: 'sme', legalName: `${displayName} S.r.l.`, displayName, province: 'MI' } },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.createOrganisation.id;
  }

  /** Invites and returns the token from the link in the mail that arrived. */
  async function invite(
    inviter: TestClient,
    organisationId: string,
    email: string,
    role = 'MEMBER',
    locale?: string,
  ): Promise<{ id: string; token: string; mail: { subject: string; text: string } }> {
    const { body } = await inviter.graphql<{ inviteMember: { id: string } }>(INVITE, {
      organisationId,
      email,
      role,
      locale,
    });
    expect(body.errors).toBeUndefined();
    const mail = await smtp.waitForMail(email);
    return {
      id: body.data!.inviteMember.id,
      token: linkToken(mail.text, '/invitations/accept'),
      mail,
    };
  }

  async function view(client: TestClient, id: string) {
    const { body } = await client.graphql<OrganisationView>(ORGANISATION, { id });
    expect(body.errors).toBeUndefined();
    return body.data!.organisation;
  }

  async function auditActions(organisationId: string): Promise<string[]> {
    const rows: { action: string }[] = await sql.query(
      `SELECT action FROM audit_event WHERE subject_type = 'organisation' AND subject_id = $1 ORDER BY created_at, action`,
      [organisationId],
    );
    return rows.map((row) => row.action);
  }

  describe('invitations', () => {
    let owner: TestClient;
    let organisationId: string;
    beforeAll(async () => {
      owner = await registerAndVerify('owner@polimi.it', 'Marco Bianchi');
      organisationId = await createOrganisation(owner, 'Laboratorio Polimi');
    });

    it('owner invites colleague@…, who registers, sees the invitation, accepts and becomes a member with the role', async () => {
      const invited = await owner.graphql<{ inviteMember: Record<string, unknown> }>(INVITE, {
        organisationId,
        email: '  Colleague@Polimi.it ',
        role: 'ADMIN',
      });
      expect(invited.body.errors).toBeUndefined();
      const invitation = invited.body.data!.inviteMember;
      expect(invitation).toMatchObject({
        email: 'colleague@polimi.it',
        role: 'ADMIN',
        invitedBy: { fullName: 'Marco Bianchi' },
      });
      const days =
        (Date.parse(invitation.expiresAt as string) - Date.parse(invitation.createdAt as string)) /
        86_400_000;
      expect(days).toBeCloseTo(7, 3);

      // the real mail: Italian by default, naming the organisation and the inviter
      const mail = await smtp.waitForMail('colleague@polimi.it');
      expect(mail.subject).toBe('Marco Bianchi ti invita a unirti a Laboratorio Polimi');
      expect(mail.text).toContain('come amministratore');
      expect(mail.text).toContain('https://oi.example.it/invitations/accept?token=');
      const token = linkToken(mail.text, '/invitations/accept');

      expect((await view(owner, organisationId)).invitations).toEqual([
        {
          id: invitation.id,
          email: 'colleague@polimi.it',
          role: 'ADMIN',
          invitedBy: { fullName: 'Marco Bianchi' },
        },
      ]);

      // the accept page, before signing in
      const preview = await api.graphql(PREVIEW, { variables: { token } });
      expect(preview.body.errors).toBeUndefined();
      expect(preview.body.data).toMatchObject({
        invitation: {
          organisation: { id: organisationId, displayName: 'Laboratorio Polimi' },
          role: 'ADMIN',
          inviterName: 'Marco Bianchi',
          email: 'colleague@polimi.it',
        },
      });

      const colleague = await registerAndVerify('colleague@polimi.it', 'Sara Verdi');
      const accepted = await colleague.graphql(ACCEPT, { token });
      expect(accepted.body).toEqual({
        data: { acceptInvitation: { id: organisationId, displayName: 'Laboratorio Polimi' } },
      });

      const after = await view(owner, organisationId);
      expect(after.members).toEqual([
        { person: { fullName: 'Marco Bianchi' }, role: 'OWNER' },
        { person: { fullName: 'Sara Verdi' }, role: 'ADMIN' },
      ]);
      expect(after.invitations).toEqual([]);
      // the new admin manages invitations too
      expect((await view(colleague, organisationId)).invitations).toEqual([]);

      // single use
      expect(codeOf(await colleague.graphql(ACCEPT, { token }))).toBe('TOKEN_INVALID');
      expect(codeOf(await api.graphql(PREVIEW, { variables: { token } }))).toBe('TOKEN_INVALID');

      expect(await auditActions(organisationId)).toEqual(
        expect.arrayContaining(['invitation.created', 'invitation.accepted']),
      );
      const [stored] = await sql.query(
        `SELECT token_hash, accepted_at FROM organisation_invitation WHERE id = $1`,
        [invitation.id],
      );
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.token_hash).not.toContain(token);
      expect(stored.accepted_at).not.toBeNull();
    });

    it('mails the invitation in the language the inviter chose', async () => {
      const { mail } = await invite(owner, organisationId, 'guest@unimi.it', 'MEMBER', 'en');
      expect(mail.subject).toBe('Marco Bianchi invites you to join Laboratorio Polimi');
      expect(mail.text).toContain('as member');
      expect(mail.text).toContain('within 7 days');
    });

    it('refuses an expired invitation with TOKEN_INVALID', async () => {
      const { id, token } = await invite(owner, organisationId, 'late@polimi.it');
      await sql.query(
        `UPDATE organisation_invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [id],
      );
      expect(codeOf(await api.graphql(PREVIEW, { variables: { token } }))).toBe('TOKEN_INVALID');
      const late = await registerAndVerify('late@polimi.it', 'Luca Neri');
      expect(codeOf(await late.graphql(ACCEPT, { token }))).toBe('TOKEN_INVALID');
      expect((await view(owner, organisationId)).invitations.map((i) => i.email)).not.toContain(
        'late@polimi.it',
      );
    });

    it('revokes an invitation: its link stops working; only owners and admins may revoke', async () => {
      const { id, token } = await invite(owner, organisationId, 'revoked@polimi.it');
      const outsider = await registerAndVerify('outsider@unibg.it', 'Anna Gialli');
      expect(codeOf(await outsider.graphql(REVOKE, { id }))).toBe('FORBIDDEN');
      expect(codeOf(await api.graphql(REVOKE, { variables: { id } }))).toBe('UNAUTHENTICATED');

      expect((await owner.graphql(REVOKE, { id })).body).toEqual({
        data: { revokeInvitation: true },
      });
      expect(codeOf(await owner.graphql(REVOKE, { id }))).toBe('NOT_FOUND');
      expect(codeOf(await api.graphql(PREVIEW, { variables: { token } }))).toBe('TOKEN_INVALID');
      const invitee = await registerAndVerify('revoked@polimi.it', 'Paolo Blu');
      expect(codeOf(await invitee.graphql(ACCEPT, { token }))).toBe('TOKEN_INVALID');
      expect(await auditActions(organisationId)).toContain('invitation.revoked');
    });

    it('replaces a pending invitation of the same address', async () => {
      const first = await invite(owner, organisationId, 'twice@polimi.it');
      const second = await invite(owner, organisationId, 'TWICE@polimi.it', 'ADMIN');
      expect(codeOf(await api.graphql(PREVIEW, { variables: { token: first.token } }))).toBe(
        'TOKEN_INVALID',
      );
      const pending = (await view(owner, organisationId)).invitations.filter(
        (invitation) => invitation.email === 'twice@polimi.it',
      );
      expect(pending).toEqual([expect.objectContaining({ id: second.id, role: 'ADMIN' })]);
    });

    it('refuses an account whose email is not the invited one (INVITATION_EMAIL_MISMATCH)', async () => {
      const { token } = await invite(owner, organisationId, 'right@polimi.it');
      const wrong = await registerAndVerify('wrong@polimi.it', 'Carla Rosa');
      const refused = await wrong.graphql(ACCEPT, { token });
      expect(refused.body.errors?.[0]).toMatchObject({
        message:
          'Questo invito è per un altro indirizzo email: accedi con l’account a cui è stato inviato.',
        extensions: { code: 'INVITATION_EMAIL_MISMATCH' },
      });
      // still usable by the right person
      const right = await registerAndVerify('right@polimi.it', 'Giorgio Viola');
      expect((await right.graphql(ACCEPT, { token })).body.errors).toBeUndefined();
    });

    it('requires the invited address to be verified before accepting', async () => {
      const { token } = await invite(owner, organisationId, 'unverified@polimi.it');
      const client = api.client();
      await client.graphql(REGISTER, {
        input: {
          email: 'unverified@polimi.it',
          password: PASSWORD,
          fullName: 'Elena Grigi',
          acceptTerms: true,
          acceptPrivacy: true,
        },
      });
      await smtp.waitForMail('unverified@polimi.it'); // the verification mail, not followed
      await client.graphql(SIGN_IN, { email: 'unverified@polimi.it', password: PASSWORD });
      expect(codeOf(await client.graphql(ACCEPT, { token }))).toBe('EMAIL_NOT_VERIFIED');
      expect(codeOf(await api.graphql(ACCEPT, { variables: { token } }))).toBe('UNAUTHENTICATED');
    });

    it('lets only owners, admins and platform admins invite', async () => {
      const member = await registerAndVerify('member@polimi.it', 'Franco Marrone');
      const { token } = await invite(owner, organisationId, 'member@polimi.it');
      expect((await member.graphql(ACCEPT, { token })).body.errors).toBeUndefined();

      const asMember = await member.graphql(INVITE, {
        organisationId,
        email: 'friend@polimi.it',
        role: 'MEMBER',
      });
      expect(codeOf(asMember)).toBe('FORBIDDEN');
      const anonymous = await api.graphql(INVITE, {
        variables: { organisationId, email: 'friend@polimi.it', role: 'MEMBER' },
      });
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');

      // members and strangers do not see invitations (an empty list, not an error)
      expect((await view(member, organisationId)).invitations).toEqual([]);
      const anonymousView = await api.graphql<OrganisationView>(ORGANISATION, {
        variables: { id: organisationId },
      });
      expect(anonymousView.body.errors).toBeUndefined();
      expect(anonymousView.body.data!.organisation.invitations).toEqual([]);
      expect(anonymousView.body.data!.organisation.joinRequests).toEqual([]);

      const admin = await registerAndVerify('staff@regione.lombardia.it', 'Regione Admin');
      await sql.query(
        `UPDATE user_account SET role = 'admin' WHERE email = 'staff@regione.lombardia.it'`,
      );
      await invite(admin, organisationId, 'via-admin@polimi.it');
      expect((await view(admin, organisationId)).invitations.length).toBeGreaterThan(0);
    });

    it('lists each organisation’s own invitations on a directory page (batched per request)', async () => {
      const secondId = await createOrganisation(owner, 'Polimi Spin-off');
      await invite(owner, secondId, 'spinoff@polimi.it');
      const { body } = await owner.graphql<{
        organisations: { nodes: { id: string; invitations: { email: string }[] }[] };
      }>(`{ organisations(first: 10) { nodes { id invitations(first: 10) { email } } } }`);
      expect(body.errors).toBeUndefined();
      const byId = new Map(body.data!.organisations.nodes.map((node) => [node.id, node]));
      expect(byId.get(secondId)!.invitations).toEqual([{ email: 'spinoff@polimi.it' }]);
      expect(byId.get(organisationId)!.invitations.map((i) => i.email)).not.toContain(
        'spinoff@polimi.it',
      );
    });

    it('answers ALREADY_MEMBER when the address belongs to a member', async () => {
      const response = await owner.graphql(INVITE, {
        organisationId,
        email: 'Colleague@polimi.it',
        role: 'MEMBER',
      });
      expect(codeOf(response)).toBe('ALREADY_MEMBER');
    });

    it('checks the address and the organisation', async () => {
      const invalid = await owner.graphql(INVITE, {
        organisationId,
        email: 'not-an-email',
        role: 'MEMBER',
      });
      expect(invalid.body.errors?.[0]?.extensions).toEqual({
        code: 'VALIDATION_FAILED',
        fields: { email: 'EMAIL_INVALID' },
      });
      const unknown = await owner.graphql(INVITE, {
        organisationId: '00000000-0000-4000-8000-000000000000',
        email: 'someone@polimi.it',
        role: 'MEMBER',
      });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      const owners = await owner.graphql(INVITE, {
        organisationId,
        email: 'someone@polimi.it',
        role: 'OWNER',
      });
      expect(codeOf(owners)).toBe('BAD_USER_INPUT'); // not an InvitationRole: ownership is never invited
      expect(codeOf(await api.graphql(PREVIEW, { variables: { token: 'made-up' } }))).toBe(
        'TOKEN_INVALID',
      );
    });
  });

  describe('join requests', () => {
    let owner: TestClient;
    let organisationId: string;
    beforeAll(async () => {
      owner = await registerAndVerify('owner@unimib.it', 'Chiara Ferri');
      organisationId = await createOrganisation(owner, 'Bicocca Innovation');
    });

    it('is approved by an owner: the requester becomes a member and is told by mail in their language', async () => {
      const requester = await registerAndVerify('researcher@unimib.it', 'Tom Baker', 'en');
      const requested = await requester.graphql<{ requestToJoin: { id: string } }>(
        REQUEST_TO_JOIN,
        { organisationId, message: '  I work on batteries.  ' },
      );
      expect(requested.body.data).toEqual({
        requestToJoin: {
          id: expect.any(String),
          status: 'PENDING',
          message: 'I work on batteries.',
          person: { fullName: 'Tom Baker' },
          organisation: { displayName: 'Bicocca Innovation' },
        },
      });
      const id = requested.body.data!.requestToJoin.id;

      const duplicate = await requester.graphql(REQUEST_TO_JOIN, { organisationId });
      expect(duplicate.body.errors?.[0]).toMatchObject({
        message: 'Hai già una richiesta di adesione in attesa per questa organizzazione.',
        extensions: { code: 'JOIN_REQUEST_PENDING' },
      });

      expect((await view(owner, organisationId)).joinRequests).toEqual([
        {
          id,
          person: { fullName: 'Tom Baker' },
          message: 'I work on batteries.',
          status: 'PENDING',
        },
      ]);
      expect((await view(requester, organisationId)).joinRequests).toEqual([]);
      expect(codeOf(await requester.graphql(APPROVE, { id }))).toBe('FORBIDDEN');

      const approved = await owner.graphql(APPROVE, { id });
      expect(approved.body.data).toEqual({
        approveJoinRequest: { id, status: 'APPROVED', decidedAt: expect.any(String) },
      });
      const mail = await smtp.waitForMail('researcher@unimib.it');
      expect(mail.subject).toBe('You are now a member of Bicocca Innovation');
      expect(mail.text).toContain('Hello Tom Baker');

      const after = await view(owner, organisationId);
      expect(after.members).toContainEqual({ person: { fullName: 'Tom Baker' }, role: 'MEMBER' });
      expect(after.joinRequests).toEqual([]);
      expect((await requester.graphql(MY_JOIN_REQUESTS)).body.data).toEqual({
        myJoinRequests: [
          { id, status: 'APPROVED', organisation: { displayName: 'Bicocca Innovation' } },
        ],
      });
      expect(codeOf(await owner.graphql(APPROVE, { id }))).toBe('NOT_FOUND'); // decided already
      expect(codeOf(await requester.graphql(REQUEST_TO_JOIN, { organisationId }))).toBe(
        'ALREADY_MEMBER',
      );
      expect(await auditActions(organisationId)).toEqual(
        expect.arrayContaining(['join_request.created', 'join_request.approved']),
      );
    });

    it('is rejected by an owner: no membership, an Italian mail, and the person may ask again', async () => {
      const requester = await registerAndVerify('curious@unimib.it', 'Davide Russo');
      const requested = await requester.graphql<{ requestToJoin: { id: string } }>(
        REQUEST_TO_JOIN,
        { organisationId },
      );
      const id = requested.body.data!.requestToJoin.id;

      const rejected = await owner.graphql(REJECT, { id });
      expect(rejected.body.data).toEqual({
        rejectJoinRequest: { id, status: 'REJECTED', decidedAt: expect.any(String) },
      });
      const mail = await smtp.waitForMail('curious@unimib.it');
      expect(mail.subject).toBe('La tua richiesta di unirti a Bicocca Innovation');
      expect(mail.text).toContain('non è stata accolta');

      const after = await view(owner, organisationId);
      expect(after.members.map((member) => member.person.fullName)).not.toContain('Davide Russo');
      expect(after.joinRequests).toEqual([]);
      expect((await requester.graphql(MY_JOIN_REQUESTS)).body.data).toMatchObject({
        myJoinRequests: [{ id, status: 'REJECTED' }],
      });
      expect(codeOf(await owner.graphql(REJECT, { id }))).toBe('NOT_FOUND');
      expect(await auditActions(organisationId)).toContain('join_request.rejected');

      const again = await requester.graphql(REQUEST_TO_JOIN, { organisationId });
      expect(again.body.errors).toBeUndefined();
    });

    it('closes the person’s pending request when they accept an invitation', async () => {
      const person = await registerAndVerify('both@unimib.it', 'Irene Costa');
      await person.graphql(REQUEST_TO_JOIN, { organisationId });
      const { token } = await invite(owner, organisationId, 'both@unimib.it', 'ADMIN');
      expect((await person.graphql(ACCEPT, { token })).body.errors).toBeUndefined();
      const names = (await view(owner, organisationId)).joinRequests.map((r) => r.person.fullName);
      expect(names).not.toContain('Irene Costa');
    });

    it('withdraws the person’s pending invitation when their request is approved', async () => {
      const person = await registerAndVerify('invited-too@unimib.it', 'Rita Longo');
      const requested = await person.graphql<{ requestToJoin: { id: string } }>(REQUEST_TO_JOIN, {
        organisationId,
      });
      const { token } = await invite(owner, organisationId, 'invited-too@unimib.it', 'ADMIN');
      const approved = await owner.graphql(APPROVE, { id: requested.body.data!.requestToJoin.id });
      expect(approved.body.errors).toBeUndefined();
      await smtp.waitForMail('invited-too@unimib.it'); // the approval
      expect(codeOf(await person.graphql(ACCEPT, { token }))).toBe('TOKEN_INVALID');
      expect((await view(owner, organisationId)).members).toContainEqual({
        person: { fullName: 'Rita Longo' },
        role: 'MEMBER',
      });
    });

    it('needs a signed-in person with a verified email, and a known organisation', async () => {
      expect(codeOf(await api.graphql(REQUEST_TO_JOIN, { variables: { organisationId } }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(codeOf(await api.graphql(MY_JOIN_REQUESTS))).toBe('UNAUTHENTICATED');

      const unverified = api.client();
      await unverified.graphql(REGISTER, {
        input: {
          email: 'pending@unimib.it',
          password: PASSWORD,
          fullName: 'Nina Sala',
          acceptTerms: true,
          acceptPrivacy: true,
        },
      });
      await smtp.waitForMail('pending@unimib.it');
      await unverified.graphql(SIGN_IN, { email: 'pending@unimib.it', password: PASSWORD });
      expect(codeOf(await unverified.graphql(REQUEST_TO_JOIN, { organisationId }))).toBe(
        'EMAIL_NOT_VERIFIED',
      );

      const verified = await registerAndVerify('asker@unimib.it', 'Ugo Fontana');
      const unknown = await verified.graphql(REQUEST_TO_JOIN, {
        organisationId: '00000000-0000-4000-8000-000000000000',
      });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      const tooLong = await verified.graphql(REQUEST_TO_JOIN, {
        organisationId,
        message: 'x'.repeat(1001),
      });
      expect(tooLong.body.errors?.[0]?.extensions).toEqual({
        code: 'VALIDATION_FAILED',
        fields: { message: 'TEXT_TOO_LONG' },
      });
    });
  });
});
