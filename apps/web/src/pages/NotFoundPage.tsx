import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="error-page">
      <h1>{t('notFound.title')}</h1>
      <p>{message ?? t('notFound.body')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </div>
  );
}
