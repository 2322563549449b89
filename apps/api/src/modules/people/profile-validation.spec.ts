import { AppError } from '../../common/errors/app-error';
import { validateProfile } from './profile-validation';

function fieldsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    return (error as AppError).extensions.fields as Record<string, string>;
  }
  throw new Error('expected VALIDATION_FAILED');
}

describe('validateProfile', () => {
  it('changes only the fields given, normalised', () => {
    expect(validateProfile({})).toEqual({});
    expect(
      validateProfile({
        headline: '  Ricercatrice\n  in robotica ',
        bio: ' Riga uno\r\nRiga due ',
        expertise: ['Robotica', ' robotica ', 'Machine  Learning'],
        languages: ['IT', 'en', 'it'],
        links: [{ url: ' https://orcid.org/0000-0002-1825-0097 ', label: '  ' }],
        visibility: 'public',
      }),
    ).toEqual({
      headline: 'Ricercatrice in robotica',
      bio: 'Riga uno\nRiga due',
      expertise: ['robotica', 'machine learning'],
      languages: ['it', 'en'],
      links: [{ url: 'https://orcid.org/0000-0002-1825-0097', label: null }],
      visibility: 'public',
    });
    expect(validateProfile({ headline: null, links: null })).toEqual({});
  });

  it('counts characters, not UTF-16 units, against the limits', () => {
    expect(validateProfile({ headline: '🚀'.repeat(120) }).headline).toHaveLength(240);
    expect(fieldsOf(() => validateProfile({ headline: 'x'.repeat(121) }))).toEqual({
      headline: 'TEXT_TOO_LONG',
    });
  });

  it('reports one stable code per invalid field', () => {
    expect(
      fieldsOf(() =>
        validateProfile({
          headline: 'h'.repeat(121),
          bio: 'b'.repeat(4001),
          expertise: ['t'.repeat(41)],
          languages: ['it', 'klingon'],
          links: [
            { url: 'https://ok.example.org' },
            { url: 'javascript:alert(1)' },
            { url: 'https://ok.example.org', label: 'l'.repeat(61) },
          ],
        }),
      ),
    ).toEqual({
      headline: 'TEXT_TOO_LONG',
      bio: 'TEXT_TOO_LONG',
      expertise: 'TAGS_INVALID',
      languages: 'LANGUAGE_INVALID',
      'links.1': 'LINK_INVALID',
      'links.2': 'LINK_INVALID',
    });
  });

  it('refuses too many tags, languages or links', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `tag ${i}`);
    expect(validateProfile({ expertise: many(20) }).expertise).toHaveLength(20);
    const languages = ['it', 'en', 'de', 'fr', 'es', 'pt', 'nl', 'sv', 'pl', 'ro', 'el'];
    expect(validateProfile({ languages: languages.slice(0, 10) }).languages).toHaveLength(10);
    const links = Array.from({ length: 6 }, (_, i) => ({ url: `https://example.org/${i}` }));
    expect(fieldsOf(() => validateProfile({ expertise: many(21), languages, links }))).toEqual({
      expertise: 'TAGS_INVALID',
      languages: 'LANGUAGE_INVALID',
      links: 'LINK_INVALID',
    });
  });
});
