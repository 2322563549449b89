import type { Locale } from '@oip/domain';
import { SIGNATURE, type MailContent } from '../../accounts/account-mails';
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
