import type { ChallengeQuery } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { useChallengeLabels } from '../hooks/useChallengeLabels';
import { formatRome } from '../lib/rome-time';

type Step = ChallengeQuery['challenge']['timeline'][number];

/** The audit trail: who did what, when (Rome time), from which state to which, and why. */
export function ChallengeTimeline({ steps }: { steps: readonly Step[] }) {
  const { t, i18n } = useTranslation();
  const labels = useChallengeLabels();
  if (steps.length === 0) return <p>{t('challenges.timelineEmpty')}</p>;
  return (
    <ol className="timeline">
      {steps.map((step) => (
        <li key={step.id}>
          <p>
            <strong>{labels.action(step.action)}</strong> —{' '}
            {t('challenges.fromTo', { from: labels.status(step.from), to: labels.status(step.to) })}
          </p>
          <p className="card-meta">
            {step.actor?.fullName ?? t('challenges.system')} ·{' '}
            <time dateTime={String(step.at)}>{formatRome(String(step.at), i18n.language)}</time>
          </p>
          {step.comment && (
            <blockquote>
              <p>{step.comment}</p>
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
