const swedishDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Sweden as ISO text (`2026-12-04`), whatever the server's or browser's time zone.
 * `toISOString().slice(0, 10)` gives the UTC date, which between midnight and 01:00 (02:00 in
 * summer) Swedish time is still yesterday.
 */
export function todayInSweden(now: Date = new Date()): string {
  return swedishDate.format(now);
}

/** The half-year that `todayInSweden` falls in, as a period text (`2026-H2`). */
export function currentHalfYearInSweden(now: Date = new Date()): string {
  const [year, month] = todayInSweden(now).split('-');
  return `${year}-H${Number(month) <= 6 ? 1 : 2}`;
}
