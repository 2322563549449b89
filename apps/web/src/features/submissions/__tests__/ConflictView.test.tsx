import type { SubmissionFieldsFragment } from '@oip/graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { ConflictView } from '../components/ConflictView';
import { EMPTY_VALUES } from '../values';

const theirs: SubmissionFieldsFragment = {
  __typename: 'Submission',
  id: 's1',
  status: 'DRAFT',
  version: 4,
  summary: 'Their summary',
  approach: 'Same approach',
  team: '',
  trl: 6,
  budgetAmount: null,
  budgetCurrency: 'EUR',
  submittedAt: null,
  withdrawnAt: null,
  updatedAt: '2026-12-01T10:00:00Z',
  viewerCan: { __typename: 'SubmissionViewerCan', edit: true, submit: true, withdraw: false },
};
const mine = { ...EMPTY_VALUES, summary: 'My summary', approach: 'Same approach', trl: '6' };

describe('ConflictView', () => {
  it('shows both texts side by side for the fields that differ, and lets the person choose', async () => {
    const onKeepMine = jest.fn();
    const onTakeTheirs = jest.fn();
    renderWithProviders(
      <ConflictView
        mine={mine}
        theirs={theirs}
        busy={false}
        onKeepMine={onKeepMine}
        onTakeTheirs={onTakeTheirs}
      />,
      { locale: 'en' },
    );
    const heading = screen.getByRole('heading', { name: 'Someone saved a newer version' });
    expect(heading).toHaveFocus(); // announced and reachable from the keyboard
    expect(screen.getByText('Another person', { exact: false })).toHaveTextContent('version 4');
    // only the summary differs
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Summary of the proposal',
    ]);
    expect(screen.getByText('My summary')).toBeInTheDocument();
    expect(screen.getByText('Their summary')).toBeInTheDocument();
    expect(screen.getByText('Saved text (version 4)')).toBeInTheDocument();
    expect(screen.queryByText('Same approach')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Keep my text' }));
    expect(onKeepMine).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Use the saved text' }));
    expect(onTakeTheirs).toHaveBeenCalledTimes(1);
  });
});
