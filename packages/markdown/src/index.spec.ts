import { isSafeLink, renderMarkdown } from './index.js';

/** Everything a browser could execute: script, event handlers, dangerous schemes. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img[^>]*onerror/i);
  expect(html).not.toMatch(/<[a-z]+[^>]*\son\w+=/i);
  expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
}

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    expect(renderMarkdown('# Title\n\nSome **bold** and _italic_.\n\n- one\n- two')).toBe(
      '<h1>Title</h1>\n<p>Some <strong>bold</strong> and <em>italic</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('escapes raw HTML: script tags and event handlers come out as text', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expectInert(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('escapes inline HTML inside a paragraph', () => {
    const html = renderMarkdown('hello <b onmouseover="alert(1)">x</b>');
    expectInert(html);
    expect(html).toContain('&lt;b onmouseover=');
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x]( javascript:alert(1))',
    '[x](jav&#x61;script:alert(1))',
    '[x](jav&#97;script:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](java\tscript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![x](data:image/png;base64,iVBORw0KGgo=)',
    '![x](javascript:alert(1))',
    '<javascript:alert(1)>',
    '[x][ref]\n\n[ref]: javascript:alert(1)',
    '[x](file:///etc/passwd)',
  ])('drops the dangerous link in %j', (source) => {
    const html = renderMarkdown(source);
    expectInert(html);
    expect(html).not.toMatch(/href=|src=/);
  });

  it('keeps http, https, mailto and relative links, with rel nofollow noopener noreferrer', () => {
    const html = renderMarkdown(
      '[a](https://example.org/x) [b](http://example.org) [c](mailto:info@example.org) [d](/challenges/1) [e](#top)',
    );
    for (const href of [
      'https://example.org/x',
      'http://example.org',
      'mailto:info@example.org',
      '/challenges/1',
      '#top',
    ])
      expect(html).toContain(`<a href="${href}" rel="nofollow noopener noreferrer">`);
  });

  it('turns bare addresses and autolinks into safe links', () => {
    const html = renderMarkdown(
      'See https://example.org/bare and <https://example.com> or info@example.org',
    );
    expect(html).toContain(
      '<a href="https://example.org/bare" rel="nofollow noopener noreferrer">',
    );
    expect(html).toContain('<a href="https://example.com" rel="nofollow noopener noreferrer">');
    expect(html).toContain('<a href="mailto:info@example.org" rel="nofollow noopener noreferrer">');
  });

  it('escapes quotes in link targets and titles (no attribute breakout)', () => {
    const html = renderMarkdown('[x](https://example.org/"onmouseover="alert(1) "t" onclick=")');
    expectInert(html);
  });

  it('renders an empty source as nothing', () => {
    expect(renderMarkdown('')).toBe('');
  });
});

describe('isSafeLink', () => {
  it.each([
    ['https://a.b', true],
    ['HTTP://a.b', true],
    ['mailto:a@b.c', true],
    ['/relative', true],
    ['relative/path', true],
    ['#anchor', true],
    ['javascript:alert(1)', false],
    [' \u0001javascript:x', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['ftp://x', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeLink(url)).toBe(safe);
  });
});
