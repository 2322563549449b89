import type { PartnershipFieldsFragment } from '@oip/graphql';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, Select, TextArea } from '../../../ui';
import { useExpressInterest } from '../hooks/useExpressInterest';
import { MESSAGE_MAX, type InterestTarget } from '../lib/interest-target';

export interface ExpressInterestDialogProps {
  open: boolean;
  onClose: () => void;
  target: InterestTarget;
  /** The title of the item, in the current language. */
  itemTitle: string;
  /** The organisations the viewer may send from (at least one). */
  senders: readonly { id: string; displayName: string }[];
  onSent: (partnership: PartnershipFieldsFragment) => void;
}

/**
 * The message (required, at most 2000 characters, with a counter) and, when the viewer
 * administers several organisations, which one sends it. API errors show translated by code.
 */
export function ExpressInterestDialog({
  open,
  onClose,
  target,
  itemTitle,
  senders,
  onSent,
}: ExpressInterestDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const preferred = senders.find((o) => o.id === target.preferredSenderId) ?? senders[0];
  const [senderId, setSenderId] = useState(preferred?.id ?? '');
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { send, sending } = useExpressInterest();
  const length = message.trim().length;

  const close = () => {
    setInvalid(null);
    setFailure(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (length === 0) return setInvalid(t('partnerships.interest.messageRequired'));
    if (length > MESSAGE_MAX)
      return setInvalid(t('partnerships.interest.messageTooLong', { max: MESSAGE_MAX }));
    setInvalid(null);
    setFailure(null);
    try {
      const partnership = await send(target, senderId, message.trim());
      if (!partnership) return;
      setMessage('');
      onSent(partnership);
    } catch (caught) {
      setFailure(errorMessage(t, errorView(caught)));
    }
  };

  return (
    <Dialog
      open={open}
      title={
        target.ownItemTitle
          ? t('partnerships.interest.reachOutTitle', {
              title: target.ownItemTitle,
              name: target.recipientName,
            })
          : t('partnerships.interest.title', { title: itemTitle })
      }
      onClose={close}
      actions={
        <Button type="submit" form={formId} disabled={sending}>
          {t('partnerships.interest.send')}
        </Button>
      }
    >
      <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('partnerships.interest.to', { name: target.recipientName })}</p>
        {senders.length === 1 && (
          <p>{t('partnerships.interest.fromOnly', { name: senders[0]!.displayName })}</p>
        )}
        {senders.length > 1 && (
          <Select
            label={t('partnerships.interest.from')}
            value={senderId}
            onChange={(event) => setSenderId(event.target.value)}
            options={senders.map((o) => ({ value: o.id, label: o.displayName }))}
          />
        )}
        <TextArea
          label={`${t('partnerships.interest.message')} (${t('common.required')})`}
          hint={t('partnerships.interest.counter', { count: length, max: MESSAGE_MAX })}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          error={invalid}
          required
          aria-required="true"
        />
        {failure && (
          <p className="notice notice-error" role="alert">
            {failure}
          </p>
        )}
      </form>
    </Dialog>
  );
}
