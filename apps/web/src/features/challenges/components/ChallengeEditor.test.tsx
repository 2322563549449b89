import type { MockLink } from '@apollo/client/testing';
import { ChallengeForEditDocument, UpdateChallengeDocument } from '@oip/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { noSimilarItemsMock, taxonomiesMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CHALLENGE_ID, editChallenge } from '../__tests__/fixtures';
import { toChallengeInput, valuesFromChallenge } from '../lib/challenge-form';
import { ChallengeEditor } from './ChallengeEditor';

const mine = editChallenge(3, 'Visione artificiale in linea');
const theirs = editChallenge(4, 'Visione artificiale per il controllo qualità', 'Troppi scarti.');

const updateMock = (
  expectedVersion: number,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: {
    query: UpdateChallengeDocument,
    variables: {
      id: CHALLENGE_ID,
      expectedVersion,
      input: toChallengeInput(valuesFromChallenge(mine)),
    },
  },
  result,
});
const conflict = updateMock(3, {
  errors: [
    new GraphQLError('conflict', {
      extensions: { code: 'CHALLENGE_EDIT_CONFLICT', currentVersion: 4 },
    }),
  ],
});
const newer: MockLink.MockedResponse = {
  request: { query: ChallengeForEditDocument, variables: { id: CHALLENGE_ID } },
  result: { data: { __typename: 'Query', challenge: theirs } },
};

async function editTitleAndSave() {
  renderWithProviders(
    <MemoryRouter>
      <ChallengeEditor challenge={editChallenge(3, 'Visione artificiale')} />
    </MemoryRouter>,
    {
      mocks: [
        taxonomiesMock(),
        noSimilarItemsMock(),
        conflict,
        newer,
        updateMock(4, {
          data: { __typename: 'Mutation', updateChallenge: { ...mine, version: 5 } },
        }),
      ],
    },
  );
  const title = screen.getByRole('textbox', { name: 'Titolo' });
  await userEvent.type(title, ' in linea');
  await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
  return await screen.findByRole('heading', {
    name: 'Qualcun altro ha salvato la sfida nel frattempo',
  });
}

describe('challenge editor: a save over a newer version', () => {
  it('shows the newer server text next to the person’s, field by field', async () => {
    const heading = await editTitleAndSave();
    const view = heading.closest('section')!;
    expect(view).toHaveTextContent('Ecco la versione 4');
    const titlePair = within(view).getByRole('heading', {
      name: 'Titolo (Italiano)',
    }).nextElementSibling!;
    expect(titlePair).toHaveTextContent('Il tuo testo');
    expect(titlePair).toHaveTextContent('Visione artificiale in linea');
    expect(titlePair).toHaveTextContent('Versione 4 salvata');
    expect(titlePair).toHaveTextContent('Visione artificiale per il controllo qualità');
    // the problem changed only on the server: shown too, so nothing is lost unseen
    expect(
      within(view).getByRole('heading', { name: 'Il problema (Italiano)' }),
    ).toBeInTheDocument();
    // nothing was overwritten: the person's text is still in the field
    expect(screen.getByRole('textbox', { name: 'Titolo' })).toHaveValue(
      'Visione artificiale in linea',
    );
  });

  it('keeps the person’s text on top of the newer version, then saves over version 4', async () => {
    await editTitleAndSave();
    await userEvent.click(
      screen.getByRole('button', { name: 'Tieni le mie modifiche sulla versione più recente' }),
    );
    expect(
      screen.getByText(/Le tue modifiche ora si applicano alla versione 4/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Titolo' })).toHaveValue(
      'Visione artificiale in linea',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Sfida salvata.')).toBeInTheDocument();
  });

  it('or discards it and takes the newer version', async () => {
    await editTitleAndSave();
    await userEvent.click(screen.getByRole('button', { name: 'Scarta le mie modifiche' }));
    expect(screen.queryByRole('heading', { name: /Qualcun altro/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Titolo' })).toHaveValue(
      'Visione artificiale per il controllo qualità',
    );
  });
});
