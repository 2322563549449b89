import { useMutation, useQuery } from '@apollo/client/react';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage, errorView } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../features/accounts/hooks/useMe';
import { FormError } from '../features/accounts/components/FormError';
import { Button, QueryStatus } from '../ui';

/** Opened from an invitation mail: shows who invites to what, then joins (after signing in). */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitations.acceptTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { me } = useMe();
  const preview = useQuery(InvitationPreviewDocument, { variables: { token }, skip: !token });
  const [accept, accepting] = useMutation(AcceptInvitationDocument);
  const invitation = preview.data?.invitation;
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`;

  const join = async () => {
    const result = await accept({ variables: { token } }).catch(() => null);
    if (result?.data) void navigate(`/organisations/${result.data.acceptInvitation.id}`);
  };

  return (
    <section className="narrow">
      <h1>{t('invitations.acceptTitle')}</h1>
      {preview.loading && (
        <QueryStatus
          loading
          error={null}
          loadingText={t('common.loading')}
          errorText=""
          retryText=""
          onRetry={() => undefined}
        />
      )}
      {(preview.error || !token) && (
        <div className="notice notice-error" role="alert">
          {token ? errorMessage(t, errorView(preview.error)) : t('errors.TOKEN_INVALID')}
        </div>
      )}
      {invitation && (
        <>
          <p>
            {t('invitations.preview', {
              inviter: invitation.inviterName ?? '—',
              organisation: invitation.organisation.displayName,
              role: t(`organisations.role.${invitation.role}`),
              email: invitation.email,
            })}
          </p>
          <FormError message={errorMessage(t, errorView(accepting.error))} />
          {me ? (
            <Button onClick={() => void join()} disabled={accepting.loading}>
              {t('invitations.accept')}
            </Button>
          ) : (
            <p>
              {t('invitations.signInFirst')}{' '}
              <Link to={`/sign-in?returnTo=${encodeURIComponent(here)}`}>{t('signIn.title')}</Link>{' '}
              · <Link to="/sign-up">{t('signUp.title')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
