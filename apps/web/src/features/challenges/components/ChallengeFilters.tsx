import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Select, TextField } from '../../../ui';
import { useTaxonomyOptions } from '../../taxonomies/hooks/useTaxonomyOptions';
import { useChallengeLabels } from '../hooks/useChallengeLabels';
import {
  REWARD_TYPES,
  SORTS,
  STATUSES,
  splitTags,
  type ChallengeListParams,
} from '../lib/list-params';

/**
 * Search, filters and sort. Edits stay local until "Search": then the page puts them in the URL.
 * The page remounts this form when the URL changes (back button), so it always shows the URL.
 */
export function ChallengeFilters({
  value,
  onApply,
}: {
  value: ChallengeListParams;
  onApply: (next: ChallengeListParams) => void;
}) {
  const { t } = useTranslation();
  const labels = useChallengeLabels();
  const [draft, setDraft] = useState(value);
  const [tags, setTags] = useState(value.tags.join(', '));
  const set = (patch: Partial<ChallengeListParams>) => setDraft({ ...draft, ...patch });
  const any = { value: '', label: t('challenges.any') };
  const ecosystems = [any, ...useTaxonomyOptions('S3_ECOSYSTEM')];
  const sorts = SORTS.filter((sort) => sort !== 'RELEVANCE' || draft.search.trim()).map((sort) => ({
    value: sort,
    label: t(`challenges.sorts.${sort}`),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const search = draft.search.trim();
    // a search sorts by relevance unless told otherwise; without one, relevance means nothing
    const sort = draft.sort === 'RELEVANCE' && !search ? '' : draft.sort;
    onApply({ ...draft, search, sort, tags: splitTags(tags) });
  };

  return (
    <form
      role="search"
      aria-label={t('challenges.searchLabel')}
      onSubmit={submit}
      className="filters"
    >
      <TextField
        label={t('challenges.search')}
        type="search"
        value={draft.search}
        onChange={(e) => set({ search: e.target.value })}
      />
      <Select
        label={t('challenges.status')}
        options={[any, ...STATUSES.map((s) => ({ value: s, label: labels.status(s) }))]}
        value={draft.status}
        onChange={(e) => set({ status: e.target.value as ChallengeListParams['status'] })}
      />
      <Select
        label={t('challenges.ecosystem')}
        options={ecosystems}
        value={draft.ecosystem}
        onChange={(e) => set({ ecosystem: e.target.value })}
      />
      <TextField
        label={t('challenges.tags')}
        hint={t('challenges.tagsHint')}
        value={tags}
        onChange={(e) => setTags(e.target.value)}
      />
      <Select
        label={t('challenges.rewardType')}
        options={[any, ...REWARD_TYPES.map((r) => ({ value: r, label: labels.reward(r) }))]}
        value={draft.reward}
        onChange={(e) => set({ reward: e.target.value as ChallengeListParams['reward'] })}
      />
      <TextField
        label={t('challenges.deadlineFrom')}
        type="date"
        value={draft.from}
        onChange={(e) => set({ from: e.target.value })}
      />
      <TextField
        label={t('challenges.deadlineTo')}
        type="date"
        value={draft.to}
        onChange={(e) => set({ to: e.target.value })}
      />
      <Select
        label={t('challenges.sort')}
        options={[{ value: '', label: t('challenges.sortDefault') }, ...sorts]}
        value={draft.sort}
        onChange={(e) => set({ sort: e.target.value as ChallengeListParams['sort'] })}
      />
      <Button type="submit">{t('challenges.apply')}</Button>
    </form>
  );
}
