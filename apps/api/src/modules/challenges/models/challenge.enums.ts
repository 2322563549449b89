import { registerEnumType } from '@nestjs/graphql';
import {
  CHALLENGE_ACTIONS,
  CHALLENGE_STATUSES,
  CHALLENGE_VISIBILITIES,
  REWARD_TYPES,
  type ChallengeAction,
  type ChallengeStatus,
  type ChallengeVisibility,
  type RewardType,
} from '@oip/domain';

/** GraphQL enum values are the domain codes in upper case (DRAFT ↔ 'draft'). */
function upperCaseEnum<T extends string>(codes: readonly T[]) {
  return Object.fromEntries(codes.map((code) => [code.toUpperCase(), code])) as Record<
    Uppercase<T>,
    T
  >;
}

export const ChallengeStatusEnum = upperCaseEnum<ChallengeStatus>(CHALLENGE_STATUSES);
registerEnumType(ChallengeStatusEnum, { name: 'ChallengeStatus' });

export const ChallengeActionEnum = upperCaseEnum<ChallengeAction>(CHALLENGE_ACTIONS);
registerEnumType(ChallengeActionEnum, { name: 'ChallengeAction' });

export const RewardTypeEnum = upperCaseEnum<RewardType>(REWARD_TYPES);
registerEnumType(RewardTypeEnum, { name: 'RewardType' });

export const ChallengeVisibilityEnum = upperCaseEnum<ChallengeVisibility>(CHALLENGE_VISIBILITIES);
registerEnumType(ChallengeVisibilityEnum, {
  name: 'ChallengeVisibility',
  valuesMap: {
    PUBLIC: { description: 'Anyone, signed in or not (once published)' },
    MEMBERS: { description: 'Signed-in people' },
    INVITED: { description: 'Members of the invited organisations' },
  },
});

export const CHALLENGE_SORTS = ['deadline_asc', 'newest', 'relevance'] as const;
export type ChallengeSort = (typeof CHALLENGE_SORTS)[number];
export const ChallengeSortEnum = upperCaseEnum<ChallengeSort>(CHALLENGE_SORTS);
registerEnumType(ChallengeSortEnum, {
  name: 'ChallengeSort',
  valuesMap: { RELEVANCE: { description: 'Best match first; only when searching' } },
});
