import { useQuery } from '@apollo/client/react';
import { ChallengeQuestionsDocument } from '@oip/graphql';

/** Small pages keep the query cheap (the API's complexity budget); "show more" adds pages. */
export const QUESTIONS_PAGE_SIZE = 10;

/** The questions of a challenge the viewer may see, newest first, growing page by page. */
export function useChallengeQuestions(challengeId: string) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ChallengeQuestionsDocument, {
    variables: { challengeId, first: QUESTIONS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.challengeQuestions;
  const loadMore = () =>
    void fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        challengeQuestions: {
          ...fetchMoreResult.challengeQuestions,
          nodes: [
            ...previous.challengeQuestions.nodes,
            ...fetchMoreResult.challengeQuestions.nodes,
          ],
        },
      }),
    });
  return { page, loading: loading && !data, error, refetch: () => void refetch(), loadMore };
}
