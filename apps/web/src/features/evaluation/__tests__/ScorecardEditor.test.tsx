import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { rowsTotal, ScorecardEditor } from '../components/ScorecardEditor';

const criterion = (id: string, it: string, weight: number) => ({
  __typename: 'EvaluationCriterion' as const,
  id,
  weight,
  name: { __typename: 'LocalizedText' as const, it, en: '' },
  description: { __typename: 'LocalizedText' as const, it: '', en: '' },
});

describe('the scorecard weights total', () => {
  it('adds typed weights, blank and invalid ones counting as 0', () => {
    expect(rowsTotal([{ weight: '60' }, { weight: '40' }])).toBe(100);
    expect(rowsTotal([{ weight: '60' }, { weight: '' }, { weight: 'abc' }])).toBe(60);
    expect(rowsTotal([])).toBe(0);
  });

  it('shows the live total as the owner types, with the error until it is 100', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ScorecardEditor
        challengeId="c1"
        criteria={[criterion('k1', 'Impatto', 60), criterion('k2', 'Fattibilità', 30)]}
        editable
      />,
    );
    const total = screen.getByTestId('weights-total');
    expect(total).toHaveTextContent('Totale: 90/100');
    expect(total).toHaveTextContent('I pesi dei criteri devono sommare a 100.');
    expect(screen.getByRole('button', { name: 'Salva i criteri' })).toBeDisabled();

    const weights = screen.getAllByLabelText('Peso');
    await user.clear(weights[1]!);
    await user.type(weights[1]!, '40');
    expect(total).toHaveTextContent('Totale: 100/100');
    expect(total).not.toHaveTextContent('devono sommare');
    expect(screen.getByRole('button', { name: 'Salva i criteri' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Aggiungi un criterio' }));
    await user.type(screen.getAllByLabelText('Peso')[2]!, '5');
    expect(total).toHaveTextContent('Totale: 105/100');
    await user.click(screen.getByRole('button', { name: 'Togli il criterio 3' }));
    expect(total).toHaveTextContent('Totale: 100/100');
  });

  it('is read-only once the challenge is closed', () => {
    renderWithProviders(
      <ScorecardEditor
        challengeId="c1"
        criteria={[criterion('k1', 'Impatto', 100)]}
        editable={false}
      />,
      { locale: 'en' },
    );
    expect(
      screen.getByText('The challenge is closed: the criteria can no longer change.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText(/Impatto — weight 100/)).toBeInTheDocument();
  });
});
