import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ToastProvider } from '../ui';
import { ErrorBoundary } from './ErrorBoundary';

export function Providers({
  i18n,
  client,
  children,
}: {
  i18n: I18n;
  client: ApolloClient;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <ApolloProvider client={client}>
          <ToastProvider>{children}</ToastProvider>
        </ApolloProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
