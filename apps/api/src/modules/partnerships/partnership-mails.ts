import type { Locale } from '@oip/domain';
import { SIGNATURE, type MailContent } from '../accounts/account-mails';

/** Which news a mail carries to an organisation's owners and admins. */
export type PartnershipNews = 'interest' | 'accepted' | 'declined';

export interface PartnershipMailValues {
  recipientName: string;
  /** The other organisation: who expressed interest, accepted or declined. */
  otherOrganisation: string;
  itemTitle: string;
  /** What the other side wrote (the interest message, or the decline reason), if anything. */
  quote: string | null;
  /** The partnership’s page in the web app. */
  link: string;
}

/** Names and titles typed by people go into subjects: one line, whatever they contain. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
const quoted = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

const WORDS: Record<
  Locale,
  Record<
    PartnershipNews,
    {
      subject(org: string, title: string): string;
      body(org: string, title: string): string;
      quote: string;
    }
  > & {
    greeting(name: string): string;
    open: string;
  }
> = {
  it: {
    greeting: (name) => `Ciao ${name},`,
    open: 'Apri la collaborazione:',
    interest: {
      subject: (org, title) => `${org} vuole collaborare su «${title}»`,
      body: (org, title) =>
        `${org} ha manifestato interesse a collaborare su «${title}». Gli amministratori della tua organizzazione possono accettare o rifiutare.`,
      quote: 'Il messaggio:',
    },
    accepted: {
      subject: (org, title) => `${org} ha accettato la collaborazione su «${title}»`,
      body: (org, title) =>
        `${org} ha accettato la collaborazione su «${title}». La stanza privata delle due organizzazioni è aperta.`,
      quote: '',
    },
    declined: {
      subject: (org, title) => `${org} ha rifiutato la collaborazione su «${title}»`,
      body: (org, title) => `${org} ha rifiutato la proposta di collaborazione su «${title}».`,
      quote: 'Il motivo:',
    },
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    open: 'Open the partnership:',
    interest: {
      subject: (org, title) => `${org} wants to work with you on “${title}”`,
      body: (org, title) =>
        `${org} expressed interest in a partnership on “${title}”. Your organisation’s admins can accept or decline.`,
      quote: 'Their message:',
    },
    accepted: {
      subject: (org, title) => `${org} accepted the partnership on “${title}”`,
      body: (org, title) =>
        `${org} accepted the partnership on “${title}”. The private room of both organisations is open.`,
      quote: '',
    },
    declined: {
      subject: (org, title) => `${org} declined the partnership on “${title}”`,
      body: (org, title) => `${org} declined the partnership request on “${title}”.`,
      quote: 'Their reason:',
    },
  },
};

/** A plain-text partnership mail to one owner or admin, in their language. */
export function partnershipMail(
  locale: Locale,
  news: PartnershipNews,
  values: PartnershipMailValues,
): MailContent {
  const words = WORDS[locale];
  const org = oneLine(values.otherOrganisation);
  const title = oneLine(values.itemTitle);
  const quote =
    values.quote && words[news].quote ? `${words[news].quote}\n\n${quoted(values.quote)}\n\n` : '';
  return {
    subject: words[news].subject(org, title),
    text: `${words.greeting(values.recipientName)}\n\n${words[news].body(org, title)}\n\n${quote}${words.open}\n\n${values.link}\n\n${SIGNATURE[locale]}\n`,
  };
}
