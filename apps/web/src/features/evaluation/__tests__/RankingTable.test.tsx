import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { RankingTable } from '../components/RankingTable';
import { formatScore } from '../ranking-format';

const entry = (
  rank: number,
  name: string,
  weightedMean: number | null,
  spread: number | null,
  extra: { shortlisted?: boolean; winner?: boolean } = {},
) => ({
  __typename: 'RankingEntry' as const,
  rank,
  weightedMean,
  spread,
  standardDeviation: spread === null ? null : spread / 2,
  evaluatorCount: weightedMean === null ? 0 : 3,
  shortlisted: extra.shortlisted ?? false,
  winner: extra.winner ?? false,
  submission: {
    __typename: 'BoardSubmission' as const,
    id: `s-${rank}`,
    organisation: { __typename: 'Organisation' as const, id: `o-${rank}`, displayName: name },
  },
});

const ranking = [
  entry(1, 'Sensori Srl', 4, 0.4, { winner: true, shortlisted: true }),
  entry(2, 'Politecnico di Test', 2.1, 0.2),
  entry(3, 'Nessun Voto Spa', null, null),
];

describe('the ranking table', () => {
  it('formats means and spreads with two decimals in the reader’s language', () => {
    expect(formatScore(4, 'it')).toBe('4,00');
    expect(formatScore(2.1, 'en')).toBe('2.10');
    expect(formatScore(null, 'it')).toBe('—');
  });

  it('lists the ranking in order with mean, spread, deviation and outcome', () => {
    renderWithProviders(<RankingTable ranking={ranking} />);
    const table = screen.getByRole('table', { name: /Graduatoria per media pesata/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent?.trim()),
      ),
    ).toEqual([
      ['1', '4,00', '0,40', '0,20', '3', 'Vincitrice In rosa'],
      ['2', '2,10', '0,20', '0,10', '3', ''],
      ['3', '—', '—', '—', '0', ''],
    ]);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Sensori Srl');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('gives the owner a labelled shortlist switch per row', async () => {
    const user = userEvent.setup();
    const onShortlist = jest.fn();
    renderWithProviders(<RankingTable ranking={ranking} onShortlist={onShortlist} />, {
      locale: 'en',
    });
    expect(screen.getByRole('checkbox', { name: 'Shortlist: Sensori Srl' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Shortlist: Politecnico di Test' }));
    expect(onShortlist).toHaveBeenCalledWith('s-2', true);
  });

  it('says so when there is nothing to rank', () => {
    renderWithProviders(<RankingTable ranking={[]} />, { locale: 'en' });
    expect(screen.getByText('No proposal in the ranking.')).toBeInTheDocument();
  });
});
