import { useMutation, useQuery } from '@apollo/client/react';
import { HideRoomMessageDocument, RoomReportsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Button, QueryStatus } from '../../../ui';
import { formatDateTime } from '../../challenge-brief/format';
import { useModerationAction } from './useModerationAction';

/** Open reports of the room, oldest first: who reported what and why; hiding resolves them. */
export function RoomReports({ roomId }: { roomId: string }) {
  const { t, i18n } = useTranslation();
  const act = useModerationAction();
  const reports = useQuery(RoomReportsDocument, { variables: { roomId } });
  const [hide, { loading }] = useMutation(HideRoomMessageDocument, {
    refetchQueries: [RoomReportsDocument],
  });
  const list = reports.data?.roomReports ?? [];
  return (
    <section aria-labelledby="room-reports">
      <h3 id="room-reports">{t('rooms.moderation.reports')}</h3>
      <QueryStatus
        loading={reports.loading && !reports.data}
        error={reports.error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={() => void reports.refetch()}
      />
      {reports.data && list.length === 0 && (
        <p className="notice">{t('rooms.moderation.noReports')}</p>
      )}
      <ul className="moderation-list">
        {list.map((report) => (
          <li key={report.id}>
            <div>
              <p className="card-meta">
                {t('rooms.moderation.reportedBy', {
                  name: report.reporterName ?? t('rooms.formerMember'),
                })}{' '}
                ·{' '}
                <time dateTime={String(report.createdAt)}>
                  {formatDateTime(String(report.createdAt), i18n.language)}
                </time>
              </p>
              <p>
                <strong>{t('rooms.moderation.reason')}</strong> {report.reason}
              </p>
              <blockquote>
                <p className="card-meta">{report.message.authorName ?? t('rooms.formerMember')}</p>
                <p>{report.body}</p>
              </blockquote>
            </div>
            <Button
              variant="danger"
              disabled={loading}
              onClick={() =>
                void act(
                  () => hide({ variables: { messageId: report.message.id, hidden: true } }),
                  t('rooms.moderation.hidden'),
                )
              }
            >
              {t('rooms.moderation.hideReported')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
