import { useMutation, useQuery } from '@apollo/client/react';
import { MySessionsDocument, RevokeSessionDocument, SignOutEverywhereDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { PrivacyActions } from '../features/accounts/components/PrivacyActions';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { Button, Dialog, QueryStatus, useToast } from '../ui';

/** My account: address, active sessions (with revoke / sign out everywhere), consent history. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  return (
    <RequireSignIn>
      {(me) => <AccountDetails email={me.email} verified={me.emailVerified} />}
    </RequireSignIn>
  );
}

function AccountDetails({ email, verified }: { email: string; verified: boolean }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MySessionsDocument);
  const [revoke] = useMutation(RevokeSessionDocument);
  const [signOutEverywhere, { client }] = useMutation(SignOutEverywhereDocument);
  const [confirming, setConfirming] = useState(false);
  const date = (value: unknown) => new Date(String(value)).toLocaleString(i18n.language);

  const revokeOne = async (id: string) => {
    await revoke({ variables: { id } });
    toast.show(t('account.revoked'), 'success');
    await refetch();
  };
  const everywhere = async () => {
    await signOutEverywhere();
    setConfirming(false);
    await navigate('/sign-in');
    await client.resetStore();
  };

  return (
    <>
      <h1>{t('account.title')}</h1>
      <p>
        {email} — {verified ? t('account.verified') : t('account.notVerified')}
      </p>
      <p>
        <Link to="/account/profile">{t('profile.edit')}</Link>
      </p>
      <h2>{t('account.sessions')}</h2>
      <QueryStatus
        loading={loading}
        error={error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={() => void refetch()}
      />
      {data && (
        <ul className="session-list">
          {data.mySessions.map((session) => (
            <li key={session.id} className="card">
              <p>
                <strong>{session.userAgent ?? t('account.unknownDevice')}</strong>
                {session.current && (
                  <span className="badge badge-ok"> {t('account.thisDevice')}</span>
                )}
              </p>
              <p className="card-meta">
                {t('account.lastSeen', { date: date(session.lastSeenAt) })} · {session.ip ?? ''}
              </p>
              {!session.current && (
                <Button variant="secondary" onClick={() => void revokeOne(session.id)}>
                  {t('account.revoke')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t('account.signOutEverywhere')}
      </Button>
      <Dialog
        open={confirming}
        title={t('account.signOutEverywhere')}
        onClose={() => setConfirming(false)}
        actions={
          <Button variant="danger" onClick={() => void everywhere()}>
            {t('account.confirmSignOut')}
          </Button>
        }
      >
        {t('account.signOutEverywhereBody')}
      </Dialog>
      <h2>{t('account.consents')}</h2>
      {data && (
        <ul>
          {data.myConsents.map((consent) => (
            <li key={`${consent.kind}-${consent.version}-${String(consent.givenAt)}`}>
              {t(`account.consentKind.${consent.kind}`)} {consent.version} — {date(consent.givenAt)}
            </li>
          ))}
        </ul>
      )}
      <PrivacyActions />
    </>
  );
}
