import { useQuery } from '@apollo/client/react';
import { SubmissionFormDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorView } from '../../../app/graphql-errors';
import { useLocalized } from '../../../app/useLocalized';
import { usePageTitle } from '../../../app/usePageTitle';
import { QueryStatus, Select } from '../../../ui';
import { formatRomeDateTime } from '../format';
import { SubmissionEditor } from './SubmissionEditor';

/**
 * The page body of /challenges/:id/submission: which organisation answers (when the person
 * belongs to several), the deadline in Italian time, closed and late states, then the editor.
 */
export function SubmissionWorkspace({ challengeId }: { challengeId: string }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const { data, loading, error, refetch } = useQuery(SubmissionFormDocument, {
    variables: { challengeId },
    fetchPolicy: 'cache-and-network',
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const challenge = data?.challenge;
  const title = challenge
    ? localized(challenge.title) || challenge.title.it || challenge.title.en
    : '';
  usePageTitle(title ? t('submissions.pageTitle', { title }) : t('submissions.title'));

  if (!data && (loading || error)) {
    if (errorView(error)?.code === 'NOT_FOUND')
      return (
        <section className="narrow">
          <h1>{t('submissions.notFoundTitle')}</h1>
          <p>{t('submissions.notFound')}</p>
        </section>
      );
    return (
      <QueryStatus
        loading={loading}
        error={error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!challenge || !data) return null;

  const options = data.mySubmissionOptions;
  const preferred = options.find((option) => option.submission) ?? options[0];
  const current = options.find((option) => option.organisationId === chosen) ?? preferred;
  const late = challenge.deadline ? new Date(String(challenge.deadline)) <= new Date() : false;
  const open = challenge.status === 'PUBLISHED' && !late;

  return (
    <section className="narrow submission-page">
      <h1>{t('submissions.pageTitle', { title })}</h1>
      <p>
        <Link to={`/challenges/${challenge.id}`}>{t('submissions.backToChallenge')}</Link>
      </p>
      {challenge.deadline ? (
        <p>
          {t('submissions.deadline', {
            date: formatRomeDateTime(challenge.deadline, i18n.language),
          })}
        </p>
      ) : null}
      {challenge.status !== 'PUBLISHED' ? (
        <p className="notice notice-info" role="status">
          {t('submissions.closed', {
            status: t(`submissions.challengeStatus.${challenge.status}`),
          })}
        </p>
      ) : late ? (
        <p className="notice notice-info" role="status">
          {t('submissions.late')}
        </p>
      ) : null}
      {options.length === 0 ? (
        <div className="empty-state">
          <p>{t('submissions.noOrganisation')}</p>
          <Link to="/organisations/new">{t('submissions.createOrganisation')}</Link>
        </div>
      ) : (
        <>
          {options.length > 1 ? (
            <Select
              label={t('submissions.onBehalfOf')}
              options={options.map((option) => ({
                value: option.organisationId,
                label: option.organisation.displayName,
              }))}
              value={current!.organisationId}
              onChange={(event) => setChosen(event.target.value)}
            />
          ) : (
            <p>
              {t('submissions.answeringAs', { organisation: current!.organisation.displayName })}
            </p>
          )}
          {current && (open || current.submission) ? (
            <SubmissionEditor
              key={current.organisationId}
              challengeId={challenge.id}
              organisationId={current.organisationId}
              organisationName={current.organisation.displayName}
              initial={current.submission ?? null}
              open={open}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
