import { locale } from '../i18n/i18n';

/** A file size for people: 12 kB, 3,4 MB. */
export function formatBytes(bytes: number, language: string): string {
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)), 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/** A YYYY-MM-DD date (no time zone) as a Dutch or English date. */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

export const REPORT_TYPES = [
  'ONDERZOEK',
  'EVALUATIE',
  'MONITOR',
  'BELEIDSNOTA',
  'HANDREIKING',
  'OVERIG',
] as const;
