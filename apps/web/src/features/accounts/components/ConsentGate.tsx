import { Navigate, useLocation } from 'react-router';
import { useMe } from '../hooks/useMe';

/** Someone signed in who has not accepted the current terms (e.g. after SSO) goes to /consent first. */
export function ConsentGate() {
  const { me } = useMe();
  const location = useLocation();
  if (!me || me.consentsComplete || location.pathname === '/consent') return null;
  return (
    <Navigate
      to={`/consent?returnTo=${encodeURIComponent(location.pathname + location.search)}`}
      replace
    />
  );
}
