import MarkdownIt from 'markdown-it';

/** Schemes a link or image may use; anything else (javascript:, data:, vbscript:, …) is dropped. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Whether a link target is safe: a relative link (no scheme) or an allowed scheme. markdown-it
 * has already decoded character references here (`jav&#x61;script:` arrives as `javascript:`);
 * control characters and spaces are ignored as browsers ignore them.
 */
export function isSafeLink(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return !scheme || ALLOWED_SCHEMES.has(scheme[1]!);
}

function createRenderer() {
  // html: false escapes raw HTML instead of passing it through
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = isSafeLink;
  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.rules.link_open = (tokens, index, options) => {
    // user content: no ranking credit, no access to this window from the target
    tokens[index]!.attrSet('rel', 'nofollow noopener noreferrer');
    return renderToken(tokens, index, options);
  };
  return md;
}

const renderer = createRenderer();

/** Markdown to HTML that is safe to insert in a page: no raw HTML, only safe links. */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}
