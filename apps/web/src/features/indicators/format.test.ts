import { formatIndicatorValue, formatMonth } from './format';

describe('indicator formatting', () => {
  it('formats each unit in each language', () => {
    expect(formatIndicatorValue(73.6, 'EUR_MILLIONS', 'it')).toBe('73,6 M€');
    expect(formatIndicatorValue(73.6, 'EUR_MILLIONS', 'en')).toBe('73.6 M€');
    expect(formatIndicatorValue(583400, 'EUR', 'en')).toBe('€583,400');
    expect(formatIndicatorValue(583400, 'EUR', 'it').replace(/\s/g, ' ')).toBe('583.400 €');
    expect(formatIndicatorValue(1350, 'COUNT', 'it')).toBe('1350');
    expect(formatIndicatorValue(1350, 'COUNT', 'en')).toBe('1,350');
  });

  it('reads ISO dates as calendar months, whatever the time zone', () => {
    expect(formatMonth('2024-12-31', 'it')).toBe('dicembre 2024');
    expect(formatMonth('2025-04-30', 'en')).toBe('April 2025');
  });
});
