import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ToastKind = 'info' | 'success' | 'error';
interface ToastItem {
  id: number;
  kind: ToastKind;
  message: string;
}
interface ToastApi {
  show(message: string, kind?: ToastKind): void;
}

const ToastContext = createContext<ToastApi | null>(null);
const AUTO_DISMISS_MS = 6000;

/**
 * Notifications announced to screen readers through live regions that exist before any
 * message arrives (otherwise some readers miss the first one). Errors are assertive. The
 * regions carry no role, so they do not count as extra status/alert elements on every page.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)),
    [],
  );
  const show = useCallback(
    (message: string, kind: ToastKind = 'info') => {
      const id = Date.now() + Math.random();
      setToasts((all) => [...all, { id, kind, message }]);
      if (kind !== 'error') setTimeout(() => dismiss(id), AUTO_DISMISS_MS);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);

  const region = (politeness: 'polite' | 'assertive', items: ToastItem[]) => (
    <div className="toasts" aria-live={politeness} data-testid={`toasts-${politeness}`}>
      {items.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`}>
          <span>{toast.message}</span>
          <button
            type="button"
            className="toast-dismiss"
            aria-label={t('common.dismiss')}
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section aria-label={t('common.notifications')} className="toast-stack">
        {region(
          'polite',
          toasts.filter((toast) => toast.kind !== 'error'),
        )}
        {region(
          'assertive',
          toasts.filter((toast) => toast.kind === 'error'),
        )}
      </section>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}
