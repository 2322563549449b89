import { useQuery } from '@apollo/client/react';
import { SubmissionCallToActionDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../accounts/hooks/useMe';
import { formatRomeDateTime } from '../format';

/**
 * On a challenge page: "Answer this challenge", "Continue your draft" or "Submitted on …",
 * linking to the submission form. Nothing once the challenge is closed and nothing was sent.
 */
export function MySubmissionCallToAction({ challengeId }: { challengeId: string }) {
  const { t, i18n } = useTranslation();
  const { me, loading: meLoading } = useMe();
  const { data } = useQuery(SubmissionCallToActionDocument, {
    variables: { challengeId, signedIn: Boolean(me) },
    skip: meLoading,
  });
  const challenge = data?.challenge;
  if (!challenge) return null;
  const to = `/challenges/${challengeId}/submission`;
  const submissions = (data.mySubmissionOptions ?? []).flatMap((option) =>
    option.submission ? [option.submission] : [],
  );
  const submitted = submissions.find((submission) => submission.status === 'SUBMITTED');
  const open =
    challenge.status === 'PUBLISHED' &&
    (!challenge.deadline || new Date(String(challenge.deadline)) > new Date());

  if (submitted?.submittedAt)
    return (
      <p className="submission-cta">
        {t('submissions.cta.submitted', {
          date: formatRomeDateTime(submitted.submittedAt, i18n.language),
        })}{' '}
        <Link to={to}>{t('submissions.cta.view')}</Link>
      </p>
    );
  if (!open) return null;
  return (
    <p className="submission-cta">
      <Link className="btn btn-primary" to={to}>
        {submissions.length ? t('submissions.cta.continue') : t('submissions.cta.answer')}
      </Link>
    </p>
  );
}
