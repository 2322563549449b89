import type { Logger } from 'pino';
import { APP_LOGGER } from '../src/config/config.module';
import { startTestApp, type TestApp } from './harness/app';
import {
  addMember,
  createOrganisation,
  dataSourceOf,
  outcome,
  registerPerson,
  type Person,
} from './harness/people';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from './harness/smtp';

const PUBLIC_URL = 'https://oi.example.it';
const REQUEST_TO_JOIN = `mutation Request($organisationId: ID!, $message: String) {
  requestToJoin(organisationId: $organisationId, message: $message) { id status }
}`;
const APPROVE = `mutation Approve($id: ID!) { approveJoinRequest(id: $id) { id status } }`;
const REJECT = `mutation Reject($id: ID!) { rejectJoinRequest(id: $id) { id status } }`;
const JOIN_REQUESTS = `query Requests($id: ID!) { organisation(id: $id) { joinRequests { id } } }`;

/** What a person could type to break a page that shows it unescaped. */
const HOSTILE_MESSAGE = `Ciao! <script>alert("x")</script> R&D <b>now</b>\nSecond line`;

/** The one link of the platform in a mail's text. */
function linkIn(mail: ReceivedMail): URL {
  const match = mail.text.match(/https:\/\/oi\.example\.it\/\S+/);
  if (!match) throw new Error(`no link in:\n${mail.text}`);
  return new URL(match[0]);
}

