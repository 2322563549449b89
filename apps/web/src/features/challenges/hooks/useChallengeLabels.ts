import {
  CHALLENGE_ACTION_LABELS,
  CHALLENGE_STATUS_LABELS,
  CHALLENGE_VISIBILITY_LABELS,
  REWARD_TYPE_LABELS,
  type ChallengeAction as DomainAction,
  type ChallengeStatus as DomainStatus,
  type ChallengeVisibility as DomainVisibility,
  type RewardType as DomainReward,
} from '@oip/domain';
import type {
  ChallengeAction,
  ChallengeStatus,
  ChallengeVisibility,
  RewardType,
} from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n';

/** GraphQL enums are the domain codes in upper case: the labels come from @oip/domain. */
export function useChallengeLabels() {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return {
    locale,
    status: (value: ChallengeStatus) =>
      CHALLENGE_STATUS_LABELS[value.toLowerCase() as DomainStatus][locale],
    action: (value: ChallengeAction) =>
      CHALLENGE_ACTION_LABELS[value.toLowerCase() as DomainAction][locale],
    reward: (value: RewardType) => REWARD_TYPE_LABELS[value.toLowerCase() as DomainReward][locale],
    visibility: (value: ChallengeVisibility) =>
      CHALLENGE_VISIBILITY_LABELS[value.toLowerCase() as DomainVisibility][locale],
  };
}
