import type { MatchItemType } from '@oip/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n';
import { useSimilarItems } from '../hooks/useSimilarItems';
import type { SimilarDraft } from '../lib/similar-draft';
import { targetPath } from '../lib/match-source';
import '../matchmaking.css';

/**
 * "Similar existing items" next to an editor: up to five live items like the draft (title,
 * owner organisation, why), so a duplicate is caught before publishing. Links open in a new
 * tab, so the draft being typed is never left. The count is announced politely.
 */
export function SimilarItemsPanel({
  kind,
  draft,
  excludeId,
  organisationId,
}: {
  kind: Exclude<MatchItemType, 'ORGANISATION'>;
  draft: SimilarDraft;
  /** The item being edited, never its own duplicate. */
  excludeId?: string;
  /** The organisation it is drafted for: its own drafts count too. */
  organisationId?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const headingId = useId();
  const { idle, pending, error, items } = useSimilarItems(kind, draft, excludeId, organisationId);
  const status = idle
    ? t('matchmaking.similar.idle')
    : pending
      ? t('matchmaking.similar.searching')
      : error
        ? t('matchmaking.similar.error')
        : items.length
          ? t('matchmaking.similar.count', { count: items.length })
          : t('matchmaking.similar.none');

  return (
    <section className="similar-items" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matchmaking.similar.title')}</h2>
      <p className="field-hint">{t('matchmaking.similar.hint')}</p>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {!idle && !error && items.length > 0 && (
        <ul className="similar-list" aria-busy={pending || undefined}>
          {items.map((item) => {
            const title =
              (locale === 'en' ? item.titleEn : item.titleIt) || item.titleIt || item.titleEn;
            const reasons = item.reasons[locale];
            return (
              <li key={`${item.targetType}:${item.targetId}`}>
                <a href={targetPath(item)} target="_blank" rel="noopener noreferrer">
                  {title}
                  <span className="visually-hidden"> {t('matchmaking.similar.newTab')}</span>
                </a>
                <span className="card-meta"> · {item.organisationName}</span>
                {reasons.length > 0 && (
                  <p className="field-hint">
                    {t('matchmaking.similar.because')} {reasons.join(' · ')}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
