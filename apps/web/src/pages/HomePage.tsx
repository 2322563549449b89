import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { IndicatorsTable } from '../features/indicators/components/IndicatorsTable';
import { TaxonomyOverview } from '../features/taxonomies/components/TaxonomyOverview';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle('');
  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </section>
      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('indicators.title')}</h2>
        <p>{t('indicators.intro')}</p>
        <IndicatorsTable />
      </section>
      <section aria-labelledby="taxonomies-heading">
        <h2 id="taxonomies-heading">{t('home.taxonomiesTitle')}</h2>
        <p>{t('home.taxonomiesIntro')}</p>
        <TaxonomyOverview />
      </section>
    </>
  );
}
