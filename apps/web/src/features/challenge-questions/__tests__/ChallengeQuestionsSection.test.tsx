import type { MockLink } from '@apollo/client/testing';
import {
  AnswerChallengeQuestionDocument,
  AskChallengeQuestionDocument,
  ChallengeQuestionsDocument,
  type ChallengeQuestionFieldsFragment,
} from '@oip/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { ChallengeQuestionsSection } from '../components/ChallengeQuestionsSection';
import { CHALLENGE_ID, meMock, question } from './test-data';

const answered = question({
  id: 'q0000000-0000-4000-8000-000000000002',
  text: 'Which formats?',
  textHtml: '<p>Which formats?</p>',
  answer: 'CSV.',
  answerHtml: '<p>CSV.</p>',
  answeredAt: '2026-11-21T10:00:00.000Z',
});

function pageMock(
  nodes: ChallengeQuestionFieldsFragment[],
  { canAsk = true, canAnswer = false } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: ChallengeQuestionsDocument,
      variables: { challengeId: CHALLENGE_ID, first: 10 },
    },
    result: {
      data: {
        __typename: 'Query',
        challengeQuestions: {
          __typename: 'ChallengeQuestionPage',
          nodes,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          viewerCanAsk: canAsk,
          viewerCanAnswer: canAnswer,
        },
      },
    },
  };
}

function renderSection(mocks: MockLink.MockedResponse[], me: Parameters<typeof meMock>[0] = {}) {
  return renderWithProviders(
    <MemoryRouter>
      <ChallengeQuestionsSection challengeId={CHALLENGE_ID} />
    </MemoryRouter>,
    { mocks: [meMock(me), ...mocks] },
  );
}

describe('ChallengeQuestionsSection', () => {
  it('lists answered questions, asks a new one and announces it politely', async () => {
    const mine = question({
      id: 'q0000000-0000-4000-8000-000000000003',
      text: 'Can we visit?',
      textHtml: '<p>Can we visit?</p>',
      askedByViewer: true,
    });
    renderSection([
      pageMock([answered]),
      {
        request: {
          query: AskChallengeQuestionDocument,
          variables: { challengeId: CHALLENGE_ID, text: 'Can we visit?' },
        },
        result: { data: { __typename: 'Mutation', askChallengeQuestion: mine } },
      },
      pageMock([mine, answered]),
    ]);
    expect(await screen.findByText('Which formats?')).toBeInTheDocument();
    expect(screen.getByText('CSV.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('La tua domanda'), 'Can we visit?');
    await userEvent.click(screen.getByRole('button', { name: 'Invia la domanda' }));

    expect(
      await within(screen.getByTestId('toasts-polite')).findByText(/Domanda inviata/),
    ).toBeInTheDocument();
    expect(await screen.findByText('Can we visit?')).toBeInTheDocument();
    expect(screen.getByText(/la tua domanda/)).toBeInTheDocument();
    expect(screen.getByText('In attesa di risposta.')).toBeInTheDocument();
    expect(screen.getByLabelText('La tua domanda')).toHaveValue('');
  });

  it('shows the API’s refusal next to the field', async () => {
    renderSection([
      pageMock([]),
      {
        request: {
          query: AskChallengeQuestionDocument,
          variables: { challengeId: CHALLENGE_ID, text: 'Hi?' },
        },
        result: {
          errors: [
            new GraphQLError('closed', {
              extensions: { code: 'CHALLENGE_NOT_OPEN_FOR_QUESTIONS', status: 'closed' },
            }),
          ],
        },
      },
    ]);
    expect(await screen.findByText('Ancora nessuna domanda con risposta.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('La tua domanda'), 'Hi?');
    await userEvent.click(screen.getByRole('button', { name: 'Invia la domanda' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Si possono fare domande solo su una sfida pubblicata',
    );
  });

  it('lets the owner answer a pending question inline', async () => {
    const pending = question({
      asker: { __typename: 'Person', id: 'p1', fullName: 'Marco Bianchi' },
      viewerCan: { __typename: 'ChallengeQuestionViewerCan', answer: true, hide: false },
    });
    const done = {
      ...pending,
      answer: 'Yes, in Bergamo.',
      answerHtml: '<p>Yes, in Bergamo.</p>',
      answeredAt: '2026-11-22T10:00:00.000Z',
    };
    renderSection([
      pageMock([pending], { canAsk: false, canAnswer: true }),
      {
        request: {
          query: AnswerChallengeQuestionDocument,
          variables: { id: pending.id, answer: 'Yes, in Bergamo.' },
        },
        result: { data: { __typename: 'Mutation', answerChallengeQuestion: done } },
      },
      pageMock([done], { canAsk: false, canAnswer: true }),
    ]);
    expect(await screen.findByText(/Domanda di Marco Bianchi/)).toBeInTheDocument();
    expect(screen.queryByLabelText('La tua domanda')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Risposta'), 'Yes, in Bergamo.');
    await userEvent.click(screen.getByRole('button', { name: 'Pubblica la risposta' }));
    expect(
      await within(screen.getByTestId('toasts-polite')).findByText('Risposta pubblicata.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Yes, in Bergamo.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Modifica la risposta' })).toBeInTheDocument();
  });

  it('invites anonymous visitors to sign in, and offers a retry when loading fails', async () => {
    renderSection([pageMock([answered], { canAsk: false })], null);
    expect(
      await screen.findByRole('link', { name: 'Accedi per fare una domanda' }),
    ).toBeInTheDocument();

    renderSection([
      {
        request: {
          query: ChallengeQuestionsDocument,
          variables: { challengeId: CHALLENGE_ID, first: 10 },
        },
        error: new Error('offline'),
      },
    ]);
    expect(
      await screen.findByText('Non è stato possibile caricare le domande.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeInTheDocument();
  });
});
