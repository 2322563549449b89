import type { Locale, SubmissionOutcome } from '@oip/domain';
import { SIGNATURE, type MailContent } from '../accounts/account-mails';

export interface FeedbackMailValues {
  name: string;
  challengeTitle: string;
  organisationName: string;
  outcome: SubmissionOutcome;
  feedback: string;
  /** The challenge's results page. */
  link: string;
}

const OUTCOMES: Record<Locale, Record<SubmissionOutcome, string>> = {
  it: {
    pending: 'in attesa',
    winner: 'vincitrice',
    shortlisted: 'selezionata nella rosa finale',
    not_selected: 'non selezionata',
  },
  en: {
    pending: 'pending',
    winner: 'winner',
    shortlisted: 'shortlisted',
    not_selected: 'not selected',
  },
};

/** Titles and names typed by people go into subjects: one line, whatever they contain. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The feedback mail to a submission's author, in their language (plain text). */
export function feedbackMail(locale: Locale, values: FeedbackMailValues): MailContent {
  const title = oneLine(values.challengeTitle);
  const organisation = oneLine(values.organisationName);
  const outcome = OUTCOMES[locale][values.outcome];
  const quoted = values.feedback
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
  return locale === 'en'
    ? {
        subject: `Result of the challenge “${title}”`,
        text: `Hello ${values.name},\n\nthe challenge “${title}” has been awarded. The proposal of ${organisation}: ${outcome}.\n\nThe organiser’s feedback:\n\n${quoted}\n\nResults:\n\n${values.link}\n\n${SIGNATURE.en}\n`,
      }
    : {
        subject: `Esito della sfida «${title}»`,
        text: `Ciao ${values.name},\n\nla sfida «${title}» è stata aggiudicata. La proposta di ${organisation}: ${outcome}.\n\nIl riscontro dell’organizzatore:\n\n${quoted}\n\nRisultati:\n\n${values.link}\n\n${SIGNATURE.it}\n`,
      };
}

/** winner beats shortlisted; nothing is told before the award. */
export function outcomeOf(
  result: { winner: boolean; shortlisted: boolean } | null,
  awarded: boolean,
): SubmissionOutcome {
  if (!awarded) return 'pending';
  if (result?.winner) return 'winner';
  return result?.shortlisted ? 'shortlisted' : 'not_selected';
}
