/**
 * The periods the "Styrelsens arbete" picker offers: each year from the current one back ten
 * years, newest first, as the whole year and its two halves ('2019', '2019-H2', '2019-H1'). A
 * period asked for in the address that lies outside stays choosable, so a link to it never
 * silently opens another period.
 */
export function boardWorkPeriods(currentYear: number, requested: string | null): string[] {
  const periods: string[] = [];
  for (let year = currentYear; year >= currentYear - 10; year -= 1)
    periods.push(`${year}`, `${year}-H2`, `${year}-H1`);
  if (requested && !periods.includes(requested)) periods.push(requested);
  return periods;
}

/** The period the page opens on: the one asked for if it is a half-year or a year, else the current half-year. */
export function chosenBoardWorkPeriod(requested: string | null, currentHalfYear: string): string {
  return requested && /^\d{4}(-H[12])?$/.test(requested) ? requested : currentHalfYear;
}
