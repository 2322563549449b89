import type { ChallengeCardFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../app/i18n';
import { pickLocalized } from '../lib/localized-text';
import { Deadline } from './Deadline';
import { Reward } from './Reward';
import { StatusBadge } from './StatusBadge';

/** One challenge in a list: title (a link), owner, status, deadline, reward, summary. */
export function ChallengeCard({ challenge }: { challenge: ChallengeCardFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const title = pickLocalized(challenge.title, locale);
  const summary = pickLocalized(challenge.summary, locale);
  return (
    <li className="card">
      <h2 className="card-title">
        <Link to={`/challenges/${challenge.id}`} lang={title.lang}>
          {title.text || t('challenges.untitled')}
        </Link>
      </h2>
      <p className="card-meta">
        {challenge.owner.displayName} · <StatusBadge status={challenge.status} />
      </p>
      <dl className="facts">
        <dt>{t('challenges.deadline')}</dt>
        <dd>
          <Deadline deadline={challenge.deadline} />
        </dd>
        <dt>{t('challenges.reward')}</dt>
        <dd>
          <Reward
            type={challenge.rewardType}
            amount={challenge.rewardAmount}
            currency={challenge.rewardCurrency}
          />
        </dd>
      </dl>
      {summary.text && <p lang={summary.lang}>{summary.text}</p>}
    </li>
  );
}
