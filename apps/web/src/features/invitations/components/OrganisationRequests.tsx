import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApproveJoinRequestDocument,
  InviteMemberDocument,
  OrganisationRequestsDocument,
  RejectJoinRequestDocument,
  RevokeInvitationDocument,
  type InvitationRole,
} from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { currentLocale } from '../../../app/i18n';
import { Button, Select, TextField, useToast } from '../../../ui';
import { FormError } from '../../accounts/components/FormError';

/** For owners and admins: invite by email, see and revoke invitations, decide join requests. */
export function OrganisationRequests({
  organisationId,
  onMembersChanged,
}: {
  organisationId: string;
  onMembersChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { data, refetch } = useQuery(OrganisationRequestsDocument, {
    variables: { id: organisationId },
  });
  const [invite, inviting] = useMutation(InviteMemberDocument);
  const [revoke] = useMutation(RevokeInvitationDocument);
  const [approve] = useMutation(ApproveJoinRequestDocument);
  const [reject] = useMutation(RejectJoinRequestDocument);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitationRole>('MEMBER');
  const roles = (['MEMBER', 'ADMIN'] as const).map((value) => ({
    value,
    label: t(`organisations.role.${value}`),
  }));
  const organisation = data?.organisation;

  const act = async (action: () => Promise<unknown>, done: string, membersChanged = false) => {
    try {
      await action();
      toast.show(done, 'success');
      await refetch();
      if (membersChanged) onMembersChanged();
    } catch (error) {
      toast.show(errorMessage(t, errorView(error)) ?? '', 'error');
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await invite({
      variables: { organisationId, email, role, locale: currentLocale(i18n.language) },
    }).catch(() => null);
    if (result?.data) {
      toast.show(t('invitations.sent', { email }), 'success');
      setEmail('');
      await refetch();
    }
  };

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invitations.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="filters">
        <FormError message={errorMessage(t, errorView(inviting.error))} />
        <TextField
          label={t('invitations.email')}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Select
          label={t('invitations.role')}
          options={roles}
          value={role}
          onChange={(e) => setRole(e.target.value as InvitationRole)}
        />
        <Button type="submit" disabled={inviting.loading}>
          {t('invitations.send')}
        </Button>
      </form>
      {organisation && organisation.invitations.length > 0 && (
        <>
          <h3>{t('invitations.pending')}</h3>
          <ul>
            {organisation.invitations.map((invitation) => (
              <li key={invitation.id} className="member-row">
                <span>
                  {invitation.email} — {t(`organisations.role.${invitation.role}`)}
                </span>
                <Button
                  variant="secondary"
                  onClick={() =>
                    void act(
                      () => revoke({ variables: { id: invitation.id } }),
                      t('invitations.revoked'),
                    )
                  }
                >
                  {t('invitations.revoke', { email: invitation.email })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {organisation && organisation.joinRequests.length > 0 && (
        <>
          <h3>{t('joinRequests.pending')}</h3>
          <ul>
            {organisation.joinRequests.map((request) => (
              <li key={request.id} className="member-row">
                <span>
                  {request.person.fullName}
                  {request.message ? `: “${request.message}”` : ''}
                </span>
                <Button
                  onClick={() =>
                    void act(
                      () => approve({ variables: { id: request.id } }),
                      t('joinRequests.approved'),
                      true,
                    )
                  }
                >
                  {t('joinRequests.approve', { name: request.person.fullName })}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() =>
                    void act(
                      () => reject({ variables: { id: request.id } }),
                      t('joinRequests.rejected'),
                    )
                  }
                >
                  {t('joinRequests.reject', { name: request.person.fullName })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
