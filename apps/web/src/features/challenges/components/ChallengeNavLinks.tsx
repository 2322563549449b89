import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../accounts/hooks/useMe';
import { isModerator } from './RequireModerator';

/** The main navigation's "Challenges", and "Review queue" for moderators. */
export function ChallengeNavLinks() {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <>
      <li>
        <NavLink to="/challenges">{t('challenges.nav')}</NavLink>
      </li>
      {isModerator(me) && (
        <li>
          <NavLink to="/moderation/challenges">{t('challenges.moderation.nav')}</NavLink>
        </li>
      )}
    </>
  );
}
