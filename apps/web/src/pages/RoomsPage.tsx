import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { CommunityRoomList, MyRoomList } from '../features/rooms/components/RoomList';
import '../features/rooms/rooms.css';

/** The viewer's rooms with unread counts, and the community rooms to join. */
export function RoomsPage() {
  const { t } = useTranslation();
  usePageTitle(t('rooms.title'));
  return (
    <article>
      <h1>{t('rooms.title')}</h1>
      <p>{t('rooms.intro')}</p>
      <RequireSignIn>
        {() => (
          <>
            <section aria-labelledby="my-rooms">
              <h2 id="my-rooms">{t('rooms.mine')}</h2>
              <MyRoomList />
            </section>
            <section aria-labelledby="community-rooms">
              <h2 id="community-rooms">{t('rooms.community')}</h2>
              <CommunityRoomList />
            </section>
          </>
        )}
      </RequireSignIn>
    </article>
  );
}
