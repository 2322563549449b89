import { useMutation, useQuery } from '@apollo/client/react';
import { MyProfileDocument, UpdateMyProfileDocument, type ProfileVisibility } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, errorView, fieldMessage } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { FormError } from '../features/accounts/components/FormError';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import {
  Button,
  ImageUploadField,
  QueryStatus,
  Select,
  TextArea,
  TextField,
  useToast,
} from '../ui';

const split = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Edit my profile (text fields, visibility) and my picture (uploaded, re-encoded by the API). */
export function ProfileEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  return <RequireSignIn>{() => <ProfileForm />}</RequireSignIn>;
}

function ProfileForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(MyProfileDocument);
  const [update, updating] = useMutation(UpdateMyProfileDocument);
  const [form, setForm] = useState<{
    headline: string;
    bio: string;
    expertise: string;
    languages: string;
    visibility: ProfileVisibility;
  } | null>(null);
  const profile = data?.myProfile;
  if (loading || error || !profile) {
    return (
      <QueryStatus
        loading={loading}
        error={error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={() => void refetch()}
      />
    );
  }
  const values = form ?? {
    headline: profile.headline,
    bio: profile.bio,
    expertise: profile.expertise.join(', '),
    languages: profile.languages.join(', '),
    visibility: profile.visibility,
  };
  const view = errorView(updating.error);
  const field = (name: string) => fieldMessage(t, view, name);
  const set = (patch: Partial<typeof values>) => setForm({ ...values, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({
      variables: {
        input: {
          headline: values.headline,
          bio: values.bio,
          expertise: split(values.expertise),
          languages: split(values.languages).map((code) => code.toLowerCase()),
          visibility: values.visibility,
        },
      },
    }).catch(() => null);
    if (result?.data) toast.show(t('profile.saved'), 'success');
  };

  return (
    <section className="narrow">
      <h1>{t('profile.title')}</h1>
      <p>
        <Link to={`/people/${profile.id}`}>{t('profile.view')}</Link>
      </p>
      <h2>{t('profile.picture')}</h2>
      {profile.avatarUrl && (
        <img
          src={profile.avatarUrl}
          alt={t('people.avatarOf', { name: profile.fullName })}
          width={128}
          height={128}
          className="avatar"
        />
      )}
      <ImageUploadField
        label={t('profile.choosePicture')}
        hint={t('profile.pictureHint')}
        url="/api/me/avatar"
        successMessage={t('profile.pictureSaved')}
        onUploaded={() => void refetch()}
      />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError
          message={view && view.code !== 'VALIDATION_FAILED' ? errorMessage(t, view) : null}
        />
        <TextField
          label={t('profile.headline')}
          value={values.headline}
          onChange={(e) => set({ headline: e.target.value })}
          error={field('headline')}
        />
        <TextArea
          label={t('profile.bio')}
          value={values.bio}
          onChange={(e) => set({ bio: e.target.value })}
          error={field('bio')}
        />
        <TextField
          label={t('people.expertise')}
          hint={t('organisations.competencesHint')}
          value={values.expertise}
          onChange={(e) => set({ expertise: e.target.value })}
          error={field('expertise')}
        />
        <TextField
          label={t('people.languages')}
          hint={t('profile.languagesHint')}
          value={values.languages}
          onChange={(e) => set({ languages: e.target.value })}
          error={field('languages')}
        />
        <Select
          label={t('profile.visibility')}
          value={values.visibility}
          onChange={(e) => set({ visibility: e.target.value as ProfileVisibility })}
          options={[
            { value: 'PUBLIC', label: t('profile.public') },
            { value: 'MEMBERS', label: t('profile.members') },
          ]}
        />
        <Button type="submit" disabled={updating.loading}>
          {t('organisations.save')}
        </Button>
      </form>
    </section>
  );
}
