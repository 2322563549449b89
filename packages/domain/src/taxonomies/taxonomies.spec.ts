import { LOCALES } from '../i18n.js';
import { TAXONOMIES, TAXONOMY_KEYS } from './index.js';

describe('taxonomies', () => {
  it('define every taxonomy key exactly once', () => {
    expect(TAXONOMIES.map((t) => t.key).sort()).toEqual([...TAXONOMY_KEYS].sort());
  });

  it('have the sizes of the Lombardy defaults', () => {
    const size = Object.fromEntries(TAXONOMIES.map((t) => [t.key, t.terms.length]));
    expect(size).toEqual({
      organisation_kind: 9,
      s3_ecosystem: 8,
      province: 12,
      ateco_section: 21,
      trl: 9,
      partnership_type: 7,
    });
  });

  it.each(TAXONOMIES.map((t) => [t.key, t] as const))(
    '%s has unique codes and a non-empty label in every language',
    (_key, taxonomy) => {
      const codes = taxonomy.terms.map((term) => term.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const term of taxonomy.terms) {
        for (const locale of LOCALES) {
          expect(term.label[locale].trim()).not.toBe('');
          if (term.description) expect(term.description[locale].trim()).not.toBe('');
        }
      }
    },
  );
});
