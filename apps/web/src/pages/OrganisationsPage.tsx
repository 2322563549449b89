import { useQuery } from '@apollo/client/react';
import { OrganisationsDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../features/accounts/hooks/useMe';
import { OrganisationCard } from '../features/organisations/components/OrganisationCard';
import { useTaxonomyOptions } from '../features/taxonomies/hooks/useTaxonomyOptions';
import { Button, ListResults, Select, TextField } from '../ui';

const PAGE_SIZE = 20;

interface Filters {
  query: string;
  kind: string;
  province: string;
  ecosystem: string;
  competence: string;
  trl: string;
}
const EMPTY: Filters = {
  query: '',
  kind: '',
  province: '',
  ecosystem: '',
  competence: '',
  trl: '',
};

/** The directory: search and filters, 20 per page, "show more" follows the keyset cursor. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.title'));
  const { me } = useMe();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const any = { value: '', label: t('organisations.any') };
  const kinds = [any, ...useTaxonomyOptions('ORGANISATION_KIND')];
  const provinces = [any, ...useTaxonomyOptions('PROVINCE')];
  const ecosystems = [any, ...useTaxonomyOptions('S3_ECOSYSTEM')];
  const filter = {
    ...(applied.query ? { query: applied.query } : {}),
    ...(applied.kind ? { kinds: [applied.kind] } : {}),
    ...(applied.province ? { provinces: [applied.province] } : {}),
    ...(applied.ecosystem ? { s3Ecosystems: [applied.ecosystem] } : {}),
    ...(applied.competence.trim() ? { competences: [applied.competence.trim()] } : {}),
    ...(applied.trl ? { trlAtLeast: Number(applied.trl) } : {}),
  };
  const trlOptions = [
    any,
    ...['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((value) => ({
      value,
      label: `TRL ${value}`,
    })),
  ];
  const { data, loading, error, refetch, fetchMore } = useQuery(OrganisationsDocument, {
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.organisations;

  const search = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };
  const more = () =>
    void fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        organisations: {
          ...fetchMoreResult.organisations,
          nodes: [...previous.organisations.nodes, ...fetchMoreResult.organisations.nodes],
        },
      }),
    });

  return (
    <>
      <h1>{t('organisations.title')}</h1>
      <p className="lead">{t('organisations.intro')}</p>
      {me && (
        <p>
          <Link className="btn btn-primary" to="/organisations/new">
            {t('organisations.create')}
          </Link>
        </p>
      )}
      <form
        role="search"
        aria-label={t('organisations.searchLabel')}
        onSubmit={search}
        className="filters"
      >
        <TextField
          label={t('organisations.search')}
          type="search"
          value={draft.query}
          onChange={(e) => setDraft({ ...draft, query: e.target.value })}
        />
        <Select
          label={t('organisations.kind')}
          options={kinds}
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
        />
        <Select
          label={t('organisations.province')}
          options={provinces}
          value={draft.province}
          onChange={(e) => setDraft({ ...draft, province: e.target.value })}
        />
        <Select
          label={t('organisations.ecosystem')}
          options={ecosystems}
          value={draft.ecosystem}
          onChange={(e) => setDraft({ ...draft, ecosystem: e.target.value })}
        />
        <TextField
          label={t('organisations.competence')}
          value={draft.competence}
          onChange={(e) => setDraft({ ...draft, competence: e.target.value })}
        />
        <Select
          label={t('organisations.trlAtLeast')}
          options={trlOptions}
          value={draft.trl}
          onChange={(e) => setDraft({ ...draft, trl: e.target.value })}
        />
        <Button type="submit">{t('organisations.apply')}</Button>
      </form>
      <ListResults
        page={page}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        onMore={more}
        shownText={t('organisations.shown', { count: page?.nodes.length ?? 0 })}
        emptyText={t('organisations.none')}
        moreText={t('organisations.more')}
      >
        <ul className="card-grid" aria-label={t('organisations.results')}>
          {page?.nodes.map((organisation) => (
            <OrganisationCard key={organisation.id} organisation={organisation} />
          ))}
        </ul>
      </ListResults>
    </>
  );
}
