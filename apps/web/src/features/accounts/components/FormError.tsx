import { useEffect, useRef } from 'react';

/** A form-level error: announced and focused, so keyboard and screen-reader users notice it. */
export function FormError({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} className="notice notice-error" role="alert" tabIndex={-1}>
      {message}
    </div>
  );
}
