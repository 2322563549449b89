import { useMutation } from '@apollo/client/react';
import {
  MeDocument,
  SetPlatformRoleDocument,
  type PlatformAccountsQuery,
  type PlatformRole,
} from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, Select, useToast } from '../../../ui';

type Account = PlatformAccountsQuery['platformAccounts']['nodes'][number];
interface Pending {
  account: Account;
  role: PlatformRole;
}

const ROLES: PlatformRole[] = ['MEMBER', 'MODERATOR', 'ADMIN'];

/**
 * Accounts with a role select per row. Choosing a role asks for confirmation first; the API's
 * refusals (such as the last-admin rule) are shown translated. The select keeps showing the
 * stored role until the change is confirmed and saved.
 */
export function PlatformAccountsTable({
  accounts,
  meId,
}: {
  accounts: readonly Account[];
  meId: string;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [pending, setPending] = useState<Pending | null>(null);
  const [setRole, { loading: saving }] = useMutation(SetPlatformRoleDocument);
  const roleName = (role: PlatformRole) => t(`administration.roles.${role}`);
  const options = ROLES.map((role) => ({ value: role, label: roleName(role) }));
  const date = (value: unknown) => new Date(String(value)).toLocaleDateString(i18n.language);

  const confirm = async () => {
    if (!pending) return;
    const { account, role } = pending;
    try {
      await setRole({
        variables: { userId: account.id, role },
        // one's own role changed: the header and this page follow at once
        refetchQueries: account.id === meId ? [MeDocument] : [],
      });
      toast.show(
        t('administration.changed', { name: account.fullName, role: roleName(role) }),
        'success',
      );
    } catch (error) {
      toast.show(errorMessage(t, errorView(error)) ?? t('errors.INTERNAL_SERVER_ERROR'), 'error');
    } finally {
      setPending(null);
    }
  };

  return (
    <>
      <div className="table-scroll">
        <table className="term-table account-table">
          <caption>{t('administration.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('administration.name')}</th>
              <th scope="col">{t('administration.email')}</th>
              <th scope="col">{t('administration.role')}</th>
              <th scope="col">{t('administration.createdAt')}</th>
              <th scope="col">{t('administration.verified')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.fullName}</th>
                <td>{account.email}</td>
                <td>
                  <Select
                    hideLabel
                    label={t('administration.roleOf', { name: account.fullName })}
                    options={options}
                    value={account.role}
                    onChange={(event) =>
                      setPending({ account, role: event.target.value as PlatformRole })
                    }
                  />
                </td>
                <td>{date(account.createdAt)}</td>
                <td>{account.emailVerified ? t('administration.yes') : t('administration.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog
        open={pending !== null}
        title={pending ? t('administration.confirmTitle', { name: pending.account.fullName }) : ''}
        onClose={() => setPending(null)}
        actions={
          <Button variant="danger" onClick={() => void confirm()} disabled={saving}>
            {t('common.confirm')}
          </Button>
        }
      >
        {pending &&
          t('administration.confirmBody', {
            name: pending.account.fullName,
            from: roleName(pending.account.role),
            to: roleName(pending.role),
          })}
      </Dialog>
    </>
  );
}
