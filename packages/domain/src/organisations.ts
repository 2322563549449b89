/** Size bands (EU SME definition by head count). */
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const SIZE_BAND_LABELS: Record<SizeBand, { it: string; en: string }> = {
  micro: { it: 'Micro (meno di 10 addetti)', en: 'Micro (fewer than 10 staff)' },
  small: { it: 'Piccola (10–49 addetti)', en: 'Small (10–49 staff)' },
  medium: { it: 'Media (50–249 addetti)', en: 'Medium (50–249 staff)' },
  large: { it: 'Grande (250 addetti o più)', en: 'Large (250 staff or more)' },
};

/** Tags (competences, expertise): short, lower-case, deduplicated. */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

export function normaliseTags(tags: readonly string[]): string[] {
  return [
    ...new Set(tags.map((tag) => tag.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean)),
  ];
}
