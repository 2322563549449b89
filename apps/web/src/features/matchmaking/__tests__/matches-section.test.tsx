import type { MockLink } from '@apollo/client/testing';
import {
  DismissMatchDocument,
  MatchesForChallengeDocument,
  RestoreMatchDocument,
  type MatchFieldsFragment,
} from '@oip/graphql';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { MatchesSection } from '../components/MatchesSection';

const CHALLENGE_ID = '0c000000-0000-4000-8000-000000000001';

function match(targetId: string, titleIt: string, reasonsIt: string[]): MatchFieldsFragment {
  return {
    __typename: 'Match',
    targetId,
    targetType: 'OFFER',
    titleIt,
    titleEn: `${titleIt} (en)`,
    organisationId: 'org-1',
    organisationName: 'Politecnico',
    score: 4,
    reasons: { __typename: 'MatchReasons', it: reasonsIt, en: ['3 shared tags'] },
  };
}

const matchesMock = (
  matches: MatchFieldsFragment[] | null,
  code?: string,
): MockLink.MockedResponse => ({
  request: { query: MatchesForChallengeDocument, variables: { id: CHALLENGE_ID, first: 10 } },
  result: code
    ? { errors: [new GraphQLError('no', { extensions: { code } })] }
    : { data: { __typename: 'Query', matchesForChallenge: matches } },
});

/** Dismissing (or restoring) offer-1 in the challenge's matches; `onCall` when the API gets it. */
const pairMock = (
  query: typeof DismissMatchDocument | typeof RestoreMatchDocument,
  field: 'dismissMatch' | 'restoreMatch',
  onCall: () => void = () => undefined,
): MockLink.MockedResponse => ({
  request: {
    query,
    variables: {
      sourceId: CHALLENGE_ID,
      sourceType: 'CHALLENGE',
      targetId: 'offer-1',
      targetType: 'OFFER',
    },
  },
  result: () => {
    onCall();
    return { data: { __typename: 'Mutation', [field]: true } };
  },
});
const dismissMock = (onCall?: () => void) => pairMock(DismissMatchDocument, 'dismissMatch', onCall);

function renderSection(mocks: MockLink.MockedResponse[], locale: 'it' | 'en' = 'it') {
  return renderWithProviders(
    <MemoryRouter>
      <MatchesSection source={{ type: 'CHALLENGE', id: CHALLENGE_ID }} />
    </MemoryRouter>,
    { mocks, locale },
  );
}

describe('MatchesSection', () => {
  const vision = match('offer-1', 'Visione artificiale', [
    '3 tag in comune: robotica, visione',
    'TRL 6 nell’intervallo 5–7',
  ]);
  const cobot = match('offer-2', 'Cobot', ['Stessa provincia']);

  it('lists the matches with their reasons in the current language, linked to their pages', async () => {
    renderSection([matchesMock([vision, cobot])]);
    const link = await screen.findByRole('link', { name: 'Visione artificiale' });
    expect(link).toHaveAttribute('href', '/offers/offer-1');
    expect(screen.getByText('3 tag in comune: robotica, visione')).toBeInTheDocument();
    expect(screen.getByText('TRL 6 nell’intervallo 5–7')).toBeInTheDocument();
    expect(screen.getAllByText('Perché questa corrispondenza')).toHaveLength(2);
    expect(screen.getAllByText(/Punteggio 4\.0 \(100% della migliore\)/)).toHaveLength(2);
  });

  it('shows the English reasons in English', async () => {
    renderSection([matchesMock([vision])], 'en');
    expect(await screen.findByText('3 shared tags')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Visione artificiale (en)' })).toBeInTheDocument();
  });

  it('dismisses a match: calls the mutation, removes it and says so politely, with an undo', async () => {
    let dismissed = false;
    let restored = false;
    renderSection([
      matchesMock([vision, cobot]),
      dismissMock(() => {
        dismissed = true;
      }),
      pairMock(RestoreMatchDocument, 'restoreMatch', () => {
        restored = true;
      }),
      matchesMock([vision, cobot]), // asked again after the undo
    ]);
    await screen.findByRole('link', { name: 'Visione artificiale' });
    await userEvent.click(
      screen.getByRole('button', { name: /Non pertinente.*Visione artificiale/ }),
    );
    expect(screen.queryByRole('link', { name: 'Visione artificiale' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cobot' })).toBeInTheDocument();
    await waitFor(() => expect(dismissed).toBe(true));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '«Visione artificiale» rimosso dalle corrispondenze.',
      ),
    );

    // changed their mind: back in its place, with the keyboard on it
    await userEvent.click(screen.getByRole('button', { name: /^Annulla.*Visione artificiale/ }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Visione artificiale' })).toHaveFocus(),
    );
    expect(restored).toBe(true);
    expect(screen.queryByRole('button', { name: /^Annulla/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Visione artificiale',
      'Cobot',
    ]);
  });

  it('keeps a dismissed match away when the section is shown again, and moves the focus on', async () => {
    function Toggle() {
      const [shown, setShown] = useState(true);
      return (
        <MemoryRouter>
          <button onClick={() => setShown((now) => !now)}>toggle</button>
          {shown && <MatchesSection source={{ type: 'CHALLENGE', id: CHALLENGE_ID }} />}
        </MemoryRouter>
      );
    }
    renderWithProviders(<Toggle />, { mocks: [matchesMock([vision, cobot]), dismissMock()] });
    await screen.findByRole('link', { name: 'Visione artificiale' });
    await userEvent.click(
      screen.getByRole('button', { name: /Non pertinente.*Visione artificiale/ }),
    );
    // the keyboard goes on to the match now in its place
    await waitFor(() => expect(screen.getByRole('link', { name: 'Cobot' })).toHaveFocus());
    await screen.findByText(/rimosso/);
    // away and back (the page visited again): the cached list no longer holds it
    await userEvent.click(screen.getByRole('button', { name: 'toggle' }));
    await userEvent.click(screen.getByRole('button', { name: 'toggle' }));
    expect(await screen.findByRole('link', { name: 'Cobot' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Visione artificiale' })).not.toBeInTheDocument();
  });

  it('says so when there are no matches', async () => {
    renderSection([matchesMock([])]);
    expect(await screen.findByText(/^Ancora nessuna corrispondenza\./)).toBeInTheDocument();
  });

  it('renders nothing when the viewer may not see the source', async () => {
    const { container } = renderSection([matchesMock(null, 'FORBIDDEN')]);
    await waitFor(() => expect(container.querySelector('#matches')).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelector('#matches')).toBeNull();
  });
});
