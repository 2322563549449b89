import { IndicatorsDocument, type IndicatorsQuery } from '@oip/graphql';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { IndicatorsTable } from './IndicatorsTable';

const text = (it: string, en: string) => ({ __typename: 'LocalizedText' as const, it, en });
const data: IndicatorsQuery = {
  __typename: 'Query',
  indicators: [
    {
      __typename: 'Indicator',
      code: 'companies_collaborating_with_research',
      name: text(
        'Imprese che collaborano con organizzazioni di ricerca',
        'Companies collaborating with research organisations',
      ),
      unit: 'COUNT',
      baseline: 0,
      target: 350,
      targetDate: '2027-12-31',
      targetReached: false,
      latest: { __typename: 'IndicatorObservation', id: 'o1', observedOn: '2024-12-31', value: 30 },
      note: null,
    },
    {
      __typename: 'Indicator',
      code: 'companies_supported',
      name: text('Imprese sostenute', 'Companies supported'),
      unit: 'COUNT',
      baseline: 0,
      target: 300,
      targetDate: '2027-12-31',
      targetReached: true,
      latest: null,
      note: text('268 nella XI legislatura.', '268 in the 11th legislature.'),
    },
  ],
};

describe('IndicatorsTable', () => {
  it('shows each indicator with its latest figure, target and a textual status', async () => {
    renderWithProviders(<IndicatorsTable />, {
      mocks: [{ request: { query: IndicatorsDocument }, result: { data } }],
      locale: 'en',
    });
    const row = (await screen.findByRole('rowheader', { name: /Companies collaborating/ })).closest(
      'tr',
    )!;
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '0',
      '30December 2024',
      '350December 2027',
      'Not yet',
    ]);
    const supported = screen.getByRole('rowheader', { name: /Companies supported/ }).closest('tr')!;
    expect(within(supported).getByText('n/a')).toBeInTheDocument();
    expect(within(supported).getByText('Reached')).toBeInTheDocument();
    expect(within(supported).getByText('268 in the 11th legislature.')).toBeInTheDocument();
  });

  it('says when no indicator is recorded yet', async () => {
    renderWithProviders(<IndicatorsTable />, {
      mocks: [
        {
          request: { query: IndicatorsDocument },
          result: { data: { __typename: 'Query', indicators: [] } },
        },
      ],
    });
    expect(await screen.findByText('Nessun indicatore ancora registrato.')).toBeInTheDocument();
  });
});
