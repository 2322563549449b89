import type { PartnershipFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, TextArea, useToast } from '../../../ui';
import { usePartnershipDecision, type PartnershipDecision } from '../hooks/usePartnershipDecision';
import { REASON_MAX } from '../lib/interest-target';

type Partnership = Pick<
  PartnershipFieldsFragment,
  'id' | 'viewerCanDecide' | 'viewerCanWithdraw' | 'viewerCanConclude'
>;

/**
 * Accept, Decline, Withdraw and Conclude as the API allows the viewer; each is confirmed in a
 * dialog, Decline with an optional reason for the other organisation.
 */
export function PartnershipActions({
  partnership,
  title,
  onDone,
}: {
  partnership: Partnership;
  /** The item's title: names the buttons of one card among many for screen readers. */
  title: string;
  onDone?: (decision: PartnershipDecision) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const { decide, busy } = usePartnershipDecision();
  const [pending, setPending] = useState<PartnershipDecision | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const available: PartnershipDecision[] = [
    ...(partnership.viewerCanDecide ? (['accept', 'decline'] as const) : []),
    ...(partnership.viewerCanWithdraw ? (['withdraw'] as const) : []),
    ...(partnership.viewerCanConclude ? (['conclude'] as const) : []),
  ];
  if (available.length === 0 && !pending) return null;

  const open = (decision: PartnershipDecision) => {
    setError(null);
    setReason('');
    setPending(decision);
  };
  const confirm = async () => {
    if (!pending) return;
    if (reason.trim().length > REASON_MAX)
      return setError(t('partnerships.decide.reasonTooLong', { max: REASON_MAX }));
    try {
      await decide(pending, partnership.id, reason);
      toast.show(t(`partnerships.decide.${pending}.done`), 'success');
      const done = pending;
      setPending(null);
      onDone?.(done);
    } catch (caught) {
      setError(errorMessage(t, errorView(caught)));
    }
  };

  return (
    <>
      <div className="action-bar" role="group" aria-label={t('partnerships.actions', { title })}>
        {available.map((decision) => (
          <Button
            key={decision}
            variant={
              decision === 'accept' ? 'primary' : decision === 'conclude' ? 'secondary' : 'danger'
            }
            onClick={() => open(decision)}
          >
            {t(`partnerships.decide.${decision}.button`)}
            <span className="visually-hidden">: {title}</span>
          </Button>
        ))}
      </div>
      <Dialog
        open={pending !== null}
        title={pending ? t(`partnerships.decide.${pending}.title`) : ''}
        onClose={() => setPending(null)}
        actions={
          pending && (
            <Button
              variant={pending === 'accept' ? 'primary' : 'danger'}
              onClick={() => void confirm()}
              disabled={busy}
            >
              {t(`partnerships.decide.${pending}.confirm`)}
            </Button>
          )
        }
      >
        {pending && <p>{t(`partnerships.decide.${pending}.body`, { title })}</p>}
        {pending === 'decline' && (
          <TextArea
            label={t('partnerships.decide.reason')}
            hint={t('partnerships.decide.reasonHint', { max: REASON_MAX })}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
      </Dialog>
    </>
  );
}
