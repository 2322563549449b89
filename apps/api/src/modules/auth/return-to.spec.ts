import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/organisations', '/organisations'],
    ['/organisations/abc?tab=members#top', '/organisations/abc?tab=members#top'],
    ['/search?q=%2F%2Fevil.com', '/search?q=%2F%2Fevil.com'],
  ])('keeps the site path %j', (value, expected) => expect(safeReturnTo(value)).toBe(expected));

  it.each([
    [undefined],
    [''],
    [['/a', '/b']],
    ['//evil.com'],
    ['///evil.com'],
    ['https://evil.com'],
    ['http:/evil.com'],
    ['javascript:alert(1)'],
    ['/\\evil.com'],
    ['/\\/evil.com'],
    ['\\\\evil.com'],
    ['/\t/evil.com'],
    ['/\n/evil.com'],
    [' /organisations'],
    ['evil.com'],
    [`/${'a'.repeat(600)}`],
  ])('falls back to / for %j', (value) => expect(safeReturnTo(value)).toBe('/'));
});
