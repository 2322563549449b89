import { useMutation, useQuery } from '@apollo/client/react';
import { DismissMatchDocument, RestoreMatchDocument, type MatchFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { MATCH_QUERIES, MATCHES_FIRST, matchesOf, type MatchSource } from './lib/match-source';

const key = (match: MatchFieldsFragment) => `${match.targetType}:${match.targetId}`;

/**
 * The top matches of a source, and dismissing one: it disappears at once (optimistic) and
 * comes back only if the API refuses; once stored, it leaves the cached list too, so it does
 * not come back when the page is visited again. `restore` takes a dismissal back (undo).
 */
export function useMatches(source: MatchSource) {
  const { document, field } = MATCH_QUERIES[source.type];
  const variables = { id: source.id, first: MATCHES_FIRST };
  const { data, loading, error, refetch } = useQuery(document, { variables });
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [dismissMutation] = useMutation(DismissMatchDocument);
  const [restoreMutation] = useMutation(RestoreMatchDocument);
  const pairOf = (match: MatchFieldsFragment) => ({
    sourceId: source.id,
    sourceType: source.type,
    targetId: match.targetId,
    targetType: match.targetType,
  });
  const matches = matchesOf(data, source.type).filter((match) => !dismissed.has(key(match)));

  async function dismiss(match: MatchFieldsFragment): Promise<boolean> {
    setDismissed((all) => new Set(all).add(key(match)));
    try {
      await dismissMutation({
        variables: pairOf(match),
        update: (cache) =>
          cache.updateQuery<Record<string, MatchFieldsFragment[]>>(
            { query: document, variables },
            (cached) =>
              cached && {
                ...cached,
                [field]: (cached[field] ?? []).filter((other) => key(other) !== key(match)),
              },
          ),
      });
      return true;
    } catch {
      setDismissed((all) => {
        const next = new Set(all);
        next.delete(key(match));
        return next;
      });
      return false;
    }
  }

  /** Back in its place: the list is asked again (the cached one had dropped it). */
  async function restore(match: MatchFieldsFragment): Promise<boolean> {
    try {
      await restoreMutation({ variables: pairOf(match) });
    } catch {
      return false;
    }
    // restored: shown again at once (from the list the refetch brings, or on the next visit)
    setDismissed((all) => {
      const next = new Set(all);
      next.delete(key(match));
      return next;
    });
    await refetch().catch(() => undefined);
    return true;
  }

  return { matches, loading: loading && !data, error, refetch, dismiss, restore };
}
