import { useCallback, useState } from 'react';

/**
 * The state of an action confirmed in a dialog: what waits for confirmation (`pending`, null
 * when the dialog is closed), whether it runs, and the error to show in the dialog.
 * `confirm` runs the action on the pending value, closes on success and keeps the dialog open
 * with the error otherwise, so nothing the user typed in it is lost.
 */
export function useConfirmation<T>(describeError: (caught: unknown) => string | null) {
  const [pending, setPending] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const ask = useCallback((value: T) => {
    setError(null);
    setPending(value);
  }, []);
  const cancel = useCallback(() => setPending(null), []);
  const confirm = async (action: (value: T) => Promise<void>) => {
    if (pending === null || busy) return;
    setBusy(true);
    try {
      await action(pending);
      setPending(null);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  return { pending, busy, error, setError, ask, cancel, confirm };
}
