import { useParams } from 'react-router';
import { EvaluationBoardView } from '../features/evaluation/components/EvaluationBoardView';

/** /challenges/:id/evaluation — the evaluation board (evaluators and the owner). */
export function ChallengeEvaluationPage() {
  const { id = '' } = useParams();
  return <EvaluationBoardView challengeId={id} />;
}
