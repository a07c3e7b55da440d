const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});
const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeZone: 'Europe/Stockholm' });

/**
 * A moment from the API (UTC, `2025-03-01T09:30:00Z`) in Swedish time, Swedish style:
 * "1 mars 2025 10:30". Swedish time whatever the browser's zone: the förbund works in Sweden.
 */
export function formatDateTime(instant: string, withTime = true): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return (withTime ? dateTimeFormat : dateFormat).format(date);
}
