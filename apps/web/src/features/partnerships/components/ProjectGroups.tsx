import { useQuery } from '@apollo/client/react';
import { ProjectGroupsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../challenge-brief/format';
import { LoadStatus } from './LoadStatus';
import { itemPath } from '../lib/partnership-view';
import { RoomNotice } from './RoomNotice';

/** The confidential project groups of an organisation: item, members, room. */
export function ProjectGroups({
  organisationId,
  titles,
}: {
  organisationId: string;
  /** Item id → title, from the partnerships on screen (else the item's kind names the link). */
  titles: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ProjectGroupsDocument, {
    variables: { organisationId },
  });
  const groups = data?.projectGroups;
  return (
    <section aria-labelledby="project-groups-heading" className="project-groups">
      <h2 id="project-groups-heading">{t('partnerships.group.title')}</h2>
      {!groups ? (
        <LoadStatus loading={loading} error={error} onRetry={refetch} />
      ) : groups.length === 0 ? (
        <p>{t('partnerships.group.none')}</p>
      ) : (
        <ul className="partnership-list">
          {groups.map((group) => (
            <li key={group.id} className="card">
              <h3>
                <Link to={itemPath(group)}>
                  {titles.get(group.itemId) ?? t(`partnerships.itemType.${group.itemType}`)}
                </Link>
              </h3>
              <p className="card-meta">
                {t('partnerships.group.created', {
                  name: group.owner.displayName,
                  date: formatDateTime(group.createdAt, i18n.language),
                })}
              </p>
              <p>
                {t('partnerships.group.members', {
                  names: group.members.map((member) => member.displayName).join(', '),
                })}
              </p>
              <RoomNotice roomId={group.roomId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
