import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/graphql-errors';
import { formatRomeTime } from '../format';
import type { AutosaveState } from '../hooks/useAutosave';

/** One polite live line: "Saving…", "Saved at 14:05", "Not saved: …". */
export function AutosaveStatus({ state }: { state: AutosaveState }) {
  const { t, i18n } = useTranslation();
  let text = '';
  if (state.kind === 'saving') text = t('submissions.autosave.saving');
  if (state.kind === 'saved')
    text = t('submissions.autosave.saved', { time: formatRomeTime(state.at, i18n.language) });
  if (state.kind === 'error')
    text = t('submissions.autosave.failed', {
      reason:
        state.error.code === 'VALIDATION_FAILED'
          ? t('submissions.autosave.checkFields')
          : errorMessage(t, state.error),
    });
  if (state.kind === 'conflict') text = t('submissions.autosave.conflict');
  return (
    <p className={`autosave-status autosave-${state.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
