import type { ChallengeVisibility, RewardType } from '@oip/graphql';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Select, TextField } from '../../../ui';
import { useTaxonomyOptions } from '../../taxonomies/hooks/useTaxonomyOptions';
import { useChallengeLabels } from '../hooks/useChallengeLabels';
import {
  MARKDOWN_FIELDS,
  textFieldName,
  type ChallengeFormValues,
  type TextLocale,
} from '../lib/challenge-form';
import { REWARD_TYPES } from '../lib/list-params';
import { InvitedOrganisationsPicker } from './InvitedOrganisationsPicker';
import { LanguageTabs } from './LanguageTabs';
import { MarkdownField } from './MarkdownField';

const TRL = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const VISIBILITIES: ChallengeVisibility[] = ['PUBLIC', 'MEMBERS', 'INVITED'];

/**
 * Every field of a challenge, controlled by the editor. `fieldError(name)` gives the translated
 * error of an API field (VALIDATION_FAILED codes), so each one is shown next to its input.
 */
export function ChallengeForm({
  values,
  onChange,
  fieldError,
  onSubmit,
  saving,
  submitLabel,
  banner,
  aside,
}: {
  values: ChallengeFormValues;
  onChange: (next: ChallengeFormValues) => void;
  fieldError: (name: string) => string | null;
  onSubmit: () => void;
  saving: boolean;
  submitLabel: string;
  banner?: ReactNode;
  /** Shown just before the save button (the similar items). */
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useChallengeLabels();
  const ecosystems = useTaxonomyOptions('S3_ECOSYSTEM');
  const kinds = useTaxonomyOptions('ORGANISATION_KIND');
  const set = (patch: Partial<ChallengeFormValues>) => onChange({ ...values, ...patch });
  const setText = (locale: TextLocale, field: string, text: string) =>
    onChange({
      ...values,
      text: { ...values.text, [locale]: { ...values.text[locale], [field]: text } },
    });
  const toggle = (list: string[], code: string, on: boolean) =>
    on ? [...list, code] : list.filter((item) => item !== code);
  const trl = [
    { value: '', label: t('challenges.notSet') },
    ...TRL.map((v) => ({ value: v, label: `TRL ${v}` })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const textPanel = (locale: TextLocale) => (
    <>
      <TextField
        label={t('challenges.fields.title')}
        lang={locale}
        value={values.text[locale].title}
        onChange={(e) => setText(locale, 'title', e.target.value)}
        error={fieldError(textFieldName('title', locale))}
      />
      {MARKDOWN_FIELDS.map((field) => (
        <MarkdownField
          key={field}
          label={t(`challenges.fields.${field}`)}
          lang={locale}
          rows={field === 'summary' ? 3 : 6}
          value={values.text[locale][field]}
          onChange={(text) => setText(locale, field, text)}
          error={fieldError(textFieldName(field, locale))}
        />
      ))}
    </>
  );
  const hasErrors = (locale: TextLocale) =>
    ['title', ...MARKDOWN_FIELDS].some((field) =>
      fieldError(textFieldName(field as 'title', locale)),
    );

  return (
    <form onSubmit={submit} noValidate>
      {banner}
      <fieldset className="field">
        <legend>{t('challenges.texts')}</legend>
        <p className="field-hint">{t('challenges.textsHint')}</p>
        {fieldError('language') && (
          <p className="field-error" role="alert">
            {fieldError('language')}
          </p>
        )}
        <LanguageTabs
          label={t('challenges.languages')}
          tabs={(['it', 'en'] as const).map((locale) => ({
            key: locale,
            label: t(`challenges.language.${locale}`),
            note: hasErrors(locale) ? t('challenges.tabHasErrors') : undefined,
            panel: textPanel(locale),
          }))}
        />
      </fieldset>
      <TextField
        label={t('challenges.deadlineRome')}
        hint={t('challenges.deadlineHint')}
        type="datetime-local"
        value={values.deadline}
        onChange={(e) => set({ deadline: e.target.value })}
        error={fieldError('deadline')}
      />
      <fieldset className="field">
        <legend>{t('challenges.ecosystems')}</legend>
        {ecosystems.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={values.s3Ecosystems.includes(option.value)}
            onChange={(e) =>
              set({ s3Ecosystems: toggle(values.s3Ecosystems, option.value, e.target.checked) })
            }
          />
        ))}
        {fieldError('s3Ecosystems') && (
          <p className="field-error" role="alert">
            {fieldError('s3Ecosystems')}
          </p>
        )}
      </fieldset>
      <TextField
        label={t('challenges.tags')}
        hint={t('challenges.tagsHint')}
        value={values.tags}
        onChange={(e) => set({ tags: e.target.value })}
        error={fieldError('tags')}
      />
      <fieldset className="field">
        <legend>{t('challenges.soughtPartnerKinds')}</legend>
        {kinds.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={values.soughtPartnerKinds.includes(option.value)}
            onChange={(e) =>
              set({
                soughtPartnerKinds: toggle(
                  values.soughtPartnerKinds,
                  option.value,
                  e.target.checked,
                ),
              })
            }
          />
        ))}
        {fieldError('soughtPartnerKinds') && (
          <p className="field-error" role="alert">
            {fieldError('soughtPartnerKinds')}
          </p>
        )}
      </fieldset>
      <fieldset className="field">
        <legend>{t('challenges.trlRange')}</legend>
        <Select
          label={t('challenges.trlMin')}
          options={trl}
          value={values.trlMin}
          onChange={(e) => set({ trlMin: e.target.value })}
          error={fieldError('trlMin')}
        />
        <Select
          label={t('challenges.trlMax')}
          options={trl}
          value={values.trlMax}
          onChange={(e) => set({ trlMax: e.target.value })}
          error={fieldError('trlMax')}
        />
        <Checkbox
          label={t('challenges.acceptsLowerTrl')}
          checked={values.acceptsLowerTrl}
          onChange={(e) => set({ acceptsLowerTrl: e.target.checked })}
        />
      </fieldset>
      <fieldset className="field">
        <legend>{t('challenges.reward')}</legend>
        <Select
          label={t('challenges.rewardType')}
          required
          options={REWARD_TYPES.map((r) => ({ value: r, label: labels.reward(r) }))}
          value={values.rewardType}
          onChange={(e) => set({ rewardType: e.target.value as RewardType })}
          error={fieldError('rewardType')}
        />
        <TextField
          label={t('challenges.rewardAmount')}
          hint={t('challenges.rewardAmountHint')}
          inputMode="decimal"
          value={values.rewardAmount}
          onChange={(e) => set({ rewardAmount: e.target.value })}
          error={fieldError('rewardAmount')}
        />
        <TextField
          label={t('challenges.rewardCurrency')}
          hint={t('challenges.rewardCurrencyHint')}
          maxLength={3}
          value={values.rewardCurrency}
          onChange={(e) => set({ rewardCurrency: e.target.value })}
          error={fieldError('rewardCurrency')}
        />
      </fieldset>
      <Select
        label={t('challenges.visibility')}
        options={VISIBILITIES.map((v) => ({ value: v, label: labels.visibility(v) }))}
        value={values.visibility}
        onChange={(e) => set({ visibility: e.target.value as ChallengeVisibility })}
        error={fieldError('visibility')}
      />
      {values.visibility === 'INVITED' && (
        <InvitedOrganisationsPicker
          value={values.invited}
          onChange={(invited) => set({ invited })}
          error={fieldError('invitedOrganisationIds')}
        />
      )}
      {aside}
      <Button type="submit" disabled={saving}>
        {saving ? t('common.wait') : submitLabel}
      </Button>
    </form>
  );
}
