import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../app/useLocalized';
import type { TermItem } from '../hooks/useTaxonomies';

/** The terms of one taxonomy as a table; the description column only when some term has one. */
export function TermTable({ caption, terms }: { caption: string; terms: readonly TermItem[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const withDescription = terms.some((term) => term.description);
  return (
    <table className="term-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('taxonomies.code')}</th>
          <th scope="col">{t('taxonomies.label')}</th>
          {withDescription && <th scope="col">{t('taxonomies.description')}</th>}
        </tr>
      </thead>
      <tbody>
        {terms.map((term) => (
          <tr key={term.id}>
            <td>
              <code>{term.code}</code>
            </td>
            <th scope="row">{localized(term.label)}</th>
            {withDescription && <td>{localized(term.description)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
