import { localeFromAcceptLanguage } from './i18n.js';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'it'],
    ['', 'it'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,en;q=0.5,it;q=0.8', 'it'],
    ['fr', 'it'],
    ['EN', 'en'],
    ['en;q=0, it;q=0.1', 'it'],
    ['en;q=0', 'it'],
  ])('%j → %s', (header, locale) => expect(localeFromAcceptLanguage(header)).toBe(locale));
});
