import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineMessage } from '../lib/timeline';

export const REACTION_PALETTE = ['👍', '❤️', '🎉', '😄', '🤔', '👀'];

/** A message's reactions (toggle buttons) and the palette to add one. */
export function Reactions({
  message,
  meId,
  onToggle,
}: {
  message: TimelineMessage;
  meId: string;
  onToggle: (emoji: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="reactions">
      {message.reactions.map((r) => (
        <button
          key={r.emoji}
          type="button"
          className="reaction"
          aria-pressed={r.userIds.includes(meId)}
          aria-label={t('rooms.reaction.label', { emoji: r.emoji, count: r.userIds.length })}
          onClick={() => onToggle(r.emoji)}
        >
          {r.emoji} {r.userIds.length}
        </button>
      ))}
      {!message.deleted && !message.hidden && (
        <button
          type="button"
          className="btn-link"
          aria-expanded={open}
          onClick={() => setOpen((value) => !value)}
        >
          {t('rooms.reaction.add')}
        </button>
      )}
      {open && (
        <div role="group" aria-label={t('rooms.reaction.palette')} className="reaction-palette">
          {REACTION_PALETTE.map((emoji) => (
            <button
              key={emoji}
              type="button"
              className="reaction"
              onClick={() => {
                onToggle(emoji);
                setOpen(false);
              }}
            >
              {emoji}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
