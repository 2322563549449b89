import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

export interface ErrorView {
  /** The first error's stable code (e.g. VALIDATION_FAILED, INVALID_CREDENTIALS). */
  code: string;
  /** Field name → error code, for VALIDATION_FAILED. */
  fields: Record<string, string>;
  extensions: Record<string, unknown>;
}

/** Reads the API's error contract (extensions.code / extensions.fields) out of an Apollo error. */
export function errorView(error: unknown): ErrorView | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = (error.errors[0]?.extensions ?? {}) as Record<string, unknown>;
    return {
      code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
      fields: (extensions.fields as Record<string, string> | undefined) ?? {},
      extensions,
    };
  }
  return { code: 'NETWORK_ERROR', fields: {}, extensions: {} };
}

/** The translated message of an error code (codes come from @oip/domain; network errors too). */
export function errorMessage(t: TFunction, view: ErrorView | null): string | null {
  if (!view) return null;
  if (view.code === 'NETWORK_ERROR') return t('common.networkError');
  return t(`errors.${view.code}`, {
    ...view.extensions,
    defaultValue: t('errors.INTERNAL_SERVER_ERROR'),
  });
}

/** The translated message for one form field, if the API refused it. */
export function fieldMessage(t: TFunction, view: ErrorView | null, field: string): string | null {
  const code = view?.fields[field];
  return code ? t(`errors.${code}`) : null;
}
