import type { RewardType } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { useChallengeLabels } from '../hooks/useChallengeLabels';

/** "Prize · €50,000": the type, and the amount when there is one. */
export function Reward({
  type,
  amount,
  currency,
}: {
  type: RewardType;
  amount: number | null | undefined;
  currency: string;
}) {
  const { i18n } = useTranslation();
  const labels = useChallengeLabels();
  let money = '';
  if (amount != null) {
    try {
      money = new Intl.NumberFormat(i18n.language, {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(amount);
    } catch {
      money = `${amount} ${currency}`; // an unknown currency code
    }
  }
  return <>{[labels.reward(type), money].filter(Boolean).join(' · ')}</>;
}
