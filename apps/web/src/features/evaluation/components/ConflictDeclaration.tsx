import { EVALUATION_LIMITS } from '@oip/domain';
import { DeclareConflictDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldMessage } from '../../../app/graphql-errors';
import { Button, Dialog, TextArea } from '../../../ui';
import { useBoardMutation } from '../hooks/useBoardMutation';

/** An evaluator declares a conflict of interest, after a confirmation (it cannot be undone). */
export function ConflictDeclaration({
  challengeId,
  submissionId,
  organisation,
}: {
  challengeId: string;
  submissionId: string;
  organisation: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const declare = useBoardMutation(DeclareConflictDocument, challengeId);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('evaluation.conflict.declare', { organisation })}
      </Button>
      <Dialog
        open={open}
        title={t('evaluation.conflict.title', { organisation })}
        onClose={() => setOpen(false)}
        actions={
          <Button
            variant="danger"
            disabled={declare.loading || !reason.trim()}
            onClick={() =>
              void declare.run({ submissionId, reason }).then((ok) => ok && setOpen(false))
            }
          >
            {t('evaluation.conflict.confirm')}
          </Button>
        }
      >
        <p>{t('evaluation.conflict.body')}</p>
        <TextArea
          label={t('evaluation.conflict.reason')}
          required
          rows={3}
          maxLength={EVALUATION_LIMITS.conflictReasonMax}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldMessage(t, declare.error, 'reason')}
        />
        {declare.error && !declare.error.fields.reason && (
          <p className="field-error" role="alert">
            {errorMessage(t, declare.error)}
          </p>
        )}
      </Dialog>
    </>
  );
}
