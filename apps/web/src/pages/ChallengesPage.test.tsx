import type { MockLink } from '@apollo/client/testing';
import { ChallengesDocument } from '@oip/graphql';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../features/challenges/__tests__/request-polyfill';
import { cardChallenge } from '../features/challenges/__tests__/fixtures';
import { CHALLENGE_PAGE_SIZE } from '../features/challenges/hooks/useChallengeList';
import { listVariables, parseListParams } from '../features/challenges/lib/list-params';
import { taxonomiesMock } from '../test/fixtures';
import { renderRoute } from '../test/render';

const listMock = (search: string, nodes = [cardChallenge]): MockLink.MockedResponse => ({
  request: {
    query: ChallengesDocument,
    variables: listVariables(parseListParams(new URLSearchParams(search)), CHALLENGE_PAGE_SIZE),
  },
  result: {
    data: {
      __typename: 'Query',
      challenges: {
        __typename: 'ChallengePage',
        nodes,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
  maxUsageCount: 5,
});

describe('challenge list: filters live in the URL', () => {
  it('reads the filters from the URL and sends them to the API', async () => {
    renderRoute(
      '/challenges?status=PUBLISHED&tag=visione&reward=PILOT&from=2027-01-01&to=2027-01-31',
      {
        mocks: [
          taxonomiesMock(),
          listMock('?status=PUBLISHED&tag=visione&reward=PILOT&from=2027-01-01&to=2027-01-31'),
        ],
      },
    );
    const list = await screen.findByRole('list', { name: 'Sfide trovate' });
    expect(within(list).getByRole('link', { name: cardChallenge.title.it })).toHaveAttribute(
      'href',
      `/challenges/${cardChallenge.id}`,
    );
    expect(screen.getByText('1 sfida mostrata')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Stato' })).toHaveValue('PUBLISHED');
    expect(screen.getByRole('combobox', { name: 'Tipo di premio' })).toHaveValue('PILOT');
    expect(screen.getByRole('textbox', { name: /Etichette/ })).toHaveValue('visione');
    // deadline days are Rome days: 1 January from Rome midnight, 31 January until its end
    const variables = listVariables(
      parseListParams(new URLSearchParams('?from=2027-01-01&to=2027-01-31')),
      12,
    );
    expect(variables.filter).toEqual({
      deadlineFrom: '2026-12-31T23:00:00.000Z',
      deadlineTo: '2027-01-31T23:00:00.000Z',
    });
  });

  it('puts a new search in the URL, sorts by relevance only when searching, and follows the back button', async () => {
    const { router } = renderRoute('/challenges?status=PUBLISHED', {
      mocks: [
        taxonomiesMock(),
        listMock('?status=PUBLISHED'),
        listMock('?q=robot&status=PUBLISHED&sort=RELEVANCE', []),
      ],
    });
    await screen.findByText('1 sfida mostrata');
    const sort = screen.getByRole('combobox', { name: 'Ordina per' });
    expect(within(sort).queryByRole('option', { name: 'Pertinenza' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Parole chiave' }), 'robot');
    await userEvent.selectOptions(sort, 'RELEVANCE');
    await userEvent.click(screen.getByRole('button', { name: 'Cerca' }));

    expect(router.state.location.search).toBe('?q=robot&status=PUBLISHED&sort=RELEVANCE');
    expect(await screen.findByText('Nessuna sfida corrisponde alla ricerca.')).toBeInTheDocument();
    // the form applied it: not remounted, so the keyboard is still on its button
    expect(screen.getByRole('button', { name: 'Cerca' })).toHaveFocus();

    await act(() => router.navigate(-1));
    expect(await screen.findByText('1 sfida mostrata')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Parole chiave' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Stato' })).toHaveValue('PUBLISHED');
  });

  it('shows a title in the other language, marked with its lang', async () => {
    const english = {
      ...cardChallenge,
      title: { __typename: 'LocalizedText' as const, it: '', en: 'Smart irrigation' },
    };
    renderRoute('/challenges', { mocks: [taxonomiesMock(), listMock('', [english])] });
    expect(await screen.findByRole('link', { name: 'Smart irrigation' })).toHaveAttribute(
      'lang',
      'en',
    );
  });
});
