import type { Locale } from '@oip/domain';

export interface MailContent {
  subject: string;
  text: string;
  /** An HTML alternative, for mails that quote what people typed; every value escaped. */
  html?: string;
}

export const SIGNATURE = { it: '— Open Innovation Lombardia', en: '— Open Innovation Lombardy' };

/** The texts of the account mails, in the recipient's language. */
export const accountMails = {
  verifyEmail(locale: Locale, name: string, link: string): MailContent {
    return locale === 'en'
      ? {
          subject: 'Confirm your email address',
          text: `Hello ${name},\n\nto activate your account, open this link within 48 hours:\n\n${link}\n\nIf you did not register, ignore this message.\n\n${SIGNATURE.en}\n`,
        }
      : {
          subject: 'Conferma il tuo indirizzo email',
          text: `Ciao ${name},\n\nper attivare il tuo account apri questo link entro 48 ore:\n\n${link}\n\nSe non ti sei registrato, ignora questo messaggio.\n\n${SIGNATURE.it}\n`,
        };
  },

  alreadyRegistered(locale: Locale, link: string): MailContent {
    return locale === 'en'
      ? {
          subject: 'You already have an account',
          text: `Someone tried to register with this address, which already has an account.\n\nIf it was you and you forgot your password, reset it here:\n\n${link}\n\nOtherwise, ignore this message.\n\n${SIGNATURE.en}\n`,
        }
      : {
          subject: 'Hai già un account',
          text: `Qualcuno ha provato a registrarsi con questo indirizzo, che ha già un account.\n\nSe sei stato tu e hai dimenticato la password, reimpostala qui:\n\n${link}\n\nAltrimenti ignora questo messaggio.\n\n${SIGNATURE.it}\n`,
        };
  },

  resetPassword(locale: Locale, name: string, link: string): MailContent {
    return locale === 'en'
      ? {
          subject: 'Reset your password',
          text: `Hello ${name},\n\nto choose a new password, open this link within 1 hour:\n\n${link}\n\nIf you did not ask for it, ignore this message: your password stays the same.\n\n${SIGNATURE.en}\n`,
        }
      : {
          subject: 'Reimposta la tua password',
          text: `Ciao ${name},\n\nper scegliere una nuova password apri questo link entro 1 ora:\n\n${link}\n\nSe non l’hai chiesto tu, ignora questo messaggio: la password resta invariata.\n\n${SIGNATURE.it}\n`,
        };
  },
};
