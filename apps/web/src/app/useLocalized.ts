import type { LocalizedText } from '@oip/domain';
import { useTranslation } from 'react-i18next';
import { currentLocale } from './i18n';

/** Picks the current language's text out of a { it, en } value from the API. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (text: Pick<LocalizedText, 'it' | 'en'> | null | undefined) => (text ? text[locale] : '');
}
