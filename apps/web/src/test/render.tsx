import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { Locale } from '@oip/domain';
import { MeDocument, type MeQuery } from '@oip/graphql';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '../app/i18n';
import { routes } from '../app/routes';
import { ToastProvider } from '../ui';

/**
 * Renders with the app's real providers. Component tests stub the GraphQL server with
 * MockedProvider to reach states the browser tests cannot (slow, failing, empty); the real
 * API is exercised end to end in e2e/.
 */
export function renderWithProviders(
  ui: ReactNode,
  { mocks = [], locale = 'it' }: { mocks?: MockLink.MockedResponse[]; locale?: Locale } = {},
) {
  const i18n = createI18n(locale);
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <MockedProvider mocks={mocks}>
          <ToastProvider>{ui}</ToastProvider>
        </MockedProvider>
      </I18nextProvider>,
    ),
  };
}

/** Renders the whole route tree at `path`, for an anonymous visitor unless `me` is given. */
export function renderRoute(
  path: string,
  options: { mocks?: MockLink.MockedResponse[]; locale?: Locale; me?: MeQuery['me'] } = {},
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const meMock: MockLink.MockedResponse = {
    request: { query: MeDocument },
    result: { data: { __typename: 'Query', me: options.me ?? null } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  const mocks = [meMock, ...(options.mocks ?? [])];
  return {
    router,
    ...renderWithProviders(<RouterProvider router={router} />, { ...options, mocks }),
  };
}
