import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page has its own document title (WCAG 2.4.2), in the current language. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
