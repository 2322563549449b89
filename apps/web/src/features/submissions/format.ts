/** Challenge deadlines are kept in UTC and shown in Italian time, whatever the browser's zone. */
export const DEADLINE_TIME_ZONE = 'Europe/Rome';

/** "1 dicembre 2026, 18:00" / "1 December 2026, 18:00" in Europe/Rome. */
export function formatRomeDateTime(value: unknown, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: DEADLINE_TIME_ZONE,
  }).format(new Date(String(value)));
}

/** "14:05" in Europe/Rome (the autosave status). */
export function formatRomeTime(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: DEADLINE_TIME_ZONE,
  }).format(value);
}

export function formatBudget(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`; // an unusual code Intl does not know
  }
}
