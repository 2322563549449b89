import type { PartnershipFieldsFragment } from '@oip/graphql';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, useToast } from '../../../ui';
import { useMe } from '../../accounts/hooks/useMe';
import { useAdministeredOrganisations } from '../../challenges/hooks/useMyOrganisations';
import { useMyOpenPartnerships } from '../hooks/useMyOpenPartnerships';
import { openPartnershipFor, possibleSenders, type InterestTarget } from '../lib/interest-target';
import { ExpressInterestDialog } from './ExpressInterestDialog';
import '../partnerships.css';

export interface ExpressInterestButtonProps {
  target: InterestTarget;
  /** The title of the item, in the current language (names the button for screen readers). */
  itemTitle: string;
  /** Render inside its own action bar (on an item's page), not in the caller's. */
  ownBar?: boolean;
}

/**
 * "Express interest" for people administering an organisation that may send it; once sent,
 * "Interest sent" links to the partnership (and takes the focus the closed dialog returns).
 * An open partnership found in `myOpenPartnerships` shows the same link after a reload
 * ("Partnership active" when it is).
 */
export function ExpressInterestButton({ target, itemTitle, ownBar }: ExpressInterestButtonProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { me } = useMe();
  const { organisations } = useAdministeredOrganisations(!!me);
  const senders = possibleSenders(organisations, target);
  const openPartnerships = useMyOpenPartnerships(!!me);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<PartnershipFieldsFragment | null>(null);
  const existing =
    sent ??
    openPartnershipFor(
      openPartnerships,
      target,
      senders.map((sender) => sender.id),
    );
  const sentLink = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (sent) sentLink.current?.focus();
  }, [sent]);

  if (senders.length === 0) return null;

  const onSent = (partnership: PartnershipFieldsFragment) => {
    setOpen(false);
    setSent(partnership);
    toast.show(
      partnership.status === 'ACTIVE'
        ? t('partnerships.interest.sentActive', { name: target.recipientName })
        : t('partnerships.interest.sentToast', { name: target.recipientName }),
      'success',
    );
  };

  const content = (
    <>
      {existing ? (
        <Link ref={sentLink} to={`/partnerships/${existing.id}`} className="interest-sent">
          {existing.status === 'ACTIVE'
            ? t('partnerships.interest.active')
            : t('partnerships.interest.sent')}
          <span className="visually-hidden">: {itemTitle}</span>
        </Link>
      ) : (
        <Button onClick={() => setOpen(true)}>
          {t('partnerships.interest.open')}
          <span className="visually-hidden">: {itemTitle}</span>
        </Button>
      )}
      <ExpressInterestDialog
        open={open}
        onClose={() => setOpen(false)}
        target={target}
        itemTitle={itemTitle}
        senders={senders}
        onSent={onSent}
      />
    </>
  );
  return ownBar ? <div className="action-bar">{content}</div> : content;
}
