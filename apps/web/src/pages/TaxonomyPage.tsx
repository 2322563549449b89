import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { useLocalized } from '../app/useLocalized';
import { TaxonomyQueryStatus } from '../features/taxonomies/components/TaxonomyQueryStatus';
import { TermTable } from '../features/taxonomies/components/TermTable';
import { useTaxonomies } from '../features/taxonomies/hooks/useTaxonomies';
import { TextField } from '../ui';
import { NotFoundPage } from './NotFoundPage';

/** One taxonomy's terms, filterable by code or by label in either language. */
export function TaxonomyPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const { taxonomies, loading, error, refetch } = useTaxonomies();
  const [query, setQuery] = useState('');
  const taxonomy = taxonomies.find((item) => item.key.toLowerCase() === key.toLowerCase());
  const name = localized(taxonomy?.name);
  usePageTitle(name || t('taxonomies.title'));

  const terms = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    if (!taxonomy || !needle) return taxonomy?.terms ?? [];
    return taxonomy.terms.filter((term) =>
      [term.code, term.label.it, term.label.en, term.description?.it, term.description?.en].some(
        (text) => text?.toLocaleLowerCase().includes(needle),
      ),
    );
  }, [taxonomy, query]);

  if (loading || error)
    return <TaxonomyQueryStatus loading={loading} error={error} onRetry={() => void refetch()} />;
  if (!taxonomy) return <NotFoundPage message={t('taxonomies.notFound')} />;

  return (
    <>
      <p>
        <Link to="/taxonomies">
          <span aria-hidden="true">← </span>
          {t('taxonomies.back')}
        </Link>
      </p>
      <h1>{name}</h1>
      <p className="card-meta">{t('taxonomies.version', { version: taxonomy.version })}</p>
      <TextField
        label={t('taxonomies.filter')}
        hint={t('taxonomies.filterHint')}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p role="status">
        {terms.length
          ? t('home.termCount', { count: terms.length })
          : t('taxonomies.noMatch', { query })}
      </p>
      {terms.length > 0 && <TermTable caption={name} terms={terms} />}
    </>
  );
}
