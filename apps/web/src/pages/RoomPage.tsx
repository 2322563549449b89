import { useParams } from 'react-router';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { RoomView } from '../features/rooms/components/RoomView';
import '../features/rooms/rooms.css';

/** One room, live (/rooms/:id). */
export function RoomPage() {
  const { id } = useParams();
  return (
    <article>
      <RequireSignIn>{(me) => <RoomView key={id} roomId={id!} me={me} />}</RequireSignIn>
    </article>
  );
}
