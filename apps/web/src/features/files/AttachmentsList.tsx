import type { AttachmentFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, useToast } from '../../ui';
import type { AttachmentTexts } from './AttachmentUpload';
import { formatBytes } from './format';
import { deleteFile } from './upload';

/** What a list shows of a file (a read-only list may query no more). */
type ListedAttachment = Pick<AttachmentFieldsFragment, 'id' | 'name' | 'size' | 'url'>;

/**
 * Attachments as download links (name, type, size). With `canRemove`, each has a remove button
 * that asks for confirmation first.
 */
export function AttachmentsList({
  attachments,
  texts,
  canRemove = false,
  onRemoved,
  emptyText,
}: {
  attachments: readonly ListedAttachment[];
  /** `<prefix>.remove`, `.removed`, `.confirmRemoveTitle`, `.confirmRemoveBody`, `.confirmRemove`. */
  texts: AttachmentTexts;
  canRemove?: boolean;
  onRemoved?: () => void;
  emptyText?: string;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [pending, setPending] = useState<ListedAttachment | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    if (!pending) return;
    setBusy(true);
    const code = await deleteFile(pending.url);
    setBusy(false);
    if (code)
      toast.show(
        code === 'NETWORK_ERROR' ? t('common.networkError') : t(`errors.${code}`),
        'error',
      );
    else {
      toast.show(t(`${texts}.removed`, { name: pending.name }), 'success');
      onRemoved?.();
    }
    setPending(null);
  };

  if (attachments.length === 0) return emptyText ? <p>{emptyText}</p> : null;
  return (
    <>
      <ul className="attachment-list">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <a href={attachment.url} download={attachment.name}>
              {attachment.name}
            </a>{' '}
            <span className="field-hint">({formatBytes(attachment.size, i18n.language)})</span>
            {canRemove && (
              <Button variant="secondary" onClick={() => setPending(attachment)}>
                {t(`${texts}.remove`, { name: attachment.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Dialog
        open={pending !== null}
        title={t(`${texts}.confirmRemoveTitle`, { name: pending?.name ?? '' })}
        onClose={() => setPending(null)}
        actions={
          <Button variant="danger" disabled={busy} onClick={() => void remove()}>
            {t(`${texts}.confirmRemove`)}
          </Button>
        }
      >
        <p>{t(`${texts}.confirmRemoveBody`)}</p>
      </Dialog>
    </>
  );
}
