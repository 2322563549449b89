import { renderMarkdown } from '@oip/markdown';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../ui';

/**
 * A markdown text with its live preview beside it. The preview uses the same sanitising
 * renderer as the API (@oip/markdown: no raw HTML, no unsafe links), so it shows exactly what
 * readers will get — which is also why its output may be inserted as HTML.
 */
export function MarkdownField({
  label,
  lang,
  value,
  onChange,
  error,
  rows = 6,
}: {
  label: string;
  lang: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  rows?: number;
}) {
  const { t } = useTranslation();
  const previewId = useId();
  const html = useMemo(() => renderMarkdown(value), [value]);
  return (
    <div className="editor-pair">
      <TextArea
        label={label}
        hint={t('challenges.markdownHint')}
        lang={lang}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
      />
      <section className="preview" aria-labelledby={previewId}>
        <p id={previewId}>
          <strong>{t('challenges.previewOf', { field: label })}</strong>
        </p>
        {value.trim() ? (
          <div className="prose" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="card-meta">{t('challenges.previewEmpty')}</p>
        )}
      </section>
    </div>
  );
}
