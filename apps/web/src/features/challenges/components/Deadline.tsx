import { useTranslation } from 'react-i18next';
import { formatRome, relativeTime } from '../lib/rome-time';

/** The deadline in Italian time with the time left ("closes in 3 days"). */
/** `deadline` is the API's DateTime scalar (an ISO string). */
export function Deadline({ deadline: value, now = new Date() }: { deadline: unknown; now?: Date }) {
  const deadline = value ? String(value) : null;
  const { t, i18n } = useTranslation();
  if (!deadline) return <>{t('challenges.noDeadline')}</>;
  const passed = new Date(deadline).getTime() <= now.getTime();
  const relative = relativeTime(deadline, now, i18n.language);
  return (
    <>
      <time dateTime={deadline}>{formatRome(deadline, i18n.language)}</time>{' '}
      {t('challenges.romeTime')}{' '}
      <span className="card-meta">
        (
        {passed
          ? t('challenges.deadlinePassed', { relative })
          : t('challenges.timeLeft', { relative })}
        )
      </span>
    </>
  );
}
