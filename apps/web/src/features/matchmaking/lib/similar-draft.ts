/** What the duplicate check looks at in a draft: its title and its tags. */
export interface SimilarDraft {
  text: string;
  tags: readonly string[];
}

/** Fewer letters than this in the title (and no tag): too little to compare, nothing is asked. */
export const MIN_SIMILAR_TEXT = 4;

/** At most this many similar items are shown. */
export const SIMILAR_FIRST = 5;

/** The part of a draft the check sends: what its answer depends on. */
export interface SimilarQuery {
  words: string[];
  tags: string[];
}

/**
 * The draft reduced to what changes the answer, as a string to compare: its lower-case words
 * of two letters or more, once each, sorted (spacing, punctuation, case or word order change
 * nothing), and its tags likewise. Null when there is too little to compare.
 */
export function similarityKey(draft: SimilarDraft): string | null {
  const text = draft.text.toLocaleLowerCase().trim();
  const tags = [...new Set(draft.tags.map((tag) => tag.trim().toLocaleLowerCase()))]
    .filter(Boolean)
    .sort();
  if (text.replace(/\s+/g, '').length < MIN_SIMILAR_TEXT && tags.length === 0) return null;
  const words = [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2))];
  const query: SimilarQuery = { words: words.sort().slice(0, 60), tags: tags.slice(0, 30) };
  return JSON.stringify(query);
}

export function parseSimilarityKey(key: string): SimilarQuery {
  return JSON.parse(key) as SimilarQuery;
}
