import { linkify } from './dev-mailbox.html';
import { devOutboxEnabled } from './dev-outbox.service';
import { escapeHtml } from './escape-html';

describe('dev mailbox pages', () => {
  it('escapes every character that could open markup or close an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('links http(s) URLs, leaving sentence punctuation and other schemes as text', () => {
    expect(linkify('Go to https://a.test/x?y=1&z=2. Or (http://b.test/p)!')).toBe(
      'Go to <a href="https://a.test/x?y=1&amp;z=2">https://a.test/x?y=1&amp;z=2</a>. ' +
        'Or (<a href="http://b.test/p">http://b.test/p</a>)!',
    );
    expect(linkify('javascript:alert(1) <b>')).toBe('javascript:alert(1) &lt;b&gt;');
    expect(linkify('https://a.test/"><script>')).toBe(
      '<a href="https://a.test/">https://a.test/</a>&quot;&gt;&lt;script&gt;',
    );
  });

  it('is open only without SMTP_URL and never in production', () => {
    expect(devOutboxEnabled({ SMTP_URL: undefined, isProduction: false })).toBe(true);
    expect(devOutboxEnabled({ SMTP_URL: 'smtp://mail.test', isProduction: false })).toBe(false);
    expect(devOutboxEnabled({ SMTP_URL: undefined, isProduction: true })).toBe(false);
  });
});
