import { useMutation } from '@apollo/client/react';
import { OpenDirectRoomDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, useToast } from '../../../ui';
import { useMe } from '../../accounts/hooks/useMe';

/** "Send a message": opens (or reopens) the direct room with this person. */
export function MessagePersonButton({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const navigate = useNavigate();
  const toast = useToast();
  const [open, { loading }] = useMutation(OpenDirectRoomDocument);
  if (!me || me.id === userId) return null;
  return (
    <Button
      variant="secondary"
      disabled={loading}
      onClick={() =>
        void open({ variables: { userId } }).then(
          (result) => navigate(`/rooms/${result.data!.openDirectRoom.id}`),
          () => toast.show(t('errors.INTERNAL_SERVER_ERROR'), 'error'),
        )
      }
    >
      {t('rooms.messagePerson', { name })}
    </Button>
  );
}
