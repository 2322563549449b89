import {
  CHALLENGE_ACTION_LABELS,
  CHALLENGE_STATUS_LABELS,
  isChallengeAction,
  isChallengeStatus,
} from '@oip/domain';
import type { TFunction } from 'i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { currentLocale } from '../../../app/i18n';

/**
 * An API error translated by its code. The details that name a state or an action
 * (CHALLENGE_INVALID_TRANSITION's `status` and `action`) are shown with their labels, not codes.
 */
export function challengeErrorMessage(t: TFunction, language: string, error: unknown): string {
  const view = errorView(error);
  if (!view) return '';
  const locale = currentLocale(language);
  const { status, action } = view.extensions;
  const extensions = {
    ...view.extensions,
    ...(isChallengeStatus(status) ? { status: CHALLENGE_STATUS_LABELS[status][locale] } : {}),
    ...(isChallengeAction(action) ? { action: CHALLENGE_ACTION_LABELS[action][locale] } : {}),
  };
  return errorMessage(t, { ...view, extensions }) ?? t('errors.INTERNAL_SERVER_ERROR');
}
