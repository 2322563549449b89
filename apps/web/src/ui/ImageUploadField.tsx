import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from './Toast';

export interface ImageUploadFieldProps {
  label: string;
  hint: string;
  /** REST endpoint taking one multipart file (avatar, logo). */
  url: string;
  successMessage: string;
  onUploaded: () => void;
}

/**
 * A labelled file input that uploads one image to the API (with the CSRF header the API
 * requires) and shows the API's error code translated next to the field.
 */
export function ImageUploadField({
  label,
  hint,
  url,
  successMessage,
  onUploaded,
}: ImageUploadFieldProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const body = new FormData();
    body.append('file', file);
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'x-requested-with': 'oip' },
    }).catch(() => null);
    if (response?.ok) {
      toast.show(successMessage, 'success');
      onUploaded();
      return;
    }
    const payload = (await response?.json().catch(() => null)) as { code?: string } | null;
    setError(t(`errors.${payload?.code ?? 'INTERNAL_SERVER_ERROR'}`));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-describedby={`${id}-hint`}
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
