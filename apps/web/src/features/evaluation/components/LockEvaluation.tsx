import { LockEvaluationDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/graphql-errors';
import { Button, Dialog } from '../../../ui';
import { useBoardMutation } from '../hooks/useBoardMutation';

/** The owner ends scoring and reveals the ranking, after a confirmation (no way back). */
export function LockEvaluation({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const lock = useBoardMutation(LockEvaluationDocument, challengeId);
  return (
    <section aria-labelledby="lock-title">
      <h2 id="lock-title">{t('evaluation.lock.title')}</h2>
      <p>{t('evaluation.lock.hint')}</p>
      <Button onClick={() => setOpen(true)}>{t('evaluation.lock.button')}</Button>
      <Dialog
        open={open}
        title={t('evaluation.lock.confirmTitle')}
        onClose={() => setOpen(false)}
        actions={
          <Button
            variant="danger"
            disabled={lock.loading}
            onClick={() => void lock.run({ challengeId }).then((ok) => ok && setOpen(false))}
          >
            {t('evaluation.lock.confirm')}
          </Button>
        }
      >
        <p>{t('evaluation.lock.confirmBody')}</p>
        {lock.error && (
          <p className="field-error" role="alert">
            {errorMessage(t, lock.error)}
          </p>
        )}
      </Dialog>
    </section>
  );
}
