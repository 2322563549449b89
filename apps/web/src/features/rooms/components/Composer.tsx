import { useQuery } from '@apollo/client/react';
import { RoomPeopleDocument } from '@oip/graphql';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';

const MAX = 10_000;

/** The "@word" being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): string | null {
  const match = /(^|\s)@([\p{L}' -]{0,30})$/u.exec(text.slice(0, caret));
  return match ? match[2]! : null;
}

/**
 * Writes a message: Enter sends, Shift+Enter starts a new line; "@" opens the people of the
 * room (arrows to choose, Enter or Tab to insert, Escape to close). Mentions are sent as ids
 * when their names are still in the text.
 */
export function Composer({
  roomId,
  label,
  onSend,
  onTyping,
}: {
  roomId: string;
  label: string;
  onSend: (body: string, mentions: string[]) => void;
  onTyping: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [mentions, setMentions] = useState<{ userId: string; name: string }[]>([]);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const people = useQuery(RoomPeopleDocument, {
    variables: { roomId, query: query ?? '' },
    skip: query === null,
  });
  const options = query === null ? [] : (people.data?.roomPeople ?? []);
  const listId = `${id}-people`;

  const pick = (person: { userId: string; name: string }) => {
    const textarea = ref.current!;
    const caret = textarea.selectionStart;
    const before = text.slice(0, caret).replace(/@[\p{L}' -]{0,30}$/u, `@${person.name} `);
    setText(before + text.slice(caret));
    setMentions((all) => [...all.filter((m) => m.userId !== person.userId), person]);
    setQuery(null);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(before.length, before.length);
    });
  };

  const submit = () => {
    const body = text.trim();
    if (!body) return;
    if ([...body].length > MAX) return setError(t('errors.ROOM_MESSAGE_TOO_LONG'));
    onSend(
      body,
      mentions.filter((m) => body.includes(`@${m.name}`)).map((m) => m.userId),
    );
    setText('');
    setMentions([]);
    setError(null);
  };

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t('rooms.composer.hint')}
      </p>
      <textarea
        id={id}
        ref={ref}
        rows={3}
        value={text}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options.length ? `${listId}-${active}` : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
          onTyping();
          const next = mentionQuery(event.target.value, event.target.selectionStart);
          setQuery(next);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (options.length > 0) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : options.length - 1;
              setActive((index) => (index + step) % options.length);
              return;
            }
            if (event.key === 'Enter' || event.key === 'Tab') {
              event.preventDefault();
              pick(options[active] ?? options[0]!);
              return;
            }
            if (event.key === 'Escape') {
              event.preventDefault();
              setQuery(null);
              return;
            }
          }
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('rooms.composer.people')}
        className="mention-list"
        hidden={options.length === 0}
      >
        {options.map((person, index) => (
          <li
            key={person.userId}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(person);
            }}
          >
            {person.name}
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <Button type="submit">{t('rooms.composer.send')}</Button>
    </form>
  );
}
