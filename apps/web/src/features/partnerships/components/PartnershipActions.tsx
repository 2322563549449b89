import type { PartnershipFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, TextArea, useConfirmation, useToast } from '../../../ui';
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
  const { decide } = usePartnershipDecision();
  const { pending, busy, error, setError, ask, cancel, confirm } =
    useConfirmation<PartnershipDecision>((caught) => errorMessage(t, errorView(caught)));
  const [reason, setReason] = useState('');
  const available: PartnershipDecision[] = [
    ...(partnership.viewerCanDecide ? (['accept', 'decline'] as const) : []),
    ...(partnership.viewerCanWithdraw ? (['withdraw'] as const) : []),
    ...(partnership.viewerCanConclude ? (['conclude'] as const) : []),
  ];
  if (available.length === 0 && !pending) return null;

  const open = (decision: PartnershipDecision) => {
    setReason('');
    ask(decision);
  };
  const run = (decision: PartnershipDecision) => {
    if (reason.trim().length > REASON_MAX)
      return setError(t('partnerships.decide.reasonTooLong', { max: REASON_MAX }));
    return confirm(async () => {
      await decide(decision, partnership.id, reason);
      toast.show(t(`partnerships.decide.${decision}.done`), 'success');
      onDone?.(decision);
    });
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
        onClose={cancel}
        actions={
          pending && (
            <Button
              variant={pending === 'accept' ? 'primary' : 'danger'}
              onClick={() => void run(pending)}
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
            hint={t('partnerships.decide.reasonHint', {
              count: reason.trim().length,
              max: REASON_MAX,
            })}
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
