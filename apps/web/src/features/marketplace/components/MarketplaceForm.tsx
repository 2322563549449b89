import {
  BUDGET_BANDS,
  BUDGET_BAND_LABELS,
  IP_STATUSES,
  IP_STATUS_LABELS,
  type BudgetBand,
  type IpStatus,
} from '@oip/domain';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../app/useLocalized';
import { Button, Checkbox, Select, TextField } from '../../../ui';
import { LanguageTabs } from '../../challenges/components/LanguageTabs';
import { MarkdownField } from '../../challenges/components/MarkdownField';
import { useTaxonomyOptions } from '../../taxonomies/hooks/useTaxonomyOptions';
import type { MarketplaceFormValues } from '../lib/marketplace-form';
import type { MarketplaceKind } from '../lib/marketplace-kinds';
import { CheckboxGroup } from './CheckboxGroup';
import { ContactPersonsPicker } from './ContactPersonsPicker';

const TRLS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Every field of an offer or a request; texts in Italian and English with a live preview;
 * `aside` (the similar items) just before the save button.
 */
export function MarketplaceForm({
  kind,
  organisationId,
  values,
  onChange,
  fieldError,
  onSubmit,
  saving,
  submitLabel,
  banner,
  aside,
}: {
  kind: MarketplaceKind;
  /** The owner: its members are the possible contact persons. */
  organisationId: string;
  values: MarketplaceFormValues;
  onChange: (values: MarketplaceFormValues) => void;
  fieldError: (name: string) => string | null;
  onSubmit: () => void;
  saving: boolean;
  submitLabel: string;
  banner: ReactNode;
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const set = (patch: Partial<MarketplaceFormValues>) => onChange({ ...values, ...patch });
  const ecosystems = useTaxonomyOptions('S3_ECOSYSTEM');
  const ateco = useTaxonomyOptions('ATECO_SECTION');
  const partnerships = useTaxonomyOptions('PARTNERSHIP_TYPE');
  const kinds = useTaxonomyOptions('ORGANISATION_KIND');
  const none = { value: '', label: t('marketplace.notSet') };
  const trls = TRLS.map((level) => ({ value: level, label: level }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const textPanel = (locale: 'it' | 'en') => {
    const suffix = locale === 'it' ? 'It' : 'En';
    return (
      <>
        <TextField
          label={t('marketplace.fields.title')}
          lang={locale}
          value={values[`title${suffix}`]}
          onChange={(e) => set({ [`title${suffix}`]: e.target.value })}
          error={fieldError(`title${suffix}`)}
        />
        <MarkdownField
          label={t('marketplace.fields.description')}
          lang={locale}
          value={values[`description${suffix}`]}
          onChange={(value) => set({ [`description${suffix}`]: value })}
          error={fieldError(`description${suffix}`)}
          rows={10}
        />
      </>
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      {banner}
      <fieldset className="field">
        <legend>{t('marketplace.texts')}</legend>
        <p className="field-hint">{t('marketplace.textsHint')}</p>
        {fieldError('language') && (
          <p className="field-error" role="alert">
            {fieldError('language')}
          </p>
        )}
        <LanguageTabs
          label={t('marketplace.languages')}
          tabs={(['it', 'en'] as const).map((locale) => ({
            key: locale,
            label: t(`marketplace.language.${locale}`),
            panel: textPanel(locale),
          }))}
        />
      </fieldset>
      {kind === 'offer' ? (
        <>
          <Select
            label={t('marketplace.fields.trl')}
            options={[none, ...trls]}
            value={values.trl}
            onChange={(e) => set({ trl: e.target.value })}
            error={fieldError('trl')}
            required
          />
          <Select
            label={t('marketplace.ipStatus')}
            options={IP_STATUSES.map((code) => ({
              value: code,
              label: localized(IP_STATUS_LABELS[code]),
            }))}
            value={values.ipStatus}
            onChange={(e) => set({ ipStatus: e.target.value as IpStatus })}
            error={fieldError('ipStatus')}
          />
          <ContactPersonsPicker
            organisationId={organisationId}
            value={values.contactPersonIds}
            onChange={(contactPersonIds) => set({ contactPersonIds })}
            error={fieldError('contactPersonIds')}
          />
        </>
      ) : (
        <>
          <CheckboxGroup
            legend={t('marketplace.fields.partnerKinds')}
            options={kinds}
            value={values.partnerKinds}
            onChange={(partnerKinds) => set({ partnerKinds })}
            error={fieldError('partnerKinds')}
          />
          <Select
            label={t('marketplace.fields.trlMin')}
            options={[none, ...trls]}
            value={values.trlMin}
            onChange={(e) => set({ trlMin: e.target.value })}
            error={fieldError('trlMin')}
          />
          <Select
            label={t('marketplace.fields.trlMax')}
            options={[none, ...trls]}
            value={values.trlMax}
            onChange={(e) => set({ trlMax: e.target.value })}
            error={fieldError('trlMax')}
          />
          <Checkbox
            label={t('marketplace.fields.acceptsLowerTrl')}
            checked={values.acceptsLowerTrl}
            onChange={(e) => set({ acceptsLowerTrl: e.target.checked })}
          />
          <Select
            label={t('marketplace.fields.budgetBand')}
            options={BUDGET_BANDS.map((code) => ({
              value: code,
              label: localized(BUDGET_BAND_LABELS[code]),
            }))}
            value={values.budgetBand}
            onChange={(e) => set({ budgetBand: e.target.value as BudgetBand })}
            error={fieldError('budgetBand')}
          />
        </>
      )}
      <CheckboxGroup
        legend={t('marketplace.fields.s3Ecosystems')}
        options={ecosystems}
        value={values.s3Ecosystems}
        onChange={(s3Ecosystems) => set({ s3Ecosystems })}
        error={fieldError('s3Ecosystems')}
      />
      <CheckboxGroup
        legend={t('marketplace.fields.atecoSections')}
        options={ateco}
        value={values.atecoSections}
        onChange={(atecoSections) => set({ atecoSections })}
        error={fieldError('atecoSections')}
      />
      <CheckboxGroup
        legend={t('marketplace.fields.partnershipTypes')}
        options={partnerships}
        value={values.partnershipTypes}
        onChange={(partnershipTypes) => set({ partnershipTypes })}
        error={fieldError('partnershipTypes')}
      />
      <TextField
        label={t('marketplace.tags')}
        hint={t('marketplace.tagsHint')}
        value={values.tags}
        onChange={(e) => set({ tags: e.target.value })}
        error={fieldError('tags')}
      />
      {aside}
      <div className="action-bar">
        <Button type="submit" disabled={saving}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