describe('mails around join requests', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let owner: Person;
  let admin: Person;
  let member: Person;
  let organisationId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer({ refuse: ['gone@bicocca.example'] });
    api = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL });
    owner = await registerPerson(api, smtp, 'owner@bicocca.example', { fullName: 'Chiara Ferri' });
    admin = await registerPerson(api, smtp, 'admin@bicocca.example', {
      fullName: 'Tom Baker',
      locale: 'en',
    });
    member = await registerPerson(api, smtp, 'member@bicocca.example', {
      fullName: 'Marco Villa',
    });
    organisationId = await createOrganisation(owner, { displayName: 'Bicocca <Labs> & Co' });
    await addMember(api, organisationId, admin.id, 'admin');
    await addMember(api, organisationId, member.id, 'member');
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  /** Asks to join as `person` and returns the request's id and the mails its answer waited for. */
  async function requestToJoin(person: Person, message?: string) {
    const before = smtp.messages.length;
    const { body } = await person.client.graphql<{ requestToJoin: { id: string } }>(
      REQUEST_TO_JOIN,
      { organisationId, message },
    );
    expect(outcome(body)).toBe('OK');
    return { id: body.data!.requestToJoin.id, mails: smtp.messages.slice(before) };
  }

  it('tells every owner and admin, in their language, and nobody else', async () => {
    const requester = await registerPerson(api, smtp, 'asker@unimib.example', {
      fullName: 'Paolo Bianchi',
    });
    const { mails } = await requestToJoin(requester, HOSTILE_MESSAGE);

    // sent before the answer: exactly one mail to each owner and admin
    expect(mails.map((mail) => mail.envelope.to).sort()).toEqual([
      ['admin@bicocca.example'],
      ['owner@bicocca.example'],
    ]);

    const italian = await smtp.waitForMail(owner.email);
    expect(italian.subject).toBe('Paolo Bianchi chiede di unirsi a Bicocca <Labs> & Co');
    expect(italian.text).toContain('Ciao Chiara Ferri,');
    expect(italian.text).toContain(
      'Paolo Bianchi chiede di unirsi a Bicocca <Labs> & Co su Open Innovation Lombardia.',
    );
    expect(italian.text).toContain(
      'Il suo messaggio:\n\n> Ciao! <script>alert("x")</script> R&D <b>now</b>\n> Second line',
    );

    const english = await smtp.waitForMail(admin.email);
    expect(english.subject).toBe('Paolo Bianchi asks to join Bicocca <Labs> & Co');
    expect(english.text).toContain('Hello Tom Baker,');
    expect(english.text).toContain('Their message:');
    expect(english.text).toContain('To approve or reject the request');

    for (const mail of [italian, english]) {
      // the HTML version shows what was typed as text, never as markup
      expect(mail.html).toContain(
        'Ciao! &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; R&amp;D &lt;b&gt;now&lt;/b&gt;<br>',
      );
      expect(mail.html).toContain('<strong>Bicocca &lt;Labs&gt; &amp; Co</strong>');
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain('<b>now');
      // the link opens the organisation's page, where the request waits for a decision
      const link = linkIn(mail);
      expect(link.origin).toBe(PUBLIC_URL);
      expect(link.pathname).toBe(`/organisations/${organisationId}`);
      expect(mail.html).toContain(`<a href="${link.href}">${link.href}</a>`);
    }
  });

  it('quotes no message when there is none', async () => {
    const requester = await registerPerson(api, smtp, 'quiet@unimib.example', {
      fullName: 'Anna Neri',
    });
    const { mails } = await requestToJoin(requester, '   ');
    expect(mails).toHaveLength(2);
    const mail = await smtp.waitForMail(owner.email);
    expect(mail.subject).toBe('Anna Neri chiede di unirsi a Bicocca <Labs> & Co');
    expect(mail.text).not.toContain('Il suo messaggio');
    expect(mail.html).not.toContain('<blockquote>');
    await smtp.waitForMail(admin.email);
  });

  it('tells the requester of an approval, with a link to the organisation, in their language', async () => {
    const requester = await registerPerson(api, smtp, 'approved@unimib.example', {
      fullName: 'Sara Galli',
      locale: 'en',
    });
    const { id } = await requestToJoin(requester, 'I work on batteries.');
    await smtp.waitForMail(owner.email);
    await smtp.waitForMail(admin.email);

    const before = smtp.messages.length;
    expect(outcome((await admin.client.graphql(APPROVE, { id })).body)).toBe('OK');
    const mails = smtp.messages.slice(before);
    expect(mails.map((mail) => mail.envelope.to)).toEqual([['approved@unimib.example']]);
    const mail = await smtp.waitForMail(requester.email);
    expect(mail.subject).toBe('You are now a member of Bicocca <Labs> & Co');
    expect(linkIn(mail).pathname).toBe(`/organisations/${organisationId}`);
  });

  it('tells the requester of a rejection', async () => {
    const requester = await registerPerson(api, smtp, 'rejected@unimib.example', {
      fullName: 'Luca Moretti',
    });
    const { id } = await requestToJoin(requester);
    await smtp.waitForMail(owner.email);
    await smtp.waitForMail(admin.email);

    const before = smtp.messages.length;
    expect(outcome((await owner.client.graphql(REJECT, { id })).body)).toBe('OK');
    expect(smtp.messages.slice(before).map((mail) => mail.envelope.to)).toEqual([
      ['rejected@unimib.example'],
    ]);
    const mail = await smtp.waitForMail(requester.email);
    expect(mail.subject).toBe('La tua richiesta di unirti a Bicocca <Labs> & Co');
    expect(mail.text).toContain('non è stata accolta');
  });

  it('keeps the request when a mail cannot be delivered, logs it, and still tells the others', async () => {
    // an admin whose mailbox is gone: the SMTP server refuses it
    const gone = await registerPerson(api, smtp, 'leaving@bicocca.example');
    await addMember(api, organisationId, gone.id, 'admin');
    await dataSourceOf(api).query(`UPDATE user_account SET email = $1 WHERE id = $2`, [
      'gone@bicocca.example',
      gone.id,
    ]);
    const warn = jest.spyOn(api.app.get<Logger>(APP_LOGGER), 'warn');
    try {
      const requester = await registerPerson(api, smtp, 'unlucky@unimib.example', {
        fullName: 'Elena Riva',
      });
      const { id, mails } = await requestToJoin(requester, 'Hello');
      expect(mails.map((mail) => mail.envelope.to).sort()).toEqual([
        ['admin@bicocca.example'],
        ['owner@bicocca.example'],
      ]);
      await smtp.waitForMail(owner.email);
      await smtp.waitForMail(admin.email);
      expect(warn).toHaveBeenCalledWith(
        { joinRequestId: id, reason: expect.stringContaining('Mail delivery failed') },
        'join request not mailed',
      );
      const { body } = await owner.client.graphql<{
        organisation: { joinRequests: { id: string }[] };
      }>(JOIN_REQUESTS, { id: organisationId });
      expect(body.data?.organisation.joinRequests.map((request) => request.id)).toContain(id);
    } finally {
      warn.mockRestore();
      await dataSourceOf(api).query(
        `DELETE FROM membership WHERE organisation_id = $1 AND user_id = $2`,
        [organisationId, gone.id],
      );
    }
  });
});
