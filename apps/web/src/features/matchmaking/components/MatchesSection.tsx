import type { MatchFieldsFragment } from '@oip/graphql';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorView } from '../../../app/graphql-errors';
import { currentLocale } from '../../../app/i18n';
import { Button, QueryStatus, useToast } from '../../../ui';
import { useMatches } from '../hooks';
import type { MatchSource } from '../lib/match-source';
import { MatchItem } from './MatchItem';
import '../matchmaking.css';

export interface MatchesSectionProps {
  source: MatchSource;
  /** The id of the section's heading (unique on the page). */
  headingId?: string;
}

/**
 * The top matches of a challenge, offer, request or organisation, each with its reasons.
 * Renders nothing when the API says the viewer may not see the source (NOT_FOUND/FORBIDDEN).
 */
export function MatchesSection({ source, headingId = 'matches-heading' }: MatchesSectionProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { matches, loading, error, refetch, dismiss, restore } = useMatches(source);
  // the last match dismissed, and where it was: "Undo" puts it back and the focus on it
  const [undoable, setUndoable] = useState<{ match: MatchFieldsFragment; at: number } | null>(null);
  const section = useRef<HTMLElement>(null);
  // a dismissed match takes its focused button away: the keyboard goes on to the next match
  // (the one now at the same place), or to the heading when none is left
  const refocusAt = useRef<number | null>(null);
  useEffect(() => {
    const at = refocusAt.current;
    if (at === null) return;
    refocusAt.current = null;
    const items = section.current?.querySelectorAll<HTMLElement>('.match-list > li') ?? [];
    const next = items[Math.min(at, items.length - 1)]?.querySelector<HTMLElement>('a');
    (next ?? section.current?.querySelector<HTMLElement>('h2'))?.focus();
  }, [matches.length]);
  const code = errorView(error)?.code;
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return null;

  const titleOf = (match: MatchFieldsFragment) =>
    currentLocale(i18n.language) === 'en' ? match.titleEn : match.titleIt;

  async function onDismiss(match: MatchFieldsFragment) {
    const at = matches.indexOf(match);
    refocusAt.current = at;
    setUndoable(null);
    if (await dismiss(match)) setUndoable({ match, at });
    else toast.show(t('matchmaking.dismissFailed'), 'error');
  }

  async function onUndo() {
    if (!undoable) return;
    refocusAt.current = undoable.at;
    if (await restore(undoable.match)) return setUndoable(null);
    refocusAt.current = null;
    toast.show(t('matchmaking.restoreFailed'), 'error');
  }

  const best = matches[0]?.score ?? 0;
  return (
    <section id="matches" ref={section} aria-labelledby={headingId} className="matches-section">
      <h2 id={headingId} tabIndex={-1}>
        {t('matchmaking.title')}
      </h2>
      {/* always there, so screen readers hear each new text; Undo beside it while it applies */}
      <div className={undoable ? 'notice match-undo' : undefined}>
        <p role="status">
          {undoable ? t('matchmaking.dismissed', { title: titleOf(undoable.match) }) : ''}
        </p>
        {undoable && (
          <Button variant="secondary" onClick={() => void onUndo()}>
            {t('matchmaking.undo')}
            <span className="visually-hidden">: {titleOf(undoable.match)}</span>
          </Button>
        )}
      </div>
      {loading || error ? (
        <QueryStatus
          loading={loading}
          error={error}
          loadingText={t('common.loading')}
          errorText={t('common.networkError')}
          retryText={t('common.retry')}
          onRetry={() => void refetch()}
        />
      ) : matches.length === 0 ? (
        <p>{t('matchmaking.empty')}</p>
      ) : (
        <ol className="match-list">
          {matches.map((match) => (
            <MatchItem
              key={`${match.targetType}:${match.targetId}`}
              match={match}
              source={source}
              bestScore={best}
              onDismiss={(m) => void onDismiss(m)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
