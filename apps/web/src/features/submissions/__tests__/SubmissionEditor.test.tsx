import type { MockLink } from '@apollo/client/testing';
import {
  CurrentSubmissionDocument,
  SaveSubmissionDraftDocument,
  type SubmissionFieldsFragment,
} from '@oip/graphql';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { SubmissionEditor } from '../components/SubmissionEditor';
import { AUTOSAVE_DELAY_MS } from '../hooks/useAutosave';
import { toInput, toValues } from '../values';

const CHALLENGE = 'c1';
const ORGANISATION = 'o1';

const draft = (version: number, approach: string): SubmissionFieldsFragment => ({
  __typename: 'Submission',
  id: 's1',
  status: 'DRAFT',
  version,
  summary: 'Sensori di vibrazione a basso costo.',
  approach,
  team: 'Due data scientist.',
  trl: 6,
  budgetAmount: 35000,
  budgetCurrency: 'EUR',
  submittedAt: null,
  withdrawnAt: null,
  updatedAt: '2026-12-01T12:00:00Z',
  viewerCan: { __typename: 'SubmissionViewerCan', edit: true, submit: true, withdraw: false },
});

const MINE = 'Partiamo dai dati PLC. Poi tre sensori per pressa.';
const THEIRS = 'Partiamo dai dati SCADA della linea.';
const opened = draft(3, 'Partiamo dai dati PLC.');
const newer = draft(4, THEIRS);

/** The save of MINE over `expectedVersion`, answered with `result`. */
const saveMine = (
  expectedVersion: number,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: {
    query: SaveSubmissionDraftDocument,
    variables: {
      challengeId: CHALLENGE,
      organisationId: ORGANISATION,
      expectedVersion,
      input: toInput({ ...toValues(opened), approach: MINE }),
    },
  },
  result,
});

describe('submission editor: autosave meets a newer version', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    // 13:05 UTC in winter is 14:05 in Rome
    jest.setSystemTime(new Date('2026-12-01T13:05:00Z'));
  });
  afterEach(() => jest.useRealTimers());

  it('shows both texts, and "keep my text" saves it over the newer version', async () => {
    renderWithProviders(
      <SubmissionEditor
        challengeId={CHALLENGE}
        organisationId={ORGANISATION}
        organisationName="Agrisense"
        initial={opened}
        open
      />,
      {
        mocks: [
          saveMine(3, {
            errors: [
              new GraphQLError('conflict', {
                extensions: { code: 'SUBMISSION_EDIT_CONFLICT', currentVersion: 4 },
              }),
            ],
          }),
          {
            request: { query: CurrentSubmissionDocument, variables: { id: 's1' } },
            result: { data: { __typename: 'Query', submission: newer } },
          },
          // only a save over version 4 is answered: a retry over 3 would fail the test
          saveMine(4, {
            data: {
              __typename: 'Mutation',
              saveSubmissionDraft: { ...draft(5, MINE), updatedAt: '2026-12-01T13:05:00Z' },
            },
          }),
        ],
      },
    );
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.type(
      screen.getByRole('textbox', { name: 'Approccio e soluzione' }),
      ' Poi tre sensori per pressa.',
    );
    // nothing saved while typing; the autosave runs once typing stops
    expect(screen.getByRole('status')).toHaveTextContent('');
    await act(async () => {
      jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    });

    const heading = await screen.findByRole('heading', {
      name: 'Qualcuno ha salvato una versione più recente',
    });
    expect(heading).toHaveFocus();
    const view = heading.closest('section')!;
    expect(view).toHaveTextContent('versione 4');
    const approach = within(view)
      .getByRole('heading', { name: 'Approccio e soluzione' })
      .closest('.conflict-field')!;
    expect(approach).toHaveTextContent(MINE);
    expect(approach).toHaveTextContent(THEIRS);

    await user.click(screen.getByRole('button', { name: 'Tieni il mio testo' }));
    expect(await screen.findByText('Salvata alle 14:05')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('textbox', { name: 'Approccio e soluzione' })).toHaveValue(MINE);
    expect(
      screen.queryByRole('heading', { name: 'Qualcuno ha salvato una versione più recente' }),
    ).not.toBeInTheDocument();
  });
});
