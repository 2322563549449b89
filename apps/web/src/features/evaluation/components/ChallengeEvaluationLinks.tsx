import { useQuery } from '@apollo/client/react';
import { EvaluationAccessDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * For the challenge page: a link to the evaluation board for the owner's admins and the
 * evaluators (asked of the API, which refuses everyone else), and to the results once the
 * challenge is awarded. Renders nothing for anyone else.
 */
export function ChallengeEvaluationLinks({
  challengeId,
  status,
  signedIn,
}: {
  challengeId: string;
  /** The challenge's status as the API spells it (AWARDED, …). */
  status: string;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(EvaluationAccessDocument, {
    variables: { challengeId },
    skip: !signedIn,
    errorPolicy: 'all',
  });
  const board = data?.evaluationBoard;
  const showResults = status === 'AWARDED' || status === 'ARCHIVED';
  if (!board && !showResults) return null;
  return (
    <nav aria-label={t('evaluation.links.label')}>
      <ul className="chips">
        {board && (
          <li>
            <Link to={`/challenges/${challengeId}/evaluation`}>
              {board.viewerManages ? t('evaluation.links.manage') : t('evaluation.links.evaluate')}
            </Link>
          </li>
        )}
        {showResults && (
          <li>
            <Link to={`/challenges/${challengeId}/results`}>{t('evaluation.links.results')}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
