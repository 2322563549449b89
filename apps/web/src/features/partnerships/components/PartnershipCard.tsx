import type { PartnershipFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../app/i18n';
import type { PartnershipDecision } from '../hooks/usePartnershipDecision';
import { itemPath, itemTitle, otherSide, hasRoom } from '../lib/partnership-view';
import { PartnershipActions } from './PartnershipActions';
import { PartnershipDates } from './PartnershipDates';
import { PartnershipMessages } from './PartnershipMessages';
import { PartnershipStatusBadge } from './PartnershipStatusBadge';

/** One partnership in an organisation's inbox, with what the viewer may do about it. */
export function PartnershipCard({
  partnership,
  organisationId,
  onDone,
}: {
  partnership: PartnershipFieldsFragment;
  /** The organisation whose inbox this is: the card names the other side. */
  organisationId: string;
  onDone: (decision: PartnershipDecision) => void;
}) {
  const { t, i18n } = useTranslation();
  const title = itemTitle(partnership, currentLocale(i18n.language));
  const other = otherSide(partnership, organisationId);
  // "from" the sender of a proposal received, "to" the recipient of one sent, else "with"
  const side =
    partnership.status !== 'PROPOSED'
      ? 'with'
      : partnership.initiator.id === organisationId
        ? 'to'
        : 'from';
  return (
    <li className="card partnership-card">
      <h3>
        <Link to={itemPath(partnership)}>{title}</Link>
      </h3>
      <p className="card-meta">
        {t(`partnerships.itemType.${partnership.itemType}`)} · {t(`partnerships.side.${side}`)}{' '}
        <Link to={`/organisations/${other.id}`}>{other.displayName}</Link> ·{' '}
        <PartnershipStatusBadge status={partnership.status} />
      </p>
      <PartnershipMessages messages={partnership.messages} />
      <PartnershipDates partnership={partnership} />
      <p>
        <Link to={`/partnerships/${partnership.id}`}>
          {t('partnerships.details')}
          <span className="visually-hidden">: {title}</span>
        </Link>
        {/* the partners' private room, straight from the inbox; it stays theirs once concluded */}
        {hasRoom(partnership.status) && partnership.roomId && (
          <>
            {' · '}
            <Link to={`/rooms/${partnership.roomId}`}>
              {t('rooms.open')}
              <span className="visually-hidden">: {title}</span>
            </Link>
          </>
        )}
      </p>
      <PartnershipActions partnership={partnership} title={title} onDone={onDone} />
    </li>
  );
}
