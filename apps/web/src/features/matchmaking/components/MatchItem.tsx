import type { MatchFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../app/i18n';
import { Button } from '../../../ui';
import { MatchInterest } from '../../partnerships/components/MatchInterest';
import { targetPath, type MatchSource } from '../lib/match-source';

export interface MatchItemProps {
  match: MatchFieldsFragment;
  /** What the matches were asked for (an "Express interest" starts from it). */
  source: MatchSource;
  /** The best score of the list: the bar is relative to it (scores have no fixed maximum). */
  bestScore: number;
  onDismiss: (match: MatchFieldsFragment) => void;
}

/**
 * One match: its target, kind, score and "Why this match", with "Express interest" (for
 * organisations' admins) and "Not relevant" buttons.
 */
export function MatchItem({ match, source, bestScore, onDismiss }: MatchItemProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const title = (locale === 'en' ? match.titleEn : match.titleIt) || match.titleIt || match.titleEn;
  const relative = bestScore > 0 ? Math.max(0, Math.round((match.score / bestScore) * 100)) : 0;
  const reasons = match.reasons[locale];
  return (
    <li className="card match-item">
      <h3>
        <Link to={targetPath(match)}>{title}</Link>
      </h3>
      <p className="card-meta">
        {t(`matchmaking.kind.${match.targetType}`)}
        {match.targetType !== 'ORGANISATION' && <> · {match.organisationName}</>}
      </p>
      <p className="match-score">
        <span className="match-bar" aria-hidden="true">
          <span style={{ width: `${relative}%` }} />
        </span>{' '}
        {t('matchmaking.score', { score: match.score.toFixed(1), relative })}
      </p>
      {reasons.length > 0 && (
        <>
          <h4>{t('matchmaking.why')}</h4>
          <ul className="match-reasons">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      <div className="action-bar">
        <MatchInterest match={match} source={source} title={title} />
        <Button variant="secondary" onClick={() => onDismiss(match)}>
          {t('matchmaking.dismiss')}
          <span className="visually-hidden">: {title}</span>
        </Button>
      </div>
    </li>
  );
}
