import { locale } from '../i18n/i18n';

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** A date input's value (yyyy-mm-dd) as the end of that day in the Netherlands, as an ISO instant. */
export function endOfDutchDay(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  // 23:59 in Amsterdam is 21:59 or 22:59 UTC; 22:59 UTC stays on that day in both seasons' terms.
  return new Date(`${date}T21:59:00Z`).toISOString();
}
