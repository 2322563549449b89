import type { PlatformAccountFilter, PlatformRole } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { PlatformAccountsTable } from '../features/administration/components/PlatformAccountsTable';
import { RequirePlatformAdmin } from '../features/administration/components/RequirePlatformAdmin';
import { usePlatformAccounts } from '../features/administration/hooks/usePlatformAccounts';
import { Button, ListResults, Select, TextField } from '../ui';

/** Administration: every account, searchable and filterable by role; admins change roles. */
export function AdminPeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('administration.title'));
  return (
    <RequirePlatformAdmin title={t('administration.title')}>
      {(me) => <AccountAdministration meId={me.id} />}
    </RequirePlatformAdmin>
  );
}

function AccountAdministration({ meId }: { meId: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ query: '', role: '' });
  const [filter, setFilter] = useState<PlatformAccountFilter>({});
  const { page, loading, error, refetch, loadMore } = usePlatformAccounts(filter);
  const roles = [
    { value: '', label: t('administration.allRoles') },
    ...(['MEMBER', 'MODERATOR', 'ADMIN'] as const).map((role) => ({
      value: role,
      label: t(`administration.roles.${role}`),
    })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      ...(draft.query.trim() ? { query: draft.query.trim() } : {}),
      ...(draft.role ? { role: draft.role as PlatformRole } : {}),
    });
  };

  return (
    <>
      <h1>{t('administration.title')}</h1>
      <p className="lead">{t('administration.intro')}</p>
      <form
        role="search"
        aria-label={t('administration.searchLabel')}
        onSubmit={submit}
        className="filters"
      >
        <TextField
          label={t('administration.search')}
          type="search"
          value={draft.query}
          onChange={(e) => setDraft({ ...draft, query: e.target.value })}
        />
        <Select
          label={t('administration.roleFilter')}
          options={roles}
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.target.value })}
        />
        <Button type="submit">{t('administration.apply')}</Button>
      </form>
      <ListResults
        page={page}
        loading={loading}
        error={error}
        onRetry={refetch}
        onMore={loadMore}
        shownText={t('administration.shown', { count: page?.nodes.length ?? 0 })}
        emptyText={t('administration.none')}
        moreText={t('administration.more')}
      >
        <PlatformAccountsTable accounts={page?.nodes ?? []} meId={meId} />
      </ListResults>
    </>
  );
}
