import type { PartnershipFieldsFragment } from '@oip/graphql';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../app/i18n';
import { itemPath, itemTitle, hasRoom } from '../lib/partnership-view';
import { PartnershipActions } from './PartnershipActions';
import { PartnershipDates } from './PartnershipDates';
import { PartnershipMessages } from './PartnershipMessages';
import { PartnershipStatusBadge } from './PartnershipStatusBadge';
import { RoomNotice } from './RoomNotice';
import '../partnerships.css';

/** One partnership: the item, both organisations, the messages, dates, room and actions. */
export function PartnershipDetail({ partnership }: { partnership: PartnershipFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const title = itemTitle(partnership, currentLocale(i18n.language));
  const heading = useRef<HTMLHeadingElement>(null);
  const { initiator, recipient } = partnership;
  return (
    <article className="partnership-detail">
      <p className="card-meta">
        <Link to="/partnerships">{t('partnerships.title')}</Link> ·{' '}
        <PartnershipStatusBadge status={partnership.status} />
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('partnerships.detailTitle', { title })}
      </h1>
      <p>
        {t(`partnerships.itemType.${partnership.itemType}`)}:{' '}
        <Link to={itemPath(partnership)}>{title}</Link>
      </p>
      <p>
        <Link to={`/organisations/${initiator.id}`}>{initiator.displayName}</Link>{' '}
        {t('partnerships.initiatorToRecipient')}{' '}
        <Link to={`/organisations/${recipient.id}`}>{recipient.displayName}</Link>
      </p>
      {hasRoom(partnership.status) && <RoomNotice roomId={partnership.roomId} />}
      <PartnershipActions
        partnership={partnership}
        title={title}
        // the button pressed may be gone (accepted → conclude): keep focus on the page
        onDone={() => heading.current?.focus()}
      />
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t('partnerships.messages')}</h2>
        <PartnershipMessages messages={partnership.messages} />
      </section>
      <section aria-labelledby="dates-heading">
        <h2 id="dates-heading">{t('partnerships.dates.title')}</h2>
        <PartnershipDates partnership={partnership} />
      </section>
    </article>
  );
}
