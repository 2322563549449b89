import type { MockLink } from '@apollo/client/testing';
import { EvaluationBoardDocument } from '@oip/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { EvaluationBoardView } from '../components/EvaluationBoardView';
import { MemoryRouter } from 'react-router';

const text = (it: string, en = it) => ({ __typename: 'LocalizedText' as const, it, en });
const submission = {
  __typename: 'BoardSubmission' as const,
  id: 's1',
  summary: 'Sensori vibrazionali a basso costo',
  approach: 'Pilota di 3 mesi',
  team: 'Due ingegneri',
  trl: 6,
  budgetAmount: 40000,
  budgetCurrency: 'EUR',
  submittedAt: '2026-10-01T10:00:00.000Z',
  organisation: { __typename: 'Organisation' as const, id: 'o1', displayName: 'Sensori Srl' },
};

const evaluatorBoard = {
  __typename: 'EvaluationBoard' as const,
  challengeId: 'c1',
  challengeStatus: 'EVALUATION' as const,
  viewerManages: false,
  viewerEvaluates: true,
  lockedAt: null,
  awardedAt: null,
  criteria: [
    {
      __typename: 'EvaluationCriterion' as const,
      id: 'k1',
      weight: 60,
      name: text('Impatto', 'Impact'),
      description: text(''),
    },
    {
      __typename: 'EvaluationCriterion' as const,
      id: 'k2',
      weight: 40,
      name: text('Fattibilità', 'Feasibility'),
      description: text(''),
    },
  ],
  toScore: [
    {
      __typename: 'SubmissionToScore' as const,
      submission,
      conflictReason: null,
      ownOrganisation: false,
      complete: false,
      myScores: [],
    },
  ],
  evaluators: [],
  submissions: [],
  ranking: [],
};

const mock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: EvaluationBoardDocument, variables: { challengeId: 'c1' } },
  result,
});

const renderBoard = (mocks: MockLink.MockedResponse[]) =>
  renderWithProviders(
    <MemoryRouter>
      <EvaluationBoardView challengeId="c1" />
    </MemoryRouter>,
    { mocks },
  );

describe('the evaluation board', () => {
  it('gives an evaluator the proposal and a keyboard-friendly 1–5 choice per criterion', async () => {
    const user = userEvent.setup();
    renderBoard([
      mock({
        data: {
          __typename: 'Query',
          challenge: { __typename: 'Challenge', id: 'c1', title: text('Presse', 'Presses') },
          evaluationBoard: evaluatorBoard,
        },
      }),
    ]);
    expect(await screen.findByRole('heading', { name: 'Valutazione: Presse' })).toBeInTheDocument();
    expect(screen.getByText('Sensori vibrazionali a basso costo')).toBeInTheDocument();
    const impact = screen.getByRole('radiogroup', { name: 'Punteggio da 1 a 5 per Impatto' });
    expect(within(impact).getAllByRole('radio')).toHaveLength(5);
    const save = screen.getByRole('button', { name: 'Salva i punteggi' });
    expect(save).toBeDisabled();
    await user.click(within(impact).getByRole('radio', { name: '4' }));
    const feasibility = screen.getByRole('radiogroup', {
      name: 'Punteggio da 1 a 5 per Fattibilità',
    });
    await user.click(within(feasibility).getByRole('radio', { name: '3' }));
    expect(save).toBeEnabled();
    expect(
      screen.getByRole('button', { name: 'Dichiara un conflitto di interessi con Sensori Srl' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      'Hai valutato 0 proposte su 1.',
    );
  });

  it('tells someone without a part in the evaluation that it is reserved', async () => {
    renderBoard([
      mock({ errors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })] }),
    ]);
    expect(
      await screen.findByText(/riservata agli amministratori dell’organizzazione proponente/),
    ).toBeInTheDocument();
  });

  it('offers a retry when the server cannot be reached', async () => {
    renderBoard([{ ...mock({}), error: new Error('offline') }]);
    expect(await screen.findByRole('button', { name: 'Riprova' })).toBeInTheDocument();
  });
});
