import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../ui';

/** Owners and admins upload the organisation's logo (re-encoded by the API). */
export function LogoUpload({
  organisationId,
  name,
  logoUrl,
  onUploaded,
}: {
  organisationId: string;
  name: string;
  logoUrl: string | null;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const body = new FormData();
    body.append('file', file);
    const response = await fetch(`/api/organisations/${organisationId}/logo`, {
      method: 'POST',
      body,
      headers: { 'x-requested-with': 'oip' },
    }).catch(() => null);
    if (response?.ok) {
      toast.show(t('organisations.logoSaved'), 'success');
      onUploaded();
      return;
    }
    const payload = (await response?.json().catch(() => null)) as { code?: string } | null;
    setError(t(`errors.${payload?.code ?? 'INTERNAL_SERVER_ERROR'}`));
  };
  return (
    <div className="field">
      {logoUrl && <img src={logoUrl} alt={t('organisations.logoOf', { name })} className="logo" />}
      <label htmlFor="logo-input">{t('organisations.chooseLogo')}</label>
      <p className="field-hint" id="logo-hint">
        {t('organisations.logoHint')}
      </p>
      <input
        id="logo-input"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-describedby="logo-hint"
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
