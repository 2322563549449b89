import { useState } from 'react';

/**
 * The key of a filter form whose fields live in the URL: it changes when the URL changes from
 * outside the form (back button, a link), so the form is remounted with the URL's values, and
 * not when the form itself applied the change, so the field or button the user is on keeps the
 * keyboard focus. `applied(search)` is called with the query string the form is about to set.
 */
export function useFiltersKey(search: string): [key: number, applied: (search: string) => void] {
  const [seen, setSeen] = useState(search);
  const [fromForm, setFromForm] = useState<string | null>(null);
  const [key, setKey] = useState(0);
  if (seen !== search) {
    // adjusting state to a new URL during render (React's "previous value" pattern)
    setSeen(search);
    if (search !== fromForm) setKey((k) => k + 1);
    setFromForm(null);
  }
  return [key, setFromForm];
}
