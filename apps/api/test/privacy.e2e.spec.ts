import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './harness/app';
import { setCookieLine, TestBrowser } from './harness/browser';
import { challengeInput, CREATE_CHALLENGE } from './harness/challenges';

const PASSWORD = 'correct horse battery staple';
const ME = `{ me { id email } }`;
const DELETE = `mutation($email: String!) { deleteMyAccount(confirmEmail: $email) }`;
const CREATE_ORGANISATION = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id displayName } }`;

describe('privacy: the personal data export and account erasure', () => {
  let api: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  async function register(email: string, fullName = 'Giulia Rossi') {
    const { body } = await api.graphql(
      `mutation($input: RegisterInput!) { register(input: $input) }`,
      {
        variables: {
          input: { email, password: PASSWORD, fullName, acceptTerms: true, acceptPrivacy: true },
        },
      },
    );
    expect(body).toEqual({ data: { register: true } });
  }

  /** Registers, proves the mailbox through the dev outbox and returns a signed-in browser. */
  async function person(
    email: string,
    fullName?: string,
  ): Promise<{ id: string; browser: TestBrowser }> {
    await register(email, fullName);
    const mails = (await (
      await fetch(`${api.url}/dev/mailbox.json?to=${encodeURIComponent(email)}`)
    ).json()) as { text: string }[];
    const token = decodeURIComponent(/verify-email\?token=([\w%-]+)/.exec(mails[0]!.text)![1]!);
    const browser = new TestBrowser(api.url);
    const { body } = await browser.graphql<{ verifyEmail: { id: string } }>(
      `mutation($t: String!) { verifyEmail(token: $t) { id } }`,
      { t: token },
    );
    expect(body.errors).toBeUndefined();
    return { id: body.data!.verifyEmail.id, browser };
  }

  async function signIn(email: string, userAgent = 'second-device/1.0') {
    const browser = new TestBrowser(api.url);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({
        query: `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }`,
        variables: { e: email, p: PASSWORD },
      }),
    });
    const pair = setCookieLine(response, 'oip_session')!.split(';')[0]!;
    browser.setCookie('oip_session', pair.slice(pair.indexOf('=') + 1));
    return browser;
  }

  async function createOrganisation(browser: TestBrowser, displayName: string): Promise<string> {
    const { body } = await browser.graphql<{ createOrganisation: { id: string } }>(
      CREATE_ORGANISATION,
      { input: { kind: 'sme', legalName: `${displayName} S.r.l.`, displayName } },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.createOrganisation.id;
  }

  async function addMember(organisationId: string, userId: string, role = 'member') {
    await db.query(`INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, $3)`, [
      organisationId,
      userId,
      role,
    ]);
  }

  describe('GET /api/me/export', () => {
    it('is refused without a session: 401 with a code', async () => {
      const response = await fetch(`${api.url}/api/me/export`, {
        headers: { 'accept-language': 'en' },
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        code: 'UNAUTHENTICATED',
        message: 'Please sign in to continue.',
      });
    });

    it('downloads everything about the person as JSON, and nothing secret', async () => {
      const { id, browser } = await person('export@polimi.it', 'Elena Export');
      const other = await signIn('export@polimi.it', 'export-laptop/2.0');
      const organisationId = await createOrganisation(browser, 'Export Robotics');
      await db.query(
        `INSERT INTO oidc_identity (issuer, subject, user_id) VALUES ('https://idp.example.org', 'elena-42', $1)`,
        [id],
      );
      // somebody else's data must not leak into it
      const stranger = await person('stranger@polimi.it', 'Stefano Stranger');
      await createOrganisation(stranger.browser, 'Stranger Labs');

      const response = await browser.get('/api/me/export');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="oip-personal-data-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      const text = await response.text();
      const data = JSON.parse(text);

      expect(data.format).toBe('oip-personal-data/1');
      expect(data.account).toMatchObject({
        id,
        email: 'export@polimi.it',
        fullName: 'Elena Export',
        role: 'member',
        hasPassword: true,
      });
      expect(data.account.emailVerifiedAt).toEqual(expect.any(String));
      expect(data.consents.map((c: { kind: string }) => c.kind).sort()).toEqual([
        'privacy',
        'terms',
      ]);
      expect(data.sessions).toHaveLength(2);
      expect(data.sessions.map((s: { userAgent: string }) => s.userAgent)).toContain(
        'export-laptop/2.0',
      );
      expect(data.memberships).toEqual([
        expect.objectContaining({
          organisationId,
          organisationName: 'Export Robotics',
          organisationLegalName: 'Export Robotics S.r.l.',
          role: 'owner',
        }),
      ]);
      expect(data.singleSignOnIdentities).toEqual([
        expect.objectContaining({ issuer: 'https://idp.example.org', subject: 'elena-42' }),
      ]);
      const actions = data.auditEvents.map((e: { action: string }) => e.action);
      expect(actions).toEqual(['account.registered', 'organisation.created', 'privacy.exported']);
      expect(data.emailLinks).toEqual([
        expect.objectContaining({ purpose: 'verify_email', usedAt: expect.any(String) }),
      ]);
      expect(data.signInAttempts).toEqual([expect.objectContaining({ succeeded: true })]);

      // no secrets: password hash, session and link token hashes, cookie values
      const [row] = await db.query(`SELECT password_hash FROM user_account WHERE id = $1`, [id]);
      const hashes = (await db.query(
        `SELECT token_hash FROM session WHERE user_id = $1 UNION ALL SELECT token_hash FROM account_token WHERE user_id = $1`,
        [id],
      )) as { token_hash: string }[];
      for (const secret of [
        row.password_hash,
        ...hashes.map((h) => h.token_hash),
        browser.cookie('oip_session'),
        other.cookie('oip_session'),
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(text).not.toMatch(/argon2|password_?hash|token_?hash/i);
      // nothing of the other person
      expect(text).not.toMatch(/stranger|Stranger Labs/i);

      const [{ exported }] = await db.query(
        `SELECT count(*)::int AS exported FROM audit_event WHERE action = 'privacy.exported' AND actor_id = $1`,
        [id],
      );
      expect(exported).toBe(1);
    });

    it('includes the profile and what the person did in challenges', async () => {
      const { id, browser } = await person('challenger@polimi.it', 'Carla Challenger');
      const organisationId = await createOrganisation(browser, 'Challenger Meccanica');
      const created = await browser.graphql<{ createChallenge: { id: string } }>(CREATE_CHALLENGE, {
        organisationId,
        input: challengeInput({ titleIt: 'Presse più silenziose' }),
      });
      expect(created.body.errors).toBeUndefined();
      const challengeId = created.body.data!.createChallenge.id;
      await browser.graphql(
        `mutation($id: ID!) { followChallenge(id: $id, follow: true) { id } }`,
        {
          id: challengeId,
        },
      );

      const data = JSON.parse(await (await browser.get('/api/me/export')).text());
      expect(Object.keys(data.activity).sort()).toEqual([
        'challengeTransitions',
        'challengesFollowed',
        'challengesWritten',
        'collaborationRequestsWritten',
        'confidentialReads',
        'conflictsDeclared',
        'evaluatorOf',
        'nonDisclosureAcceptances',
        'partnershipMessagesWritten',
        'partnershipsActedOn',
        'profile',
        'projectGroupsFormed',
        'questionsAnswered',
        'questionsAsked',
        'roomMemberships',
        'roomMessagesWritten',
        'roomReactions',
        'roomReports',
        'scoresGiven',
        'submissionsWritten',
        'technologyOffersWritten',
      ]);
      expect(data.activity.challengesWritten).toEqual([
        expect.objectContaining({
          id: challengeId,
          titleIt: 'Presse più silenziose',
          status: 'draft',
        }),
      ]);
      expect(data.activity.challengesFollowed).toEqual([expect.objectContaining({ challengeId })]);
      expect(data.account.id).toBe(id);
    });
  });

  describe('deleteMyAccount', () => {
    it('requires a session', async () => {
      const { body } = await api.graphql(DELETE, { variables: { email: 'x@polimi.it' } });
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a confirmation that is not the account’s email, and changes nothing', async () => {
      const { id, browser } = await person('confirm@polimi.it');
      const { body } = await browser.graphql(DELETE, { email: 'someone.else@polimi.it' });
      expect(body.errors?.[0]?.extensions?.code).toBe('CONFIRMATION_MISMATCH');
      expect(body.errors?.[0]?.message).toMatch(/non è quello del tuo account/); // Italian default
      expect((await browser.graphql<{ me: { id: string } }>(ME)).body.data!.me.id).toBe(id);
      const [row] = await db.query(`SELECT email, deleted_at FROM user_account WHERE id = $1`, [
        id,
      ]);
      expect(row).toEqual({ email: 'confirm@polimi.it', deleted_at: null });
    });

    it('refuses the last owner of an organisation with other members until ownership moves', async () => {
      const owner = await person('owner@unibg.it', 'Olga Owner');
      const colleague = await person('colleague@unibg.it', 'Carlo Colleague');
      const organisationId = await createOrganisation(owner.browser, 'Bergamo Materials');
      await addMember(organisationId, colleague.id);

      const refused = await owner.browser.graphql(DELETE, { email: 'owner@unibg.it' });
      expect(refused.body.errors?.[0]?.extensions).toEqual({
        code: 'LAST_OWNER',
        organisationIds: [organisationId],
      });
      expect((await owner.browser.graphql<{ me: unknown }>(ME)).body.data!.me).not.toBeNull();

      const transfer = await owner.browser.graphql(
        `mutation($o: ID!, $u: ID!) { transferOwnership(organisationId: $o, userId: $u) }`,
        { o: organisationId, u: colleague.id },
      );
      expect(transfer.body.errors).toBeUndefined();
      const deleted = await owner.browser.graphql(DELETE, { email: 'owner@unibg.it' });
      expect(deleted.body).toEqual({ data: { deleteMyAccount: true } });
      expect(
        await db.query(`SELECT user_id, role FROM membership WHERE organisation_id = $1`, [
          organisationId,
        ]),
      ).toEqual([{ user_id: colleague.id, role: 'owner' }]);
    });

    it('refuses the last platform admin, and lets an admin go once another admin exists', async () => {
      const first = await person('root@regione.lombardia.it', 'Rita Root');
      await db.query(`UPDATE user_account SET role = 'admin' WHERE id = $1`, [first.id]);
      const refused = await first.browser.graphql(DELETE, { email: 'root@regione.lombardia.it' });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('LAST_PLATFORM_ADMIN');
      const [row] = await db.query(`SELECT deleted_at, role FROM user_account WHERE id = $1`, [
        first.id,
      ]);
      expect(row).toEqual({ deleted_at: null, role: 'admin' });

      const second = await person('second.root@regione.lombardia.it', 'Sara Seconda');
      await db.query(`UPDATE user_account SET role = 'admin' WHERE id = $1`, [second.id]);
      const deleted = await first.browser.graphql(DELETE, { email: 'root@regione.lombardia.it' });
      expect(deleted.body).toEqual({ data: { deleteMyAccount: true } });
    });

    it('erases the personal data, signs out everywhere, leaves organisations, keeps them and the consent records', async () => {
      const { id, browser } = await person('Erase.Me@Unimi.it', 'Erica Erase');
      const otherDevice = await signIn('erase.me@unimi.it');
      const ownOrganisation = await createOrganisation(browser, 'Erica Solo Lab');
      const friend = await person('friend@unimi.it');
      const friendsOrganisation = await createOrganisation(friend.browser, 'Friend Works');
      await addMember(friendsOrganisation, id, 'admin');
      await db.query(
        `INSERT INTO oidc_identity (issuer, subject, user_id) VALUES ('https://idp.example.org', 'erica-7', $1)`,
        [id],
      );
      const profile = await browser.graphql(
        `mutation { updateMyProfile(input: { headline: "Ricercatrice", bio: "Sensori" }) { id } }`,
      );
      expect(profile.body.errors).toBeUndefined();

      const response = await browser.graphql(DELETE, { email: ' ERASE.ME@unimi.it ' });
      expect(response.body).toEqual({ data: { deleteMyAccount: true } });
      expect(
        setCookieLine(new Response(null, { headers: response.headers }), 'oip_session'),
      ).toMatch(/^oip_session=;/);

      // the profile (personal data) is gone
      expect(await db.query(`SELECT 1 FROM person_profile WHERE user_id = $1`, [id])).toEqual([]);

      // every session is over, on every device
      expect((await browser.graphql(ME)).body.data).toEqual({ me: null });
      expect((await otherDevice.graphql(ME)).body.data).toEqual({ me: null });
      const sessions = await db.query(
        `SELECT revoked_at IS NOT NULL AS revoked, ip, user_agent FROM session WHERE user_id = $1`,
        [id],
      );
      expect(sessions).toEqual([
        { revoked: true, ip: null, user_agent: null },
        { revoked: true, ip: null, user_agent: null },
      ]);

      // the row stays, emptied of personal data
      const [account] = await db.query(
        `SELECT email, full_name, password_hash, email_verified_at, deleted_at FROM user_account WHERE id = $1`,
        [id],
      );
      expect(account).toEqual({
        email: null,
        full_name: 'Utente eliminato',
        password_hash: null,
        email_verified_at: null,
        deleted_at: expect.any(Date),
      });
      expect(await db.query(`SELECT 1 FROM oidc_identity WHERE user_id = $1`, [id])).toEqual([]);
      expect(await db.query(`SELECT 1 FROM account_token WHERE user_id = $1`, [id])).toEqual([]);
      expect(
        await db.query(`SELECT 1 FROM login_attempt WHERE subject = 'account:erase.me@unimi.it'`),
      ).toEqual([]);
      expect(await db.query(`SELECT 1 FROM membership WHERE user_id = $1`, [id])).toEqual([]);
      // consent records are kept as proof of what was consented to
      expect(
        (await db.query(`SELECT kind FROM consent WHERE user_id = $1 ORDER BY kind`, [id])).map(
          (row: { kind: string }) => row.kind,
        ),
      ).toEqual(['privacy', 'terms']);

      // organisations stay: the one they were alone in, and the friend's (with the friend only)
      const organisations = await db.query(
        `SELECT display_name FROM organisation WHERE id = ANY($1) ORDER BY display_name`,
        [[ownOrganisation, friendsOrganisation]],
      );
      expect(organisations).toEqual([
        { display_name: 'Erica Solo Lab' },
        { display_name: 'Friend Works' },
      ]);
      expect(
        await db.query(`SELECT user_id FROM membership WHERE organisation_id = $1`, [
          friendsOrganisation,
        ]),
      ).toEqual([{ user_id: friend.id }]);

      // audited, by the person, without personal data
      const [event] = await db.query(
        `SELECT actor_id, subject_id, data FROM audit_event WHERE action = 'privacy.account_deleted' AND subject_id = $1`,
        [id],
      );
      expect(event).toEqual({
        actor_id: id,
        subject_id: id,
        data: {
          organisationsLeft: expect.arrayContaining([ownOrganisation, friendsOrganisation]),
          organisationsWithoutMembers: [ownOrganisation],
        },
      });
      expect(JSON.stringify(event)).not.toMatch(/erase\.me|Erica/i);

      // the password no longer signs in, and the address is free to register again
      const passwordAttempt = await api.graphql(
        `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }`,
        { variables: { e: 'erase.me@unimi.it', p: PASSWORD } },
      );
      expect(passwordAttempt.body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
      const again = await person('erase.me@unimi.it', 'Erica Again');
      expect(again.id).not.toBe(id);
      expect((await again.browser.graphql<{ me: { email: string } }>(ME)).body.data!.me.email).toBe(
        'erase.me@unimi.it',
      );
    });
  });
});
