import type { GraphQLResponse } from './app';

interface StoredCookie {
  value: string;
  path: string;
}

/**
 * A browser-like client of the test app: keeps every cookie the app sets (by name and path,
 * expiry honoured), never follows redirects (tests read `location`), and speaks GraphQL.
 */
export class TestBrowser {
  private readonly cookies = new Map<string, StoredCookie>();

  constructor(private readonly baseUrl: string) {}

  cookie(name: string): string | null {
    return this.cookies.get(name)?.value ?? null;
  }

  setCookie(name: string, value: string, path = '/') {
    this.cookies.set(name, { value, path });
  }

  /** GET a path of the app, or an absolute URL (e.g. the callback URL the provider returns). */
  async get(pathOrUrl: string, headers: Record<string, string> = {}): Promise<Response> {
    const url = new URL(pathOrUrl, this.baseUrl);
    const response = await fetch(url, {
      headers: { ...this.cookieHeader(url), ...headers },
      redirect: 'manual',
    });
    this.store(response);
    return response;
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const url = new URL('/graphql', this.baseUrl);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.cookieHeader(url) },
      body: JSON.stringify({ query, variables }),
    });
    this.store(response);
    return { status: response.status, headers: response.headers, body: await response.json() };
  }

  private cookieHeader(url: URL): Record<string, string> {
    const pairs = [...this.cookies.entries()]
      .filter(
        ([, c]) =>
          url.pathname === c.path || url.pathname.startsWith(`${c.path}/`) || c.path === '/',
      )
      .map(([name, c]) => `${name}=${c.value}`);
    return pairs.length ? { cookie: pairs.join('; ') } : {};
  }

  private store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      if (separator < 1) continue;
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      let path = '/';
      let expired = value === '';
      for (const attribute of attributes) {
        const [key = '', ...rest] = attribute.split('=');
        const attributeValue = rest.join('=');
        if (key.toLowerCase() === 'path') path = attributeValue || '/';
        if (key.toLowerCase() === 'expires' && Date.parse(attributeValue) <= Date.now())
          expired = true;
        if (key.toLowerCase() === 'max-age' && Number(attributeValue) <= 0) expired = true;
      }
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }
}

/** The Set-Cookie line for `name` in a response, if any. */
export function setCookieLine(response: Response, name: string): string | undefined {
  return response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
}
