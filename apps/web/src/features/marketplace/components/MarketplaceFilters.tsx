import {
  BUDGET_BANDS,
  BUDGET_BAND_LABELS,
  IP_STATUSES,
  IP_STATUS_LABELS,
  MARKETPLACE_STATUSES,
  MARKETPLACE_STATUS_LABELS,
  type LocalizedText,
} from '@oip/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../app/useLocalized';
import { Button, Select, TextField } from '../../../ui';
import { useTaxonomyOptions } from '../../taxonomies/hooks/useTaxonomyOptions';
import { splitTags, type MarketplaceListParams, type StatusChoice } from '../lib/list-params';
import type { MarketplaceKind } from '../lib/marketplace-kinds';

const TRLS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Search and filters; edits stay local until "Search", then the page puts them in the URL
 * (the page remounts this form when the URL changes, so it always shows the URL).
 */
export function MarketplaceFilters({
  kind,
  value,
  statusChoice = false,
  onApply,
}: {
  kind: MarketplaceKind;
  value: MarketplaceListParams;
  /** one organisation's items, for a viewer who may see more than the published ones */
  statusChoice?: boolean;
  onApply: (next: MarketplaceListParams) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [draft, setDraft] = useState(value);
  const [tags, setTags] = useState(value.tags.join(', '));
  const set = (patch: Partial<MarketplaceListParams>) => setDraft({ ...draft, ...patch });
  const any = { value: '', label: t('marketplace.any') };
  // a code from the address that the taxonomy does not know (an old or mistyped link) stays
  // visible as what is applied, so it can be seen and changed
  const withApplied = (options: { value: string; label: string }[], applied: string) =>
    options.length > 0 && applied && !options.some((o) => o.value === applied)
      ? [
          any,
          ...options,
          { value: applied, label: t('marketplace.unknownCode', { code: applied }) },
        ]
      : [any, ...options];
  const ecosystems = withApplied(useTaxonomyOptions('S3_ECOSYSTEM'), value.ecosystem);
  const partnerships = withApplied(useTaxonomyOptions('PARTNERSHIP_TYPE'), value.partnership);
  const kinds = withApplied(useTaxonomyOptions('ORGANISATION_KIND'), value.partnerKind);
  const atecoSections = withApplied(useTaxonomyOptions('ATECO_SECTION'), value.ateco);
  const labelled = <C extends string>(codes: readonly C[], labels: Record<C, LocalizedText>) =>
    codes.map((code) => ({ value: code, label: localized(labels[code]) }));
  const trls = [any, ...TRLS.map((level) => ({ value: level, label: level }))];
  // an inverted range finds nothing: say so instead of only showing an empty list (also when
  // it comes from the address)
  const inverted = (params: MarketplaceListParams) =>
    Boolean(params.trlMin && params.trlMax && Number(params.trlMin) > Number(params.trlMax));
  const [rangeError, setRangeError] = useState<string | null>(() =>
    inverted(value) ? t('errors.TRL_RANGE_INVALID') : null,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inverted(draft)) return setRangeError(t('errors.TRL_RANGE_INVALID'));
    setRangeError(null);
    onApply({ ...draft, search: draft.search.trim(), tags: splitTags(tags) });
  };
  return (
    <form
      role="search"
      aria-label={t(`marketplace.${kind}.searchLabel`)}
      onSubmit={submit}
      className="filters"
    >
      <TextField
        label={t('marketplace.search')}
        type="search"
        value={draft.search}
        onChange={(e) => set({ search: e.target.value })}
      />
      <Select
        label={t('marketplace.ecosystem')}
        options={ecosystems}
        value={draft.ecosystem}
        onChange={(e) => set({ ecosystem: e.target.value })}
      />
      <TextField
        label={t('marketplace.tags')}
        hint={t('marketplace.tagsFilterHint')}
        value={tags}
        onChange={(e) => setTags(e.target.value)}
      />
      <Select
        label={t('marketplace.partnership')}
        options={partnerships}
        value={draft.partnership}
        onChange={(e) => set({ partnership: e.target.value })}
      />
      {kind === 'request' && (
        <Select
          label={t('marketplace.partnerKind')}
          options={kinds}
          value={draft.partnerKind}
          onChange={(e) => set({ partnerKind: e.target.value })}
        />
      )}
      <Select
        label={t('marketplace.ateco')}
        options={atecoSections}
        value={draft.ateco}
        onChange={(e) => set({ ateco: e.target.value })}
      />
      {kind === 'request' && (
        <Select
          label={t('marketplace.budget')}
          options={[any, ...labelled(BUDGET_BANDS, BUDGET_BAND_LABELS)]}
          value={draft.budget}
          onChange={(e) => set({ budget: e.target.value })}
        />
      )}
      <Select
        label={t('marketplace.trlMin')}
        options={trls}
        value={draft.trlMin}
        onChange={(e) => set({ trlMin: e.target.value })}
        error={rangeError}
      />
      <Select
        label={t('marketplace.trlMax')}
        options={trls}
        value={draft.trlMax}
        onChange={(e) => set({ trlMax: e.target.value })}
      />
      {kind === 'offer' && (
        <Select
          label={t('marketplace.ipStatus')}
          options={[any, ...labelled(IP_STATUSES, IP_STATUS_LABELS)]}
          value={draft.ipStatus}
          onChange={(e) => set({ ipStatus: e.target.value })}
        />
      )}
      {statusChoice && (
        // one organisation's items: its members also see drafts, expired and archived ones
        <Select
          label={t('marketplace.status')}
          options={[
            { value: '', label: localized(MARKETPLACE_STATUS_LABELS.published) },
            { value: 'all', label: t('marketplace.allStatuses') },
            ...MARKETPLACE_STATUSES.filter((code) => code !== 'published').map((code) => ({
              value: code,
              label: localized(MARKETPLACE_STATUS_LABELS[code]),
            })),
          ]}
          value={draft.status}
          onChange={(e) => set({ status: e.target.value as StatusChoice })}
        />
      )}
      <Button type="submit">{t('marketplace.apply')}</Button>
    </form>
  );
}
