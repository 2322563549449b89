import type { Locale } from '@oip/domain';
import { SIGNATURE, type MailContent } from '../../accounts/account-mails';
import { escapeHtml } from '../../mail/escape-html';
import type { InvitationRole } from './entities/organisation-invitation.entity';

const ROLE_NAMES: Record<InvitationRole, Record<Locale, string>> = {
  admin: { it: 'amministratore', en: 'administrator' },
  member: { it: 'membro', en: 'member' },
};

/** Names typed by people go into subjects: one line, whatever they contain. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

export interface InvitationMailValues {
  organisationName: string;
  inviterName: string;
  role: InvitationRole;
  link: string;
}

export interface JoinRequestMailValues {
  recipientName: string;
  requesterName: string;
  organisationName: string;
  /** What the requester wrote, if anything: quoted as is (escaped in the HTML version). */
  message: string | null;
  /** The organisation's page, where its owners and admins decide. */
  link: string;
}

/** The words of the join-request mail; values come in already escaped for the HTML version. */
const JOIN_REQUEST_RECEIVED: Record<
  Locale,
  {
    subject(requester: string, organisation: string): string;
    greeting(name: string): string;
    asks(requester: string, organisation: string): string;
    message: string;
    decide: string;
  }
> = {
  it: {
    subject: (requester, organisation) => `${requester} chiede di unirsi a ${organisation}`,
    greeting: (name) => `Ciao ${name},`,
    asks: (requester, organisation) =>
      `${requester} chiede di unirsi a ${organisation} su Open Innovation Lombardia.`,
    message: 'Il suo messaggio:',
    decide: 'Per approvare o rifiutare la richiesta apri la pagina dell’organizzazione:',
  },
  en: {
    subject: (requester, organisation) => `${requester} asks to join ${organisation}`,
    greeting: (name) => `Hello ${name},`,
    asks: (requester, organisation) =>
      `${requester} asks to join ${organisation} on Open Innovation Lombardy.`,
    message: 'Their message:',
    decide: 'To approve or reject the request, open the organisation’s page:',
  },
};

/** The texts of the invitation and join-request mails, in the recipient's language. */
export const invitationMails = {
  invitation(locale: Locale, values: InvitationMailValues): MailContent {
    const organisationName = oneLine(values.organisationName);
    const inviterName = oneLine(values.inviterName);
    const { role, link } = values;
    return locale === 'en'
      ? {
          subject: `${inviterName} invites you to join ${organisationName}`,
          text: `Hello,\n\n${inviterName} invites you to join ${organisationName} on Open Innovation Lombardy as ${ROLE_NAMES[role].en}.\n\nTo accept, open this link within 7 days and sign in (or register) with this email address:\n\n${link}\n\nIf you do not expect this invitation, ignore this message.\n\n${SIGNATURE.en}\n`,
        }
      : {
          subject: `${inviterName} ti invita a unirti a ${organisationName}`,
          text: `Ciao,\n\n${inviterName} ti invita a unirti a ${organisationName} su Open Innovation Lombardia come ${ROLE_NAMES[role].it}.\n\nPer accettare apri questo link entro 7 giorni e accedi (o registrati) con questo indirizzo email:\n\n${link}\n\nSe non aspettavi questo invito, ignora questo messaggio.\n\n${SIGNATURE.it}\n`,
        };
  },

  /** To each owner and admin of the organisation when someone asks to join it. */
  joinRequestReceived(locale: Locale, values: JoinRequestMailValues): MailContent {
    const words = JOIN_REQUEST_RECEIVED[locale];
    const recipientName = oneLine(values.recipientName);
    const requesterName = oneLine(values.requesterName);
    const organisationName = oneLine(values.organisationName);
    const { message, link } = values;
    const quoted = message
      ? `${words.message}\n\n${message
          .split(/\r?\n/)
          .map((line) => `> ${line}`.trimEnd())
          .join('\n')}\n\n`
      : '';
    const quotedHtml = message
      ? `<p>${words.message}</p>\n<blockquote>${escapeHtml(message).replace(/\r?\n/g, '<br>\n')}</blockquote>\n`
      : '';
    return {
      subject: words.subject(requesterName, organisationName),
      text: `${words.greeting(recipientName)}\n\n${words.asks(requesterName, organisationName)}\n\n${quoted}${words.decide}\n\n${link}\n\n${SIGNATURE[locale]}\n`,
      html:
        `<!doctype html>\n<html lang="${locale}">\n<body>\n` +
        `<p>${words.greeting(escapeHtml(recipientName))}</p>\n` +
        `<p>${words.asks(`<strong>${escapeHtml(requesterName)}</strong>`, `<strong>${escapeHtml(organisationName)}</strong>`)}</p>\n` +
        quotedHtml +
        `<p>${words.decide}</p>\n<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>\n` +
        `<p>${escapeHtml(SIGNATURE[locale])}</p>\n</body>\n</html>\n`,
    };
  },

  joinRequestApproved(
    locale: Locale,
    name: string,
    organisationName: string,
    link: string,
  ): MailContent {
    organisationName = oneLine(organisationName);
    return locale === 'en'
      ? {
          subject: `You are now a member of ${organisationName}`,
          text: `Hello ${name},\n\nyour request to join ${organisationName} has been approved: you are now one of its members.\n\n${link}\n\n${SIGNATURE.en}\n`,
        }
      : {
          subject: `Ora fai parte di ${organisationName}`,
          text: `Ciao ${name},\n\nla tua richiesta di unirti a ${organisationName} è stata approvata: ora ne fai parte come membro.\n\n${link}\n\n${SIGNATURE.it}\n`,
        };
  },

  joinRequestRejected(locale: Locale, name: string, organisationName: string): MailContent {
    organisationName = oneLine(organisationName);
    return locale === 'en'
      ? {
          subject: `Your request to join ${organisationName}`,
          text: `Hello ${name},\n\nyour request to join ${organisationName} has not been accepted by its administrators.\n\n${SIGNATURE.en}\n`,
        }
      : {
          subject: `La tua richiesta di unirti a ${organisationName}`,
          text: `Ciao ${name},\n\nla tua richiesta di unirti a ${organisationName} non è stata accolta dai suoi amministratori.\n\n${SIGNATURE.it}\n`,
        };
  },
};
