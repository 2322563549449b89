import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_LOGGER } from '../src/config/config.module';
import { MailService } from '../src/modules/mail/mail.service';
import { startTestApp, type TestApp } from './harness/app';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: string;
}

const html = (url: string) => fetch(url, { headers: { accept: 'text/html' } });

async function outbox(api: TestApp, to: string): Promise<OutboxMail[]> {
  const response = await fetch(`${api.url}/dev/mailbox.json?to=${encodeURIComponent(to)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as OutboxMail[];
}

describe('mail over SMTP (SMTP_URL set)', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let webDir: string;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    // a built web app, so the SPA fallback is active and must leave /dev/ alone
    webDir = mkdtempSync(join(tmpdir(), 'oip-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>web app</title>');
    api = await startTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Open Innovation Test <no-reply@oip.test>',
      WEB_DIST_DIR: webDir,
    });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('delivers a real SMTP message from MAIL_FROM', async () => {
    await api.app.get(MailService).send({
      to: 'giulia.rossi@polimi.test',
      subject: 'Conferma il tuo indirizzo – Open Innovation',
      text: 'Apri questo link: http://localhost:3000/verify?token=abc123',
      html: '<p>Apri <a href="http://localhost:3000/verify?token=abc123">questo link</a></p>',
    });
    const mail = await smtp.waitForMail('Giulia.Rossi@polimi.test');
    expect(mail.envelope).toEqual({
      from: 'no-reply@oip.test',
      to: ['giulia.rossi@polimi.test'],
    });
    expect(mail.subject).toBe('Conferma il tuo indirizzo – Open Innovation');
    expect(mail.text.trim()).toBe('Apri questo link: http://localhost:3000/verify?token=abc123');
    expect(mail.html).toContain('href="http://localhost:3000/verify?token=abc123"');
  });

  it('keeps nothing in the dev outbox and answers 404 on every /dev/mailbox route', async () => {
    expect(await api.app.get(DataSource).query('SELECT count(*)::int AS n FROM dev_mail')).toEqual([
      { n: 0 },
    ]);
    for (const path of [
      '/dev/mailbox',
      '/dev/mailbox.json?to=a@b.test',
      `/dev/mailbox/${randomUUID()}`,
    ]) {
      const response = await html(`${api.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('web app'); // not the SPA's index.html
    }
  });

  it('rejects when the SMTP server cannot be reached, and logs no credentials', async () => {
    const closed = await unusedPort();
    const broken = await startTestApp({ SMTP_URL: `smtp://mailer:s3cr3t-pw@127.0.0.1:${closed}` });
    const logged = jest.spyOn(broken.app.get<Logger>(APP_LOGGER), 'error');
    try {
      await expect(
        broken.app.get(MailService).send({ to: 'a@b.test', subject: 'Hi', text: 'Hello' }),
      ).rejects.toThrow(/Mail delivery failed/);
      expect(logged).toHaveBeenCalledTimes(1);
      const line = JSON.stringify(logged.mock.calls[0]);
      expect(line).toContain(`smtp://127.0.0.1:${closed}`);
      expect(line).not.toContain('s3cr3t-pw');
      expect(line).not.toContain('mailer');
    } finally {
      logged.mockRestore();
      await broken.close();
    }
  });
});

describe('dev outbox (no SMTP_URL)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const send = (to: string, subject: string, text: string, html?: string) =>
    api.app.get(MailService).send({ to, subject, text, html });

  it('stores the mail and serves it as JSON by recipient, newest first', async () => {
    await send('marco.bianchi@unimi.test', 'Prima', 'uno');
    await send('marco.bianchi@unimi.test', 'Seconda', 'due', '<p>due</p>');
    await send('someone.else@unimi.test', 'Altro', 'tre');
    const mails = await outbox(api, 'Marco.Bianchi@UNIMI.test');
    expect(mails.map((mail) => mail.subject)).toEqual(['Seconda', 'Prima']);
    expect(mails[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      to: 'marco.bianchi@unimi.test',
      subject: 'Seconda',
      text: 'due',
      html: '<p>due</p>',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(mails[1]!.html).toBeNull();
  });

  it('lists the mails on an accessible page with every value escaped', async () => {
    await send('eve@evil.test', 'Hi <script>alert(1)</script> & "you"', 'x');
    const [mail] = await outbox(api, 'eve@evil.test');
    const response = await html(`${api.url}/dev/mailbox`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await response.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toMatch(/<title>[^<]+<\/title>/);
    expect(page).toContain('<h1>Dev outbox</h1>');
    expect(page).toContain(
      `<a href="/dev/mailbox/${mail!.id}">Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;you&quot;</a>`,
    );
    expect(page).not.toMatch(/<script|style=|<style/i);
    // newest first
    expect(page.indexOf('Hi &lt;script')).toBeLessThan(page.indexOf('>Seconda<'));
    expect(page.indexOf('>Seconda<')).toBeLessThan(page.indexOf('>Prima<'));
  });

  it('shows one mail with its headers and the links in its text clickable', async () => {
    await send(
      'anna.verdi@polito.test',
      'Verify your address',
      'Hello <Anna>,\nconfirm here: http://localhost:3000/verify?token=t0k&lang=en.\nThanks',
    );
    const [mail] = await outbox(api, 'anna.verdi@polito.test');
    const response = await html(`${api.url}/dev/mailbox/${mail!.id}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h1>Verify your address</h1>');
    expect(page).toContain('anna.verdi@polito.test');
    expect(page).toContain(
      '<pre>Hello &lt;Anna&gt;,\nconfirm here: <a href="http://localhost:3000/verify?token=t0k&amp;lang=en">http://localhost:3000/verify?token=t0k&amp;lang=en</a>.\nThanks</pre>',
    );
    expect(page).toContain('href="/dev/mailbox"');
    expect(page).not.toMatch(/<script|style=|<style/i);
  });

  it('serves the pages’ stylesheet from its own origin', async () => {
    const response = await fetch(`${api.url}/dev/mailbox.css`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/css');
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await html(`${api.url}/dev/mailbox/${randomUUID()}`)).status).toBe(404);
    const malformed = await html(`${api.url}/dev/mailbox/not-a-uuid`);
    expect(malformed.status).toBe(404);
    expect(await malformed.json()).toMatchObject({ statusCode: 404 });
    expect((await html(`${api.url}/dev/mailbox/1' OR '1'='1`)).status).toBe(404);
  });
});

/** A port nothing listens on: bound, then released. */
async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
