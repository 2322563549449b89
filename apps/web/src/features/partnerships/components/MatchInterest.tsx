import type { MatchFieldsFragment } from '@oip/graphql';
import { interestFromMatch, type InterestSource } from '../lib/interest-target';
import { ExpressInterestButton } from './ExpressInterestButton';

/** "Express interest" on a match, when a partnership request can follow from it. */
export function MatchInterest({
  match,
  source,
  title,
}: {
  match: MatchFieldsFragment;
  source: InterestSource;
  /** The match's title in the current language. */
  title: string;
}) {
  const target = interestFromMatch(match, source);
  return target ? <ExpressInterestButton target={target} itemTitle={title} /> : null;
}
