import type { IndicatorUnit } from '@oip/graphql';

/** An indicator's value as people read it: "73,6 M€", "€583,400", "1,350". */
export function formatIndicatorValue(value: number, unit: IndicatorUnit, locale: string): string {
  switch (unit) {
    case 'EUR':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(value);
    case 'EUR_MILLIONS':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)} M€`;
    case 'COUNT':
      return new Intl.NumberFormat(locale).format(value);
  }
}

/** "dicembre 2024" / "December 2024" from an ISO date, read as a calendar date (no time zone). */
export function formatMonth(isoDate: string, locale: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)));
}
