import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../../app/useLocalized';
import { taxonomyPath, useTaxonomies } from '../hooks/useTaxonomies';
import { TaxonomyQueryStatus } from './TaxonomyQueryStatus';

const SAMPLE_SIZE = 4;

/** A card per taxonomy: its name, how many terms, the first few, and a link to all of them. */
export function TaxonomyOverview() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { taxonomies, loading, error, refetch } = useTaxonomies();

  if (loading || error)
    return <TaxonomyQueryStatus loading={loading} error={error} onRetry={() => void refetch()} />;
  if (!taxonomies.length) return <p className="notice">{t('taxonomies.empty')}</p>;

  return (
    <ul className="card-grid" aria-label={t('home.taxonomiesTitle')}>
      {taxonomies.map((taxonomy) => {
        const name = localized(taxonomy.name);
        return (
          <li key={taxonomy.key} className="card">
            <h3>{name}</h3>
            <p className="card-meta">{t('home.termCount', { count: taxonomy.terms.length })}</p>
            <ul className="chips">
              {taxonomy.terms.slice(0, SAMPLE_SIZE).map((term) => (
                <li key={term.id} className="chip">
                  {localized(term.label)}
                </li>
              ))}
            </ul>
            <Link to={taxonomyPath(taxonomy.key)} className="card-link">
              {t('home.viewAll', { name })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
