import { useMutation } from '@apollo/client/react';
import type { ApolloCache, TypedDocumentNode } from '@apollo/client';
import { EvaluationBoardDocument, type EvaluationBoardFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { errorView, type ErrorView } from '../../../app/graphql-errors';

/**
 * Runs an evaluation mutation (each answers with the caller's refreshed board) and writes the
 * answer over the cached board, so every section re-renders from one source. Resolves true on
 * success; the error (code and fields) is kept for the form that ran it.
 */
export function useBoardMutation<
  TData extends Record<string, unknown>,
  TVariables extends Record<string, unknown>,
>(document: TypedDocumentNode<TData, TVariables>, challengeId: string) {
  const [mutateTyped, { loading }] = useMutation(document);
  // the generic options type of a generic document does not resolve: call it with plain options
  const mutate = mutateTyped as unknown as (options: {
    variables: TVariables;
    update: (cache: ApolloCache, result: { data?: TData | null }) => void;
  }) => Promise<unknown>;
  const [error, setError] = useState<ErrorView | null>(null);
  const run = async (variables: TVariables): Promise<boolean> => {
    setError(null);
    try {
      await mutate({
        variables,
        update(cache, { data }) {
          const board =
            data && (Object.values(data)[0] as EvaluationBoardFieldsFragment | undefined);
          if (!board) return;
          cache.updateQuery(
            { query: EvaluationBoardDocument, variables: { challengeId } },
            (previous) => (previous ? { ...previous, evaluationBoard: board } : previous),
          );
        },
      });
      return true;
    } catch (caught) {
      setError(errorView(caught));
      return false;
    }
  };
  return { run, loading, error, clearError: () => setError(null) };
}
