import { Button } from './Button';

export interface QueryStatusProps {
  loading: boolean;
  error: unknown;
  loadingText: string;
  errorText: string;
  retryText: string;
  onRetry: () => void;
}

/** Loading and error states of a data-driven section, announced to assistive technology. */
export function QueryStatus({
  loading,
  error,
  loadingText,
  errorText,
  retryText,
  onRetry,
}: QueryStatusProps) {
  if (error) {
    return (
      <div className="notice notice-error" role="alert">
        <p>{errorText}</p>
        <Button variant="secondary" onClick={onRetry}>
          {retryText}
        </Button>
      </div>
    );
  }
  if (loading) {
    return (
      <p className="notice" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {loadingText}
      </p>
    );
  }
  return null;
}
