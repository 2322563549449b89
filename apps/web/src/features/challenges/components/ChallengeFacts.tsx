import type { ChallengeQuery } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTermLabel } from '../../taxonomies/hooks/useTaxonomyOptions';
import { useChallengeLabels } from '../hooks/useChallengeLabels';
import { Deadline } from './Deadline';
import { Reward } from './Reward';

/** The metadata of a challenge as a definition list. */
export function ChallengeFacts({ challenge }: { challenge: ChallengeQuery['challenge'] }) {
  const { t } = useTranslation();
  const labels = useChallengeLabels();
  const ecosystem = useTermLabel('S3_ECOSYSTEM');
  const kind = useTermLabel('ORGANISATION_KIND');
  const trl =
    challenge.trlMin != null || challenge.trlMax != null
      ? `${challenge.trlMin ?? 1}–${challenge.trlMax ?? 9}`
      : null;
  return (
    <dl className="facts">
      <dt>{t('challenges.owner')}</dt>
      <dd>
        <Link to={`/organisations/${challenge.owner.id}`}>{challenge.owner.displayName}</Link>
      </dd>
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
      <dt>{t('challenges.visibility')}</dt>
      <dd>{labels.visibility(challenge.visibility)}</dd>
      {challenge.s3Ecosystems.length > 0 && (
        <>
          <dt>{t('challenges.ecosystems')}</dt>
          <dd>{challenge.s3Ecosystems.map(ecosystem).join(', ')}</dd>
        </>
      )}
      {challenge.soughtPartnerKinds.length > 0 && (
        <>
          <dt>{t('challenges.soughtPartnerKinds')}</dt>
          <dd>{challenge.soughtPartnerKinds.map(kind).join(', ')}</dd>
        </>
      )}
      {trl && (
        <>
          <dt>{t('challenges.trlRange')}</dt>
          <dd>TRL {trl}</dd>
        </>
      )}
      {challenge.tags.length > 0 && (
        <>
          <dt>{t('challenges.tags')}</dt>
          <dd>{challenge.tags.join(', ')}</dd>
        </>
      )}
    </dl>
  );
}
