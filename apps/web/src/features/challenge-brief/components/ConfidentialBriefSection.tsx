import '../challenge-qa.css';
import { useQuery } from '@apollo/client/react';
import { ChallengeConfidentialBriefDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../accounts/hooks/useMe';
import { Button, QueryStatus } from '../../../ui';
import { AttachmentsList } from '../../files/AttachmentsList';
import { AttachmentUpload } from '../../files/AttachmentUpload';
import { BriefEditor } from './BriefEditor';
import { BriefLogs } from './BriefLogs';
import { NdaAcceptanceForm } from './NdaAcceptanceForm';

/**
 * The confidential part of a challenge's brief, self-contained (mount it on the challenge
 * page). Readers see the terms and accept them on behalf of their organisation, then the
 * details and confidential attachments; the owner side writes details and terms, uploads and
 * removes attachments, and reads the acceptance and access logs. Renders nothing for a
 * challenge without a confidential part unless the viewer could create one.
 */
export function ConfidentialBriefSection({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(ChallengeConfidentialBriefDocument, {
    variables: { id: challengeId },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState(false);
  const [showLogs, setShowLogs] = useState(false);
  const challenge = data?.challenge;
  const brief = challenge?.confidentialBrief;
  const canEdit = (brief?.viewerCanManage ?? false) && (challenge?.viewerCan.edit ?? false);
  const reload = () => void refetch();
  const headingId = `confidential-${challengeId}`;

  if (brief && !brief.available && !canEdit) return null;
  return (
    <section className="qa-stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('challengeQa.brief.title')}</h2>
      <QueryStatus
        loading={loading && !data}
        error={error}
        loadingText={t('challengeQa.brief.loading')}
        errorText={t('challengeQa.brief.error')}
        retryText={t('common.retry')}
        onRetry={reload}
      />
      {brief && (editing || (!brief.available && canEdit)) && (
        <BriefEditor
          challengeId={challengeId}
          details={brief.details ?? ''}
          termsText={brief.termsText ?? ''}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
          onCancel={brief.available ? () => setEditing(false) : undefined}
        />
      )}
      {brief?.available && !editing && (
        <>
          {!brief.accepted && (
            <>
              <p>{t('challengeQa.brief.lockedIntro')}</p>
              <h3>{t('challengeQa.brief.terms')}</h3>
              <div
                className="qa-markdown card"
                // sanitised by the API (@oip/markdown)
                dangerouslySetInnerHTML={{ __html: brief.termsHtml ?? '' }}
              />
              {me ? (
                <NdaAcceptanceForm challengeId={challengeId} brief={brief} onAccepted={reload} />
              ) : (
                <p>
                  <Link to="/sign-in">{t('challengeQa.brief.signInToAccept')}</Link>
                </p>
              )}
            </>
          )}
          {brief.accepted && (
            <>
              <p className="field-hint">{t('challengeQa.brief.loggedNotice')}</p>
              <div
                className="qa-markdown"
                // sanitised by the API (@oip/markdown)
                dangerouslySetInnerHTML={{ __html: brief.detailsHtml ?? '' }}
              />
              <h3>{t('challengeQa.brief.attachmentsTitle')}</h3>
              <AttachmentsList
                attachments={brief.attachments}
                texts="challengeQa.attachments"
                canRemove={canEdit}
                onRemoved={reload}
                emptyText={t('challengeQa.attachments.empty')}
              />
              {canEdit && (
                <AttachmentUpload
                  url={`/api/challenges/${challengeId}/attachments?confidential=true`}
                  label={t('challengeQa.attachments.addConfidential')}
                  texts="challengeQa.attachments"
                  onUploaded={reload}
                />
              )}
            </>
          )}
          {brief.viewerCanManage && (
            <div className="qa-actions">
              {canEdit && (
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t('challengeQa.brief.edit')}
                </Button>
              )}
              <Button
                variant="secondary"
                aria-expanded={showLogs}
                onClick={() => setShowLogs((shown) => !shown)}
              >
                {showLogs ? t('challengeQa.brief.hideLogs') : t('challengeQa.brief.showLogs')}
              </Button>
            </div>
          )}
          {brief.viewerCanManage && showLogs && <BriefLogs challengeId={challengeId} />}
        </>
      )}
    </section>
  );
}
