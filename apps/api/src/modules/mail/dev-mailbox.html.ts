import type { DevMailEntity } from './entities/dev-mail.entity';
import { escapeHtml } from './escape-html';

// Pages for people reading the dev outbox. The app's CSP allows no inline script or style,
// so the pages use neither; their only stylesheet is served by the controller.

// http(s) URLs up to whitespace or a character that cannot appear unescaped in one
const LINK = /\bhttps?:\/\/[^\s<>"'`]+/g;
// punctuation that ends a sentence rather than the URL
const TRAILING = /[.,;:!?)\]}]+$/;

/** Escapes plain text and turns the http(s) links in it into anchors. */
export function linkify(text: string): string {
  let html = '';
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    const url = match[0].replace(TRAILING, '');
    const href = escapeHtml(url);
    html += `${escapeHtml(text.slice(from, match.index))}<a href="${href}">${href}</a>`;
    from = match.index + url.length;
  }
  return html + escapeHtml(text.slice(from));
}

export const MAILBOX_CSS = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:60rem;padding:1rem}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:600;padding:.5rem 0}
th,td{border-bottom:1px solid #ccc;padding:.375rem .5rem;text-align:left;vertical-align:top}
dt{font-weight:600}
dd{margin:0 0 .5rem}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:1rem}
a{color:#0645ad}
a:focus-visible{outline:3px solid #0645ad;outline-offset:2px}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/dev/mailbox.css">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function time(date: Date): string {
  const iso = date.toISOString();
  return `<time datetime="${iso}">${iso.slice(0, 19).replace('T', ' ')} UTC</time>`;
}

const subjectOf = (mail: DevMailEntity) => mail.subject.trim() || '(no subject)';

/** The latest mails, newest first, each linking to its page. */
export function mailboxPage(mails: DevMailEntity[]): string {
  const intro =
    '<p>Mails the platform would have sent. They are kept here because SMTP_URL is not set.</p>';
  if (mails.length === 0)
    return page('Dev outbox', `<h1>Dev outbox</h1>\n${intro}\n<p>No mail yet.</p>`);
  const rows = mails
    .map(
      (mail) =>
        `<tr><td>${time(mail.createdAt)}</td><td>${escapeHtml(mail.to)}</td>` +
        `<td><a href="/dev/mailbox/${mail.id}">${escapeHtml(subjectOf(mail))}</a></td></tr>`,
    )
    .join('\n');
  return page(
    `Dev outbox (${mails.length})`,
    `<h1>Dev outbox</h1>
${intro}
<table>
<caption>Latest mails, newest first (at most 50)</caption>
<thead><tr><th scope="col">Time</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}

/** One mail: its headers, its text with clickable links, and its HTML as source. */
export function mailPage(mail: DevMailEntity): string {
  const html = mail.html
    ? `\n<h2>HTML version</h2>\n<details><summary>Show the HTML source</summary><pre>${escapeHtml(mail.html)}</pre></details>`
    : '';
  return page(
    `${subjectOf(mail)} – Dev outbox`,
    `<nav aria-label="Dev outbox"><a href="/dev/mailbox">All mails</a></nav>
<h1>${escapeHtml(subjectOf(mail))}</h1>
<dl>
<dt>To</dt><dd>${escapeHtml(mail.to)}</dd>
<dt>Date</dt><dd>${time(mail.createdAt)}</dd>
<dt>Subject</dt><dd>${escapeHtml(mail.subject)}</dd>
</dl>
<h2>Text</h2>
<pre>${linkify(mail.text)}</pre>${html}`,
  );
}
