import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { taxonomiesData, taxonomiesMock } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { TaxonomyOverview } from './TaxonomyOverview';

const renderOverview = (mocks: Parameters<typeof renderWithProviders>[1]) =>
  renderWithProviders(
    <MemoryRouter>
      <TaxonomyOverview />
    </MemoryRouter>,
    mocks,
  );

describe('TaxonomyOverview', () => {
  it('announces loading, then shows a card per taxonomy in the current language', async () => {
    renderOverview({ mocks: [taxonomiesMock({ delay: 20 })], locale: 'en' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading taxonomies…');
    const card = (await screen.findByRole('heading', { name: 'Province' })).closest('li')!;
    expect(within(card).getByText('2 terms')).toBeInTheDocument();
    expect(within(card).getByText('Mantua')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'See all terms of Province' })).toHaveAttribute(
      'href',
      '/taxonomies/province',
    );
  });

  it('shows an error with a working retry', async () => {
    renderOverview({
      mocks: [
        taxonomiesMock({ result: undefined, error: new Error('network down') }),
        taxonomiesMock(),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Non è stato possibile caricare le tassonomie.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Riprova' }));
    expect(await screen.findByRole('heading', { name: 'Provincia' })).toBeInTheDocument();
  });

  it('says so when there is nothing to show', async () => {
    renderOverview({
      mocks: [taxonomiesMock({ result: { data: { ...taxonomiesData, taxonomies: [] } } })],
    });
    expect(await screen.findByText('Nessuna voce disponibile.')).toBeInTheDocument();
  });
});
