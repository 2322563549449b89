const MAX_LENGTH = 500;
const BASE = 'http://return-to.invalid';

/**
 * Where to send the browser after signing in: only a path of this site ('/…'). Anything that a
 * browser could read as another origin falls back to '/': protocol-relative '//evil.com',
 * absolute 'https://evil.com', backslash tricks ('/\evil.com', which browsers treat like '//'),
 * control characters and whitespace (stripped by URL parsers), and over-long values.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return '/';
  let parsed: URL;
  try {
    parsed = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (parsed.origin !== BASE) return '/';
  return value;
}
