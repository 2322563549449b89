import type { TaxonomyKey } from '@oip/graphql';
import { useLocalized } from '../../../app/useLocalized';
import { useTaxonomies } from './useTaxonomies';

/** The terms of one taxonomy as select options, labelled in the current language. */
export function useTaxonomyOptions(key: TaxonomyKey) {
  const localized = useLocalized();
  const { taxonomies } = useTaxonomies();
  const taxonomy = taxonomies.find((item) => item.key === key);
  return (taxonomy?.terms ?? []).map((term) => ({
    value: term.code,
    label: localized(term.label),
  }));
}

/** The label of one term (falls back to its code while taxonomies load). */
export function useTermLabel(key: TaxonomyKey) {
  const options = useTaxonomyOptions(key);
  return (code: string | null | undefined) =>
    code ? (options.find((o) => o.value === code)?.label ?? code) : '';
}
