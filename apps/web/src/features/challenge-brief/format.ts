/** Date and time as people in Lombardy read it: Europe/Rome, whatever the browser's zone. */
export function formatDateTime(iso: unknown, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  }).format(new Date(String(iso)));
}
