import { renderMarkdown } from '@oip/markdown';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../../ui';

/** A markdown textarea with its live preview, rendered by the same sanitiser as the API. */
export function MarkdownField(props: {
  label: string;
  hint?: string;
  value: string;
  maxLength: number;
  readOnly?: boolean;
  error?: string | null;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation();
  const previewId = useId();
  const html = useMemo(() => renderMarkdown(props.value), [props.value]);
  return (
    <div className="markdown-field">
      <TextArea
        label={props.label}
        hint={props.hint ?? t('submissions.markdownHint')}
        value={props.value}
        maxLength={props.maxLength}
        readOnly={props.readOnly}
        rows={8}
        error={props.error}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
      />
      <section className="markdown-preview" aria-labelledby={previewId}>
        {/* h2: the previews sit right under the page's h1 (axe heading-order) */}
        <h2 id={previewId} className="markdown-preview-title">
          {t('submissions.preview', { field: props.label })}
        </h2>
        {props.value.trim() ? (
          // sanitised by @oip/markdown: no raw HTML, no javascript: links
          <div dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="muted">{t('submissions.previewEmpty')}</p>
        )}
      </section>
    </div>
  );
}
