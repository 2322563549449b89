import { useMutation } from '@apollo/client/react';
import { HideRoomMessageDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../challenge-brief/format';
import { Button, Dialog, TextArea } from '../../../ui';
import type { TimelineMessage } from '../lib/timeline';
import { MessageBody } from './MessageBody';
import { Reactions } from './Reactions';
import { ReportDialog } from './ReportDialog';

export interface MessageActions {
  /** Edits, deletes and reactions go over the socket; the answer's error code, if any. */
  act: (
    event: string,
    payload: Record<string, unknown>,
  ) => Promise<{ ok: boolean; error?: { code: string } }>;
  onReply?: (message: TimelineMessage) => void;
  onError: (code: string) => void;
}

/**
 * One message: author, time, "edited", the sanitised body, reactions, and what the viewer may
 * do with it (reply, edit and delete their own, report others', hide as a moderator).
 */
export function MessageItem({
  message,
  meId,
  moderates,
  parentAuthor,
  actions,
}: {
  message: TimelineMessage;
  meId: string;
  moderates: boolean;
  parentAuthor?: string | null;
  actions: MessageActions;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body ?? '');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [hide] = useMutation(HideRoomMessageDocument);
  const mine = message.authorId === meId;
  const gone = message.deleted || message.hidden;
  const run = async (event: string, payload: Record<string, unknown>) => {
    const ack = await actions.act(event, payload);
    if (!ack.ok) actions.onError(ack.error?.code ?? 'INTERNAL_SERVER_ERROR');
    return ack.ok;
  };
  return (
    <li className={`message${mine ? ' message-mine' : ''}`} data-seq={message.seq}>
      <p className="message-meta">
        <strong>{message.authorName ?? t('rooms.formerMember')}</strong>{' '}
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
        {message.editedAt && !gone && (
          <span className="card-meta"> · {t('rooms.message.edited')}</span>
        )}
        {message.parentId && (
          <span className="card-meta">
            {' '}
            · {t('rooms.message.inReplyTo', { name: parentAuthor ?? t('rooms.formerMember') })}
          </span>
        )}
      </p>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run('message:edit', { messageId: message.id, body: draft }).then(
              (ok) => ok && setEditing(false),
            );
          }}
        >
          <TextArea
            label={t('rooms.message.editLabel')}
            value={draft}
            rows={3}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setEditing(false);
            }}
          />
          <Button type="submit">{t('rooms.message.save')}</Button>{' '}
          <Button variant="secondary" onClick={() => setEditing(false)}>
            {t('rooms.message.cancel')}
          </Button>
        </form>
      ) : (
        <MessageBody message={message} />
      )}
      <Reactions
        message={message}
        meId={meId}
        onToggle={(emoji) => void run('reaction:toggle', { messageId: message.id, emoji })}
      />
      <div className="message-actions">
        {actions.onReply && !message.parentId && (
          <button type="button" className="btn-link" onClick={() => actions.onReply!(message)}>
            {message.replyCount > 0
              ? t('rooms.message.replies', { count: message.replyCount })
              : t('rooms.message.reply')}
          </button>
        )}
        {mine && !gone && !editing && (
          <>
            <button
              type="button"
              className="btn-link"
              onClick={() => {
                setDraft(message.body ?? '');
                setEditing(true);
              }}
            >
              {t('rooms.message.edit')}
            </button>
            <button type="button" className="btn-link" onClick={() => setConfirmDelete(true)}>
              {t('rooms.message.delete')}
            </button>
          </>
        )}
        {!mine && !gone && (
          <button type="button" className="btn-link" onClick={() => setReporting(true)}>
            {t('rooms.message.report')}
          </button>
        )}
        {moderates && !message.deleted && (
          <button
            type="button"
            className="btn-link"
            onClick={() =>
              void hide({ variables: { messageId: message.id, hidden: !message.hidden } }).catch(
                () => actions.onError('INTERNAL_SERVER_ERROR'),
              )
            }
          >
            {message.hidden ? t('rooms.message.unhide') : t('rooms.message.hide')}
          </button>
        )}
      </div>
      <Dialog
        open={confirmDelete}
        title={t('rooms.message.deleteTitle')}
        onClose={() => setConfirmDelete(false)}
        actions={
          <Button
            variant="danger"
            onClick={() =>
              void run('message:delete', { messageId: message.id }).then(() =>
                setConfirmDelete(false),
              )
            }
          >
            {t('rooms.message.deleteConfirm')}
          </Button>
        }
      >
        <p>{t('rooms.message.deleteBody')}</p>
      </Dialog>
      {reporting && <ReportDialog messageId={message.id} onClose={() => setReporting(false)} />}
    </li>
  );
}
