import {
  isHttpUrl,
  isLanguageCode,
  LANGUAGE_CODES,
  normaliseLanguages,
  textLength,
} from './people.js';

describe('people', () => {
  it('knows the 183 ISO 639-1 codes', () => {
    expect(LANGUAGE_CODES).toHaveLength(183);
    expect(new Set(LANGUAGE_CODES).size).toBe(183);
    for (const code of ['it', 'en', 'de', 'fr', 'es', 'zh', 'sl'])
      expect(isLanguageCode(code)).toBe(true);
    for (const code of ['', 'xx', 'ita', 'IT', 'en-GB', 'lmo'])
      expect(isLanguageCode(code)).toBe(false);
  });

  it('normalises language codes: trimmed, lower case, once each, in order', () => {
    expect(normaliseLanguages([' IT', 'en', 'it', '', 'De '])).toEqual(['it', 'en', 'de']);
  });

  it('accepts only absolute http(s) addresses', () => {
    expect(isHttpUrl('https://www.polimi.it/ricerca')).toBe(true);
    expect(isHttpUrl('http://orcid.org/0000-0002-1825-0097')).toBe(true);
    for (const url of ['', 'www.polimi.it', 'javascript:alert(1)', 'ftp://x.it', 'mailto:a@b.it'])
      expect(isHttpUrl(url)).toBe(false);
    expect(isHttpUrl(`https://a.it/${'x'.repeat(300)}`)).toBe(false);
  });

  it('counts characters as PostgreSQL does', () => {
    expect(textLength('Università')).toBe(10);
    expect(textLength('🚀🚀')).toBe(2);
  });
});
