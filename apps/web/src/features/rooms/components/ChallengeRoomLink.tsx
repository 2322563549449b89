import { useMutation } from '@apollo/client/react';
import { OpenChallengeRoomDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, useToast } from '../../../ui';

/**
 * The challenge's live Q&A room: a link once it is open; before that, a button for those who
 * may open it (the owner organisation's owners and admins, platform staff); nothing otherwise.
 */
export function ChallengeRoomLink({
  challenge,
}: {
  challenge: { id: string; qaRoomId: string | null; viewerCanOpenQaRoom: boolean };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const [open, { loading }] = useMutation(OpenChallengeRoomDocument);
  if (challenge.qaRoomId)
    return (
      <Link className="btn btn-secondary" to={`/rooms/${challenge.qaRoomId}`}>
        {t('rooms.challengeRoom.enter')}
      </Link>
    );
  if (!challenge.viewerCanOpenQaRoom) return null;
  return (
    <Button
      variant="secondary"
      disabled={loading}
      onClick={() =>
        void open({ variables: { challengeId: challenge.id } }).then(
          (result) => navigate(`/rooms/${result.data!.openChallengeRoom.id}`),
          (error: unknown) =>
            toast.show(
              errorMessage(t, errorView(error)) ?? t('errors.INTERNAL_SERVER_ERROR'),
              'error',
            ),
        )
      }
    >
      {t('rooms.challengeRoom.open')}
    </Button>
  );
}
