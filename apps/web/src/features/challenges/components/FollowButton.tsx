import { useMutation } from '@apollo/client/react';
import { FollowChallengeDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Button, useToast } from '../../../ui';
import { challengeErrorMessage } from '../lib/challenge-errors';

/** Follow / unfollow: a toggle button whose pressed state is the stored one. */
export function FollowButton({ id, follows }: { id: string; follows: boolean }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [follow, { loading }] = useMutation(FollowChallengeDocument);
  const toggle = async () => {
    try {
      await follow({ variables: { id, follow: !follows }, refetchQueries: ['FollowedChallenges'] });
      toast.show(follows ? t('challenges.unfollowed') : t('challenges.followed'), 'success');
    } catch (error) {
      toast.show(challengeErrorMessage(t, i18n.language, error), 'error');
    }
  };
  return (
    <Button
      variant="secondary"
      aria-pressed={follows}
      disabled={loading}
      onClick={() => void toggle()}
    >
      {t('challenges.follow')}
    </Button>
  );
}
