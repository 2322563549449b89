import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Why something needs an organisation (`text`), and the two ways to get one: create it, or
 * find it in the directory and ask to join.
 */
export function NoOrganisationNotice({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <p>{text}</p>
      <ul>
        <li>
          <Link to="/organisations/new">{t('organisations.noneYet.create')}</Link>
        </li>
        <li>
          <Link to="/organisations">{t('organisations.noneYet.join')}</Link>
        </li>
      </ul>
    </div>
  );
}
