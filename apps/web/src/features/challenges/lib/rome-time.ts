/** Deadlines are stored in UTC and always shown and entered in Italian time (Europe/Rome). */
export const ROME = 'Europe/Rome';

function romeParts(date: Date): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ROME,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  return Object.fromEntries(
    parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
  );
}

/** Minutes Rome is ahead of UTC at that instant (60 in winter, 120 in summer). */
function romeOffsetMinutes(date: Date): number {
  const p = romeParts(date);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a datetime-local input in Rome time ("2026-12-31T18:00"). */
export function toRomeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const p = romeParts(date);
  return `${p.year}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}`;
}

/**
 * A Rome wall-clock time ("2026-12-31T18:00", or a date "2026-12-31" meaning its midnight) as
 * a UTC ISO string; null when empty or malformed. The offset is read at the guessed instant and
 * read again, which settles the daylight-saving changes.
 */
export function fromRomeLocal(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  if (Number.isNaN(wall)) return null;
  let instant = wall - romeOffsetMinutes(new Date(wall)) * 60000;
  instant = wall - romeOffsetMinutes(new Date(instant)) * 60000;
  return new Date(instant).toISOString();
}

/** "31 dicembre 2026, 18:00" in Rome time, in the UI language. */
export function formatRome(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: ROME,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** "in 3 days" / "2 hours ago", in the UI language: the largest unit that fits. */
export function relativeTime(iso: string, now: Date, locale: string): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units)
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  return format.format(Math.trunc(seconds / 60), 'minute');
}
