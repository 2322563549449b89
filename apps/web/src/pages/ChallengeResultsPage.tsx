import { useParams } from 'react-router';
import { ChallengeResultsView } from '../features/evaluation/components/ChallengeResultsView';

/** /challenges/:id/results — winners, and a submitter's own outcome and feedback. */
export function ChallengeResultsPage() {
  const { id = '' } = useParams();
  return <ChallengeResultsView challengeId={id} />;
}
