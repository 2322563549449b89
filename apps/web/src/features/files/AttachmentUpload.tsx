import { ATTACHMENT_EXTENSIONS, DEFAULT_ATTACHMENT_MAX_BYTES } from '@oip/domain';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../ui';
import { formatBytes } from './format';
import { uploadFile } from './upload';

/** Where an owner feature keeps the texts: `<prefix>.hint`, `.progress`, `.uploaded`. */
export type AttachmentTexts =
  'challengeQa.attachments' | 'submissions.attachments' | 'marketplace.attachments';

/**
 * A labelled native file input (keyboard and screen readers for free) that uploads the chosen
 * file at once, shows a progress bar, and the API's refusal translated next to the field.
 */
export function AttachmentUpload({
  url,
  label,
  texts,
  disabled = false,
  maxFiles,
  onUploaded,
}: {
  /** The owner's upload route, e.g. /api/submissions/:id/attachments. */
  url: string;
  label: string;
  texts: AttachmentTexts;
  disabled?: boolean;
  /** Shown in the hint as `count`, when the owner limits the number of files. */
  maxFiles?: number;
  onUploaded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    const result = await uploadFile(url, file, setProgress);
    setProgress(null);
    if (input.current) input.current.value = '';
    if (result.ok) {
      toast.show(t(`${texts}.uploaded`, { name: file.name }), 'success');
      onUploaded();
    } else
      setError(
        result.code === 'NETWORK_ERROR'
          ? t('common.networkError')
          : t(`errors.${result.code}`, result.details),
      );
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t(`${texts}.hint`, {
          max: formatBytes(DEFAULT_ATTACHMENT_MAX_BYTES, i18n.language),
          count: maxFiles,
        })}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept={ATTACHMENT_EXTENSIONS.join(',')}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        disabled={disabled || progress !== null}
        onChange={(event) => void upload(event.target.files?.[0])}
      />
      {progress !== null && (
        <progress
          max={1}
          value={progress}
          aria-label={t(`${texts}.progress`, {
            percent: Math.round(progress * 100),
          })}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
