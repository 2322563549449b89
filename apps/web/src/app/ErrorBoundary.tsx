import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Button } from '../ui';

/** What the user sees instead of a blank page when rendering fails. */
export function ErrorFallback() {
  const { t } = useTranslation();
  return (
    <div className="error-page" role="alert">
      <h1>{t('errorBoundary.title')}</h1>
      <p>{t('errorBoundary.body')}</p>
      <Button onClick={() => window.location.reload()}>{t('errorBoundary.reload')}</Button>
    </div>
  );
}

/** Catches render errors anywhere below it (outside the router too). */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled render error', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ErrorFallback /> : this.props.children;
  }
}

/** The router's errorElement: errors thrown while rendering a route. */
export function RouteError() {
  console.error('Route error', useRouteError());
  return <ErrorFallback />;
}
