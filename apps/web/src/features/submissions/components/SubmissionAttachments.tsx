import { useQuery } from '@apollo/client/react';
import { SUBMISSION_LIMITS } from '@oip/domain';
import { SubmissionAttachmentsDocument } from '@oip/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui';
import { AttachmentsList } from '../../files/AttachmentsList';
import { AttachmentUpload } from '../../files/AttachmentUpload';

/**
 * The files of a proposal in its form: listed (download links), uploaded and removed (after
 * confirmation) while it is editable. Before the first save there is no proposal to attach to.
 */
export function SubmissionAttachments({
  submissionId,
  editable,
}: {
  submissionId: string | null;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(SubmissionAttachmentsDocument, {
    variables: { id: submissionId ?? '' },
    skip: !submissionId,
  });
  const attachments = data?.submission.attachments ?? [];
  const canEdit = editable && (data?.submission.viewerCan.edit ?? false);
  const full = attachments.length >= SUBMISSION_LIMITS.attachmentsMax;
  return (
    <section className="submission-attachments" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('submissions.attachments.title')}</h3>
      {!submissionId ? (
        <p className="muted">{t('submissions.attachments.saveFirst')}</p>
      ) : (
        <>
          <QueryStatus
            loading={loading && !data}
            error={error}
            loadingText={t('submissions.attachments.loading')}
            errorText={t('submissions.attachments.error')}
            retryText={t('common.retry')}
            onRetry={() => void refetch()}
          />
          {data && (
            <AttachmentsList
              attachments={attachments}
              texts="submissions.attachments"
              canRemove={canEdit}
              onRemoved={() => void refetch()}
              emptyText={t('submissions.attachments.empty')}
            />
          )}
          {canEdit && (
            <AttachmentUpload
              url={`/api/submissions/${submissionId}/attachments`}
              label={t('submissions.attachments.add')}
              texts="submissions.attachments"
              maxFiles={SUBMISSION_LIMITS.attachmentsMax}
              disabled={full}
              onUploaded={() => void refetch()}
            />
          )}
        </>
      )}
    </section>
  );
}
