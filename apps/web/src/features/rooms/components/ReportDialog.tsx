import { useMutation } from '@apollo/client/react';
import { ROOM_LIMITS } from '@oip/domain';
import { ReportRoomMessageDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, TextArea, useToast } from '../../../ui';

const MAX = ROOM_LIMITS.reportReasonLength;

/** Reports a message to the room's moderators, with a reason. */
export function ReportDialog({ messageId, onClose }: { messageId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [report, { loading, error }] = useMutation(ReportRoomMessageDocument);
  const submit = async () => {
    const text = reason.trim();
    if (!text) return setInvalid(t('rooms.report.required'));
    if (text.length > MAX) return setInvalid(t('rooms.report.tooLong', { max: MAX }));
    try {
      await report({ variables: { messageId, reason: text } });
      toast.show(t('rooms.report.done'), 'success');
      onClose();
    } catch {
      // shown below
    }
  };
  return (
    <Dialog
      open
      title={t('rooms.report.title')}
      onClose={onClose}
      actions={
        <Button onClick={() => void submit()} disabled={loading}>
          {t('rooms.report.submit')}
        </Button>
      }
    >
      <TextArea
        label={t('rooms.report.reason')}
        hint={t('rooms.report.hint', { max: MAX })}
        value={reason}
        error={invalid ?? errorMessage(t, errorView(error))}
        onChange={(event) => {
          setReason(event.target.value);
          setInvalid(null);
        }}
        rows={3}
      />
    </Dialog>
  );
}
