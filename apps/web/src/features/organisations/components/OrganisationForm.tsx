import type { OrganisationFieldsFragment, OrganisationInput } from '@oip/graphql';
import { SIZE_BANDS, SIZE_BAND_LABELS } from '@oip/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldMessage, type ErrorView } from '../../../app/graphql-errors';
import { currentLocale } from '../../../app/i18n';
import { Button, Checkbox, Select, TextArea, TextField } from '../../../ui';
import { FormError } from '../../accounts/components/FormError';
import { useTaxonomyOptions } from '../../taxonomies/hooks/useTaxonomyOptions';
import { ParentPicker } from './ParentPicker';

const TRL_OPTIONS = ['', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function toInput(organisation?: OrganisationFieldsFragment): OrganisationInput {
  return {
    kind: organisation?.kind ?? '',
    legalName: organisation?.legalName ?? '',
    displayName: organisation?.displayName ?? '',
    vatNumber: organisation?.vatNumber ?? '',
    website: organisation?.website ?? '',
    country: organisation?.country ?? 'IT',
    region: organisation?.region ?? 'Lombardia',
    province: organisation?.province ?? '',
    sizeBand: organisation?.sizeBand ?? '',
    atecoSection: organisation?.atecoSection ?? '',
    s3Ecosystems: organisation?.s3Ecosystems ?? [],
    competences: organisation?.competences ?? [],
    trlMin: organisation?.trlMin ?? null,
    trlMax: organisation?.trlMax ?? null,
    descriptionIt: organisation?.description.it ?? '',
    descriptionEn: organisation?.description.en ?? '',
    parentId: organisation?.parentId ?? null,
  };
}

/** Create and edit form: every field labelled, API field errors shown next to each field. */
export function OrganisationForm(props: {
  initial: OrganisationInput;
  submitLabel: string;
  saving: boolean;
  error: ErrorView | null;
  onSubmit: (input: OrganisationInput) => void;
  /** The organisation being edited (it cannot be its own parent). */
  selfId?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const [form, setForm] = useState(props.initial);
  const [tags, setTags] = useState(props.initial.competences?.join(', ') ?? '');
  const set = (patch: Partial<OrganisationInput>) => setForm({ ...form, ...patch });
  const field = (name: string) => fieldMessage(t, props.error, name);
  const none = { value: '', label: t('organisations.none_option') };
  const kinds = [
    { value: '', label: t('organisations.choose') },
    ...useTaxonomyOptions('ORGANISATION_KIND'),
  ];
  const provinces = [none, ...useTaxonomyOptions('PROVINCE')];
  const ateco = [none, ...useTaxonomyOptions('ATECO_SECTION')];
  const ecosystems = useTaxonomyOptions('S3_ECOSYSTEM');
  const sizes = [
    none,
    ...SIZE_BANDS.map((band) => ({ value: band, label: SIZE_BAND_LABELS[band][locale] })),
  ];
  const trl = TRL_OPTIONS.map((value) => ({
    value,
    label: value || t('organisations.none_option'),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit({
      ...form,
      competences: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      vatNumber: form.vatNumber || null,
      website: form.website || null,
      province: form.province || null,
      sizeBand: form.sizeBand || null,
      atecoSection: form.atecoSection || null,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormError
        message={
          props.error && props.error.code !== 'VALIDATION_FAILED'
            ? errorMessage(t, props.error)
            : props.error
              ? t('errors.VALIDATION_FAILED')
              : null
        }
      />
      <Select
        label={t('organisations.kind')}
        required
        options={kinds}
        value={form.kind}
        onChange={(e) => set({ kind: e.target.value })}
        error={field('kind')}
      />
      <TextField
        label={t('organisations.legalName')}
        required
        value={form.legalName}
        onChange={(e) => set({ legalName: e.target.value })}
        error={field('legalName')}
      />
      <TextField
        label={t('organisations.displayName')}
        required
        value={form.displayName}
        onChange={(e) => set({ displayName: e.target.value })}
        error={field('displayName')}
      />
      <TextField
        label={t('organisations.vatNumber')}
        hint={t('organisations.vatHint')}
        value={form.vatNumber ?? ''}
        onChange={(e) => set({ vatNumber: e.target.value })}
        error={field('vatNumber')}
      />
      <TextField
        label={t('organisations.website')}
        type="url"
        placeholder="https://"
        value={form.website ?? ''}
        onChange={(e) => set({ website: e.target.value })}
        error={field('website')}
      />
      <TextField
        label={t('organisations.country')}
        hint={t('organisations.countryHint')}
        maxLength={2}
        value={form.country ?? ''}
        onChange={(e) => set({ country: e.target.value })}
        error={field('country')}
      />
      <Select
        label={t('organisations.province')}
        options={provinces}
        value={form.province ?? ''}
        onChange={(e) => set({ province: e.target.value })}
        error={field('province')}
      />
      <Select
        label={t('organisations.sizeBand')}
        options={sizes}
        value={form.sizeBand ?? ''}
        onChange={(e) => set({ sizeBand: e.target.value })}
        error={field('sizeBand')}
      />
      <Select
        label={t('organisations.ateco')}
        options={ateco}
        value={form.atecoSection ?? ''}
        onChange={(e) => set({ atecoSection: e.target.value })}
        error={field('atecoSection')}
      />
      <fieldset className="field">
        <legend>{t('organisations.ecosystems')}</legend>
        {ecosystems.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={form.s3Ecosystems?.includes(option.value) ?? false}
            onChange={(e) =>
              set({
                s3Ecosystems: e.target.checked
                  ? [...(form.s3Ecosystems ?? []), option.value]
                  : (form.s3Ecosystems ?? []).filter((code) => code !== option.value),
              })
            }
          />
        ))}
        {field('s3Ecosystems') && (
          <p className="field-error" role="alert">
            {field('s3Ecosystems')}
          </p>
        )}
      </fieldset>
      <TextField
        label={t('organisations.competences')}
        hint={t('organisations.competencesHint')}
        value={tags}
        onChange={(e) => setTags(e.target.value)}
        error={field('competences')}
      />
      <Select
        label={t('organisations.trlMin')}
        options={trl}
        value={form.trlMin ? String(form.trlMin) : ''}
        onChange={(e) => set({ trlMin: e.target.value ? Number(e.target.value) : null })}
        error={field('trlMin')}
      />
      <Select
        label={t('organisations.trlMax')}
        options={trl}
        value={form.trlMax ? String(form.trlMax) : ''}
        onChange={(e) => set({ trlMax: e.target.value ? Number(e.target.value) : null })}
      />
      <TextArea
        label={t('organisations.descriptionIt')}
        lang="it"
        value={form.descriptionIt ?? ''}
        onChange={(e) => set({ descriptionIt: e.target.value })}
        error={field('descriptionIt')}
      />
      <TextArea
        label={t('organisations.descriptionEn')}
        lang="en"
        value={form.descriptionEn ?? ''}
        onChange={(e) => set({ descriptionEn: e.target.value })}
        error={field('descriptionEn')}
      />
      <ParentPicker
        value={form.parentId ?? null}
        selfId={props.selfId}
        error={field('parentId')}
        onChange={(parentId) => set({ parentId })}
      />
      <Button type="submit" disabled={props.saving}>
        {props.saving ? t('common.wait') : props.submitLabel}
      </Button>
    </form>
  );
}
