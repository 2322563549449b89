import type { MockLink } from '@apollo/client/testing';
import { TransitionChallengeDocument } from '@oip/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { CHALLENGE_ID, viewerCanChallenge } from '../__tests__/fixtures';
import { ChallengeActions } from './ChallengeActions';

const transitionMock = (
  action: string,
  comment: string | null,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: { query: TransitionChallengeDocument, variables: { id: CHALLENGE_ID, action, comment } },
  result,
});

function renderActions(
  challenge: ReturnType<typeof viewerCanChallenge>,
  mocks: MockLink.MockedResponse[] = [],
  locale: 'it' | 'en' = 'it',
) {
  const onChanged = jest.fn();
  renderWithProviders(
    <MemoryRouter>
      <ChallengeActions challenge={challenge} onChanged={onChanged} />
    </MemoryRouter>,
    { mocks, locale },
  );
  return onChanged;
}

describe('challenge actions: exactly the buttons viewerCan allows', () => {
  it('shows nothing when the viewer can do nothing', () => {
    renderActions(viewerCanChallenge('PUBLISHED', {}));
    expect(screen.queryByRole('group', { name: 'Azioni sulla sfida' })).not.toBeInTheDocument();
  });

  it('shows the owner of a draft edit, submit for review and cancel', () => {
    renderActions(viewerCanChallenge('DRAFT', { edit: true, submitForReview: true, cancel: true }));
    const group = screen.getByRole('group', { name: 'Azioni sulla sfida' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Invia in revisione', 'Annulla']);
    expect(within(group).getByRole('link', { name: 'Modifica' })).toHaveAttribute(
      'href',
      `/challenges/${CHALLENGE_ID}/edit`,
    );
  });

  it('asks a moderator for the reason before returning to draft', async () => {
    const onChanged = renderActions(
      viewerCanChallenge('IN_REVIEW', { approve: true, returnToDraft: true }),
      [
        transitionMock('RETURN_TO_DRAFT', 'Manca il budget.', {
          data: {
            __typename: 'Mutation',
            transitionChallenge: viewerCanChallenge('DRAFT', {}),
          },
        }),
      ],
    );
    await userEvent.click(screen.getByRole('button', { name: 'Rimanda in bozza' }));
    const dialog = screen.getByRole('dialog', { name: 'Rimanda in bozza?' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Conferma: Rimanda in bozza' }),
    );
    expect(
      within(dialog).getByText('Scrivi un commento che spieghi il motivo.'),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Commento/ }),
      'Manca il budget.',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Conferma: Rimanda in bozza' }),
    );
    expect(await screen.findByText('Fatto: Rimanda in bozza.')).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
  });

  it('explains a refusal in words, naming the current state', async () => {
    const refusal = new GraphQLError('invalid', {
      extensions: { code: 'CHALLENGE_INVALID_TRANSITION', status: 'closed', action: 'close' },
    });
    renderActions(
      viewerCanChallenge('PUBLISHED', { close: true }),
      [transitionMock('CLOSE', null, { errors: [refusal] })],
      'en',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    const dialog = screen.getByRole('dialog', { name: 'Close?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm: Close' }));
    expect(
      await within(dialog).findByText(
        'Action "Close" is not allowed: the challenge is in state "Closed".',
      ),
    ).toBeInTheDocument();
  });
});
