import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { useToast } from '../../../ui';

/** Runs a moderation mutation: a toast says it is done, or why it failed (nothing else changes). */
export function useModerationAction() {
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback(
    async (run: () => Promise<unknown>, done: string): Promise<boolean> => {
      try {
        await run();
        toast.show(done, 'success');
        return true;
      } catch (error) {
        toast.show(errorMessage(t, errorView(error)) ?? t('errors.INTERNAL_SERVER_ERROR'), 'error');
        return false;
      }
    },
    [t, toast],
  );
}
