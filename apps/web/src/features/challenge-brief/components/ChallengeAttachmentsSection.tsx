import '../challenge-qa.css';
import { useQuery } from '@apollo/client/react';
import { ChallengeAttachmentsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui';
import { AttachmentsList } from '../../files/AttachmentsList';
import { AttachmentUpload } from '../../files/AttachmentUpload';

/**
 * The public attachments of a challenge (whoever sees the challenge downloads them); the
 * owner side, while the challenge is editable, uploads and removes them here.
 */
export function ChallengeAttachmentsSection({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ChallengeAttachmentsDocument, {
    variables: { id: challengeId },
  });
  const challenge = data?.challenge;
  const canEdit = challenge?.viewerCan.edit ?? false;
  const headingId = `attachments-${challengeId}`;
  return (
    <section className="qa-stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('challengeQa.attachments.title')}</h2>
      <QueryStatus
        loading={loading && !data}
        error={error}
        loadingText={t('challengeQa.attachments.loading')}
        errorText={t('challengeQa.attachments.error')}
        retryText={t('common.retry')}
        onRetry={() => void refetch()}
      />
      {challenge && (
        <>
          <AttachmentsList
            attachments={challenge.attachments}
            texts="challengeQa.attachments"
            canRemove={canEdit}
            onRemoved={() => void refetch()}
            emptyText={t('challengeQa.attachments.empty')}
          />
          {canEdit && (
            <AttachmentUpload
              url={`/api/challenges/${challengeId}/attachments?confidential=false`}
              label={t('challengeQa.attachments.add')}
              texts="challengeQa.attachments"
              onUploaded={() => void refetch()}
            />
          )}
        </>
      )}
    </section>
  );
}
