import { useMutation, useQuery } from '@apollo/client/react';
import {
  ReceivedSubmissionsAccessDocument,
  SetModeratorSubmissionAccessDocument,
} from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, ListResults } from '../../../ui';
import { FormError } from '../../accounts/components/FormError';
import { AttachmentsList } from '../../files/AttachmentsList';
import '../submissions.css';
import { formatBudget, formatRomeDateTime } from '../format';
import { useReceivedSubmissions } from '../hooks/useReceivedSubmissions';

/**
 * The proposals a challenge received, for its owner side (owner admins, evaluators, moderators
 * when granted); renders nothing for anyone else. Owner admins also grant or revoke moderator
 * access here, after confirmation. Mount it on the challenge page.
 */
export function ChallengeSubmissionsSection({ challengeId }: { challengeId: string }) {
  const { t, i18n } = useTranslation();
  const access = useQuery(ReceivedSubmissionsAccessDocument, { variables: { challengeId } });
  const count = access.data?.challenge?.submissionCount ?? null;
  const granted = access.data?.challenge?.moderatorSubmissionAccess ?? null;
  const list = useReceivedSubmissions(challengeId, count === null);
  const [confirming, setConfirming] = useState(false);
  const [setAccess, setting] = useMutation(SetModeratorSubmissionAccessDocument);
  if (count === null) return null;

  const toggle = () => {
    setConfirming(false);
    void setAccess({ variables: { challengeId, granted: !granted } }).catch(() => undefined);
  };

  return (
    <section className="challenge-submissions" aria-labelledby="received-submissions-title">
      <h2 id="received-submissions-title">{t('submissions.received.title', { count })}</h2>
      <p className="muted">{t('submissions.received.confidential')}</p>
      {granted !== null && (
        <div className="moderator-access">
          <p>
            {granted
              ? t('submissions.received.moderatorsMayRead')
              : t('submissions.received.moderatorsMayNotRead')}
          </p>
          <Button
            variant="secondary"
            onClick={() => setConfirming(true)}
            disabled={setting.loading}
          >
            {granted ? t('submissions.received.revoke') : t('submissions.received.grant')}
          </Button>
          <FormError message={errorMessage(t, errorView(setting.error))} />
          <Dialog
            open={confirming}
            title={granted ? t('submissions.received.revoke') : t('submissions.received.grant')}
            onClose={() => setConfirming(false)}
            actions={<Button onClick={toggle}>{t('common.confirm')}</Button>}
          >
            <p>
              {granted ? t('submissions.received.revokeBody') : t('submissions.received.grantBody')}
            </p>
          </Dialog>
        </div>
      )}
      <ListResults
        page={list.page}
        loading={list.loading}
        error={list.error}
        onRetry={list.refetch}
        onMore={list.loadMore}
        shownText={t('submissions.received.shown', { count: list.page?.nodes.length ?? 0 })}
        emptyText={t('submissions.received.empty')}
        moreText={t('submissions.received.more')}
      >
        <ul className="submission-list">
          {list.page?.nodes.map((node) => (
            <li key={node.id}>
              <article aria-labelledby={`submission-${node.id}`}>
                <h3 id={`submission-${node.id}`}>{node.organisation.displayName}</h3>
                <p className="muted">
                  {node.submittedAt
                    ? t('submissions.submittedOn', {
                        date: formatRomeDateTime(node.submittedAt, i18n.language),
                      })
                    : null}
                  {node.trl ? ` · TRL ${node.trl}` : ''}
                  {node.budgetAmount !== null
                    ? ` · ${formatBudget(node.budgetAmount, node.budgetCurrency, i18n.language)}`
                    : ''}
                </p>
                {/* sanitised by the API (@oip/markdown) */}
                <div dangerouslySetInnerHTML={{ __html: node.summaryHtml }} />
                {node.attachments.length > 0 && (
                  <>
                    <h4>{t('submissions.attachments.title')}</h4>
                    <AttachmentsList
                      attachments={node.attachments}
                      texts="submissions.attachments"
                    />
                  </>
                )}
              </article>
            </li>
          ))}
        </ul>
      </ListResults>
    </section>
  );
}
