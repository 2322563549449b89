import { useMutation } from '@apollo/client/react';
import {
  ChangeMemberRoleDocument,
  LeaveOrganisationDocument,
  RemoveMemberDocument,
  TransferOwnershipDocument,
  type OrganisationQuery,
  type OrganisationRole,
} from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, Select, useToast } from '../../../ui';

type Organisation = NonNullable<OrganisationQuery['organisation']>;
type Pending = { kind: 'remove' | 'leave' | 'transfer'; personId: string; name: string } | null;

/**
 * Members with their roles. Owners and admins change roles and remove members; everyone may
 * leave; owners hand over ownership. Destructive actions ask for confirmation first; refusals
 * (such as the last-owner rule) are shown translated.
 */
export function MemberList({
  organisation,
  meId,
  onChanged,
}: {
  organisation: Organisation;
  meId: string | null;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [pending, setPending] = useState<Pending>(null);
  const [changeRole] = useMutation(ChangeMemberRoleDocument);
  const [remove] = useMutation(RemoveMemberDocument);
  const [leave] = useMutation(LeaveOrganisationDocument);
  const [transfer] = useMutation(TransferOwnershipDocument);
  const manage = organisation.myRole === 'OWNER' || organisation.myRole === 'ADMIN';
  const owner = organisation.myRole === 'OWNER';
  const roles = (['OWNER', 'ADMIN', 'MEMBER'] as const).map((role) => ({
    value: role,
    label: t(`organisations.role.${role}`),
  }));
  const organisationId = organisation.id;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      toast.show(done, 'success');
      onChanged();
    } catch (error) {
      toast.show(errorMessage(t, errorView(error)) ?? t('errors.INTERNAL_SERVER_ERROR'), 'error');
    } finally {
      setPending(null);
    }
  };
  const confirm = () => {
    if (!pending) return;
    const variables = { organisationId, userId: pending.personId };
    if (pending.kind === 'remove')
      void run(() => remove({ variables }), t('members.removed', { name: pending.name }));
    if (pending.kind === 'leave')
      void run(() => leave({ variables: { organisationId } }), t('members.left'));
    if (pending.kind === 'transfer')
      void run(() => transfer({ variables }), t('members.transferred', { name: pending.name }));
  };

  return (
    <>
      <ul className="member-list">
        {organisation.members.map((member) => {
          const self = member.person.id === meId;
          return (
            <li key={member.person.id} className="member-row">
              <span>
                {member.person.fullName} — {t(`organisations.role.${member.role}`)}
              </span>
              {manage && !self && (
                <>
                  <Select
                    label={t('members.roleOf', { name: member.person.fullName })}
                    options={roles}
                    value={member.role}
                    onChange={(e) =>
                      void run(
                        () =>
                          changeRole({
                            variables: {
                              organisationId,
                              userId: member.person.id,
                              role: e.target.value as OrganisationRole,
                            },
                          }),
                        t('members.roleChanged'),
                      )
                    }
                  />
                  <Button
                    variant="secondary"
                    onClick={() =>
                      setPending({
                        kind: 'remove',
                        personId: member.person.id,
                        name: member.person.fullName,
                      })
                    }
                  >
                    {t('members.remove', { name: member.person.fullName })}
                  </Button>
                </>
              )}
              {owner && !self && (
                <Button
                  variant="secondary"
                  onClick={() =>
                    setPending({
                      kind: 'transfer',
                      personId: member.person.id,
                      name: member.person.fullName,
                    })
                  }
                >
                  {t('members.transfer', { name: member.person.fullName })}
                </Button>
              )}
              {self && (
                <Button
                  variant="secondary"
                  onClick={() =>
                    setPending({
                      kind: 'leave',
                      personId: member.person.id,
                      name: member.person.fullName,
                    })
                  }
                >
                  {t('members.leave')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <Dialog
        open={pending !== null}
        title={pending ? t(`members.confirm.${pending.kind}`, { name: pending.name }) : ''}
        onClose={() => setPending(null)}
        actions={
          <Button variant="danger" onClick={confirm}>
            {t('common.confirm')}
          </Button>
        }
      >
        {pending &&
          t(`members.confirmBody.${pending.kind}`, {
            name: pending.name,
            organisation: organisation.displayName,
          })}
      </Dialog>
    </>
  );
}
