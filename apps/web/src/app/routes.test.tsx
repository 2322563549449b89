import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { taxonomiesMock } from '../test/fixtures';
import { renderRoute } from '../test/render';

describe('routes and app shell', () => {
  it('shows the 404 page for an unknown path, inside the shell', async () => {
    renderRoute('/does-not-exist');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina non trovata' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigazione principale' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Salta al contenuto principale' })).toHaveAttribute(
      'href',
      '#main',
    );
    expect(document.title).toBe('Pagina non trovata · Open Innovation Lombardia');
  });

  it('filters the terms of a taxonomy and says when nothing matches', async () => {
    renderRoute('/taxonomies/province', { mocks: [taxonomiesMock()] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Provincia' })).toBeInTheDocument();
    const filter = screen.getByRole('searchbox', { name: 'Filtra le voci' });
    await userEvent.type(filter, 'mantua');
    expect(screen.getAllByRole('row')).toHaveLength(2); // header + Mantova (matched in English)
    await userEvent.clear(filter);
    await userEvent.type(filter, 'xyz');
    expect(screen.getByText('Nessuna voce corrisponde a «xyz».')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('switches language from the header and announces it', async () => {
    const { i18n } = renderRoute('/accessibility');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('toasts-polite')).toHaveTextContent('Language set: English');
    expect(i18n.language).toBe('en');
  });
});
