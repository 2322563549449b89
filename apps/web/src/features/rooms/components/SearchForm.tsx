import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../../ui';

/**
 * A search box that searches on submit (Enter or the button), not on every key; with
 * `clearable`, a "clear" button once something was searched.
 */
export function SearchForm({
  label,
  query,
  onSearch,
  clearText,
}: {
  label: string;
  /** What is being searched now ('' when nothing). */
  query: string;
  onSearch: (query: string) => void;
  /** The clear button's text; no clear button without it. */
  clearText?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(query);
  return (
    <form
      role="search"
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft.trim());
      }}
    >
      <TextField
        label={label}
        type="search"
        value={draft}
        maxLength={200}
        onChange={(event) => setDraft(event.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={!draft.trim()}>
        {t('rooms.search.submit')}
      </Button>
      {clearText && query && (
        <Button
          variant="secondary"
          onClick={() => {
            setDraft('');
            onSearch('');
          }}
        >
          {clearText}
        </Button>
      )}
    </form>
  );
}
