import { useQuery } from '@apollo/client/react';
import { ProjectGroupsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../app/i18n';
import { formatDateTime } from '../../challenge-brief/format';
import { itemPath, itemTitle } from '../lib/partnership-view';
import { LoadStatus } from './LoadStatus';
import { RoomNotice } from './RoomNotice';

/** The confidential project groups of an organisation: item, members, room. */
export function ProjectGroups({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ProjectGroupsDocument, {
    variables: { organisationId },
  });
  const groups = data?.projectGroups;
  return (
    <section aria-labelledby="project-groups-heading" className="project-groups">
      <h2 id="project-groups-heading" tabIndex={-1}>
        {t('partnerships.group.title')}
      </h2>
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
                  {itemTitle(group, currentLocale(i18n.language)) ||
                    t(`partnerships.itemType.${group.itemType}`)}
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
