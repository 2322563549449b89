import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The SMTP envelope (MAIL FROM / RCPT TO), which is what delivery really used. */
  envelope: { from: string | null; to: string[] };
  subject: string;
  text: string;
  html: string | null;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:PORT, to pass as SMTP_URL. */
  url: string;
  /** Every message received, in order of arrival. */
  messages: ReceivedMail[];
  /**
   * The next message to `to` (envelope recipient, any case) that no earlier call returned:
   * one already received, or the next one to arrive. Rejects after `timeoutMs`.
   */
  waitForMail(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

interface Waiter {
  to: string;
  resolve(mail: ReceivedMail): void;
}

export interface TestSmtpOptions {
  /** Recipients refused at RCPT TO with 550, as a server answers for a mailbox that is gone. */
  refuse?: string[];
}

/**
 * A real SMTP server in the test process on a free port of 127.0.0.1: no TLS, no auth. The app
 * under test talks SMTP to it, so tests see the mail as a recipient would.
 */
export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const refused = new Set((options.refuse ?? []).map((address) => address.toLowerCase()));
  const messages: ReceivedMail[] = [];
  const returned = new Set<ReceivedMail>();
  let waiters: Waiter[] = [];

  const isFor = (mail: ReceivedMail, to: string) =>
    mail.envelope.to.some((address) => address.toLowerCase() === to.toLowerCase());

  const deliver = (mail: ReceivedMail) => {
    messages.push(mail);
    const waiter = waiters.find((candidate) => isFor(mail, candidate.to));
    if (!waiter) return;
    waiters = waiters.filter((candidate) => candidate !== waiter);
    returned.add(mail);
    waiter.resolve(mail);
  };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onRcptTo(address, session, callback) {
      if (!refused.has(address.address.toLowerCase())) return callback();
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          deliver({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            },
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: parsed.html || null,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMail(to, timeoutMs = 5000) {
      const ready = messages.find((mail) => !returned.has(mail) && isFor(mail, to));
      if (ready) {
        returned.add(ready);
        return Promise.resolve(ready);
      }
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          to,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((candidate) => candidate !== waiter);
          const seen = messages.map((mail) => mail.envelope.to.join(',')).join('; ') || 'none';
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
