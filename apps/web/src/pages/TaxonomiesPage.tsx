import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { useLocalized } from '../app/useLocalized';
import { TaxonomyQueryStatus } from '../features/taxonomies/components/TaxonomyQueryStatus';
import { TermTable } from '../features/taxonomies/components/TermTable';
import { taxonomyPath, useTaxonomies } from '../features/taxonomies/hooks/useTaxonomies';

export function TaxonomiesPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { taxonomies, loading, error, refetch } = useTaxonomies();
  usePageTitle(t('taxonomies.title'));
  return (
    <>
      <h1>{t('taxonomies.title')}</h1>
      <p className="lead">{t('taxonomies.intro')}</p>
      <TaxonomyQueryStatus loading={loading} error={error} onRetry={() => void refetch()} />
      {!loading && !error && !taxonomies.length && (
        <p className="notice">{t('taxonomies.empty')}</p>
      )}
      {taxonomies.map((taxonomy) => {
        const name = localized(taxonomy.name);
        return (
          <section key={taxonomy.key} aria-label={name} className="taxonomy-section">
            <h2>
              <Link to={taxonomyPath(taxonomy.key)}>{name}</Link>
            </h2>
            <TermTable
              caption={t('home.termCount', { count: taxonomy.terms.length })}
              terms={taxonomy.terms}
            />
          </section>
        );
      })}
    </>
  );
}
