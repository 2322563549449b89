import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';

export function AccessibilityPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessibility.title'));
  return (
    <>
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.body')}</p>
    </>
  );
}
