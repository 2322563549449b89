import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n';
import { pickLocalized } from '../lib/localized-text';

/** Plain text in the UI language, or the other language marked with its `lang`. */
export function LocalizedText({
  text,
  as: Tag = 'span',
  className,
}: {
  text: { it: string; en: string };
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3';
  className?: string;
}) {
  const { i18n } = useTranslation();
  const picked = pickLocalized(text, currentLocale(i18n.language));
  return (
    <Tag lang={picked.lang} className={className}>
      {picked.text}
    </Tag>
  );
}

/**
 * Server-sanitised HTML (the API's `…Html` fields, rendered by @oip/markdown) in the UI language,
 * else the other one. Only those fields may come here: they are the only HTML we trust.
 */
export function SanitisedHtml({ html }: { html: { it: string; en: string } }) {
  const { i18n } = useTranslation();
  const picked = pickLocalized(html, currentLocale(i18n.language));
  return (
    <div className="prose" lang={picked.lang} dangerouslySetInnerHTML={{ __html: picked.text }} />
  );
}
