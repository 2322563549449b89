import { useQuery } from '@apollo/client/react';
import { ROOM_LIMITS } from '@oip/domain';
import { RoomPeopleDocument } from '@oip/graphql';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';
import { deleteFile, uploadFile } from '../../files/upload';

const MAX = ROOM_LIMITS.messageLength;

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
  onSend: (body: string, mentions: string[], attachmentIds: string[]) => void;
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
  const [files, setFiles] = useState<{ id: string; name: string; url: string }[]>([]);
  const [uploading, setUploading] = useState(false);
  // where the caret goes once an inserted mention is rendered: set in the same commit as the
  // text, so nothing typed in between can land before it
  const caretAfterRender = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterRender.current;
    if (caret === null || !ref.current) return;
    caretAfterRender.current = null;
    ref.current.setSelectionRange(caret, caret);
  }, [text]);
  const attach = async (chosen: FileList | null) => {
    setUploading(true);
    for (const file of [...(chosen ?? [])]) {
      const result = await uploadFile(`/api/rooms/${roomId}/attachments`, file, () => undefined);
      if (result.ok) {
        const body = result.body as { id: string; name: string; url: string };
        setFiles((all) => [...all, { id: body.id, name: body.name, url: body.url }]);
      } else {
        setError(
          t(`errors.${result.code}`, {
            ...result.details,
            defaultValue: t('errors.INTERNAL_SERVER_ERROR'),
          }),
        );
      }
    }
    setUploading(false);
  };
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
    setQuery(null); // the name is complete: what follows is text
    caretAfterRender.current = before.length;
  };

  const submit = () => {
    const body = text.trim();
    if (!body) return;
    if ([...body].length > MAX) return setError(t('errors.ROOM_MESSAGE_TOO_LONG'));
    onSend(
      body,
      mentions.filter((m) => body.includes(`@${m.name}`)).map((m) => m.userId),
      files.map((f) => f.id),
    );
    setText('');
    setMentions([]);
    setFiles([]);
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
          // a mention starts when "@" is typed and lasts while it is being typed
          const caret = event.target.selectionStart;
          const next = mentionQuery(event.target.value, caret);
          const typedAt = event.target.value[caret - 1] === '@';
          setQuery((current) => (current !== null || typedAt ? next : null));
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
      <div className="field">
        <label htmlFor={`${id}-files`}>
          {t('rooms.files.attach', { max: ROOM_LIMITS.attachmentsPerMessage })}
        </label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          disabled={uploading || files.length >= 5}
          onChange={(event) => {
            void attach(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      {files.length > 0 && (
        <ul className="message-files" aria-label={t('rooms.files.ready')}>
          {files.map((file) => (
            <li key={file.id}>
              {file.name}{' '}
              <button
                type="button"
                className="btn-link"
                aria-label={t('rooms.files.remove', { name: file.name })}
                onClick={() => {
                  setFiles((all) => all.filter((f) => f.id !== file.id));
                  void deleteFile(file.url);
                }}
              >
                {t('rooms.files.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {uploading && <p role="status">{t('rooms.files.uploading')}</p>}
      <Button type="submit" disabled={uploading}>
        {t('rooms.composer.send')}
      </Button>
    </form>
  );
}
