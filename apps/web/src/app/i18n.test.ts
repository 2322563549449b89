import { en } from './locales/en';
import { it as italian } from './locales/it';
import { createI18n, LANGUAGE_STORAGE_KEY } from './i18n';

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('i18n', () => {
  beforeEach(() => localStorage.clear());

  it('has every string in both languages, none empty', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(italian).sort());
    for (const messages of [en, italian]) {
      for (const key of keysOf(messages)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(String(value).trim()).not.toBe('');
      }
    }
  });

  it('starts in Italian and sets the document language', () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('it');
    expect(document.documentElement.lang).toBe('it');
    expect(i18n.t('errors.NOT_FOUND')).toBe('Elemento non trovato.');
  });

  it('remembers the chosen language', async () => {
    const first = createI18n();
    await first.changeLanguage('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    const next = createI18n();
    expect(next.language).toBe('en');
    expect(next.t('errors.NOT_FOUND')).toBe('Not found.');
  });

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(createI18n().language).toBe('it');
  });
});
