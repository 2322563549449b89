import { useQuery } from '@apollo/client/react';
import { PeopleDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { PersonCard } from '../features/people/components/PersonCard';
import { Button, ListResults, TextField } from '../ui';

/** The people directory: full-text search and an expertise filter, keyset "show more". */
export function PeoplePage() {
  const { t } = useTranslation();
  usePageTitle(t('people.title'));
  const [draft, setDraft] = useState({ query: '', expertise: '' });
  const [applied, setApplied] = useState(draft);
  const filter = {
    ...(applied.query.trim() ? { query: applied.query.trim() } : {}),
    ...(applied.expertise.trim() ? { expertise: [applied.expertise.trim()] } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(PeopleDocument, {
    variables: { filter, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.people;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };
  const more = () =>
    void fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        people: {
          ...fetchMoreResult.people,
          nodes: [...previous.people.nodes, ...fetchMoreResult.people.nodes],
        },
      }),
    });
  return (
    <>
      <h1>{t('people.title')}</h1>
      <p className="lead">{t('people.intro')}</p>
      <form
        role="search"
        aria-label={t('people.searchLabel')}
        onSubmit={submit}
        className="filters"
      >
        <TextField
          label={t('organisations.search')}
          type="search"
          value={draft.query}
          onChange={(e) => setDraft({ ...draft, query: e.target.value })}
        />
        <TextField
          label={t('people.expertise')}
          value={draft.expertise}
          onChange={(e) => setDraft({ ...draft, expertise: e.target.value })}
        />
        <Button type="submit">{t('organisations.apply')}</Button>
      </form>
      <ListResults
        page={page}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        onMore={more}
        shownText={t('people.shown', { count: page?.nodes.length ?? 0 })}
        emptyText={t('people.none')}
        moreText={t('organisations.more')}
      >
        <ul className="card-grid" aria-label={t('organisations.results')}>
          {page?.nodes.map((person) => (
            <PersonCard key={person.id} person={person} />
          ))}
        </ul>
      </ListResults>
    </>
  );
}
