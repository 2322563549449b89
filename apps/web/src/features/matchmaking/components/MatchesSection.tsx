import type { MatchFieldsFragment } from '@oip/graphql';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorView } from '../../../app/graphql-errors';
import { currentLocale } from '../../../app/i18n';
import { QueryStatus, useToast } from '../../../ui';
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
  const { matches, loading, error, refetch, dismiss } = useMatches(source);
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

  async function onDismiss(match: MatchFieldsFragment) {
    const title = currentLocale(i18n.language) === 'en' ? match.titleEn : match.titleIt;
    refocusAt.current = matches.indexOf(match);
    const done = await dismiss(match);
    if (done) toast.show(t('matchmaking.dismissed', { title }), 'success');
    else toast.show(t('matchmaking.dismissFailed'), 'error');
  }

  const best = matches[0]?.score ?? 0;
  return (
    <section id="matches" ref={section} aria-labelledby={headingId} className="matches-section">
      <h2 id={headingId} tabIndex={-1}>
        {t('matchmaking.title')}
      </h2>
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
