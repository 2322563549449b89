import type { ChallengeStatus } from '@oip/graphql';
import { useChallengeLabels } from '../hooks/useChallengeLabels';

const TONE: Partial<Record<ChallengeStatus, string>> = {
  PUBLISHED: 'badge-ok',
  IN_REVIEW: 'badge-warn',
  CANCELLED: 'badge-muted',
  ARCHIVED: 'badge-muted',
};

/** The status in words (never by colour alone). */
export function StatusBadge({ status }: { status: ChallengeStatus }) {
  const labels = useChallengeLabels();
  return (
    <span className={['badge', TONE[status]].filter(Boolean).join(' ')}>
      {labels.status(status)}
    </span>
  );
}
