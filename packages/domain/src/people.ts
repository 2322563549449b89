/**
 * People profiles: limits shared by the API (which enforces them) and the web app (which
 * shows them next to the fields).
 */
export const MAX_HEADLINE_LENGTH = 120;
export const MAX_BIO_LENGTH = 4000;
export const MAX_LANGUAGES = 10;
export const MAX_LINKS = 5;
export const MAX_LINK_URL_LENGTH = 300;
export const MAX_LINK_LABEL_LENGTH = 60;

/** Who sees a profile: anyone, or only signed-in people (the default: privacy first). */
export const PROFILE_VISIBILITIES = ['public', 'members'] as const;
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];
export const DEFAULT_PROFILE_VISIBILITY: ProfileVisibility = 'members';

/** ISO 639-1: the two-letter language codes (names come from Intl.DisplayNames in the web app). */
export const LANGUAGE_CODES: readonly string[] = `
  aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu
  cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he
  hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko
  kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd
  ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se
  sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty
  ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
`
  .trim()
  .split(/\s+/);

const LANGUAGE_SET: ReadonlySet<string> = new Set(LANGUAGE_CODES);

export function isLanguageCode(value: string): boolean {
  return LANGUAGE_SET.has(value);
}

/** Trimmed, lower-cased, deduplicated, in the order given ("IT", " en" → ["it", "en"]). */
export function normaliseLanguages(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => code.trim().toLowerCase()).filter(Boolean))];
}

/** An absolute http(s) address of at most `maxLength` characters, with a host. */
export function isHttpUrl(value: string, maxLength = MAX_LINK_URL_LENGTH): boolean {
  if (value.length > maxLength) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Length as PostgreSQL counts it (characters, not UTF-16 units: an emoji is one). */
export function textLength(value: string): number {
  return [...value].length;
}
