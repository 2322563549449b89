import { useQuery } from '@apollo/client/react';
import { SimilarItemsDocument, type MatchItemType } from '@oip/graphql';
import { useEffect, useState } from 'react';
import {
  parseSimilarityKey,
  SIMILAR_FIRST,
  similarityKey,
  type SimilarDraft,
} from '../lib/similar-draft';

/** How long typing must pause before the check runs. */
export const SIMILAR_DEBOUNCE_MS = 500;

/**
 * Similar existing items of `kind` while a draft is typed: asked only when the draft's words
 * or tags change (`similarityKey`), SIMILAR_DEBOUNCE_MS after the typing pauses, never for a
 * too short text (`idle`). The last answer stays shown while the next one is on its way.
 */
export function useSimilarItems(
  kind: Exclude<MatchItemType, 'ORGANISATION'>,
  draft: SimilarDraft,
  excludeId?: string,
  /** The drafting organisation: its members see its own drafts among the similar items. */
  organisationId?: string,
) {
  const key = similarityKey(draft);
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), SIMILAR_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  const query = settled ? parseSimilarityKey(settled) : null;
  const { data, previousData, loading, error } = useQuery(SimilarItemsDocument, {
    skip: !query || key === null,
    variables: {
      input: {
        kind,
        text: query?.words.join(' ') ?? '',
        tags: query?.tags ?? [],
        excludeId: excludeId ?? null,
        organisationId: organisationId ?? null,
      },
      first: SIMILAR_FIRST,
    },
  });
  const idle = key === null;
  const items = (data ?? previousData)?.similarItems ?? [];
  return { idle, pending: !idle && (loading || settled !== key), error, items };
}
