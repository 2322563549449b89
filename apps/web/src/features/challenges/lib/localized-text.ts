import type { Locale } from '@oip/domain';

/**
 * A text in the UI language, else in the other one: a challenge may be written in Italian or
 * English only. `lang` is set when the fallback is used, so screen readers switch voice.
 */
export function pickLocalized(
  text: { it: string; en: string } | null | undefined,
  locale: Locale,
): { text: string; lang: Locale | undefined } {
  const other: Locale = locale === 'it' ? 'en' : 'it';
  if (text?.[locale]) return { text: text[locale], lang: undefined };
  if (text?.[other]) return { text: text[other], lang: other };
  return { text: '', lang: undefined };
}
