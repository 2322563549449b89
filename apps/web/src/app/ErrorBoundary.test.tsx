import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('render failed');
}

describe('ErrorBoundary', () => {
  it('shows a translated fallback instead of a blank page', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      renderWithProviders(
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>,
        { locale: 'en' },
      );
      expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
      expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    } finally {
      spy.mockRestore();
    }
  });
});
