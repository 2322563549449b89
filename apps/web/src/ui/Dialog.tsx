import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons of the dialog; a close button is always there. */
  actions?: ReactNode;
}

/**
 * A modal built on the native <dialog>: focus moves in and is trapped by the browser, Escape
 * closes it, and focus returns to whatever opened it.
 */
export function Dialog({ open, title, onClose, children, actions }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement as HTMLElement | null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Focus the first field, else the harmless close button (never a destructive action).
      const first = dialog.querySelector<HTMLElement>('[autofocus], input, select, textarea');
      (first ?? dialog.querySelector<HTMLElement>('[data-dialog-close]'))?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      // Only once the modal is closed is the page behind it focusable again.
      opener.current?.focus();
      opener.current = null;
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">
            {actions}
            <Button variant="secondary" onClick={onClose} data-dialog-close>
              {t('common.close')}
            </Button>
          </div>
        </>
      )}
    </dialog>
  );
}
