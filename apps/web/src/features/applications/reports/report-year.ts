/**
 * The reports page's year: the one in the address (`?ar=2020`) when it is a year Samsyn keeps
 * (2000–2100), else this year in Sweden; the picker offers 2010 (or the year, if earlier) to five
 * years ahead (or the year, if later), newest first, so an agreement's later years can be chosen.
 */
export function reportYear(asked: string | null, thisYear: number): { year: number; years: number[] } {
  const parsed = /^\d{4}$/.test(asked ?? '') ? Number(asked) : Number.NaN;
  const year = parsed >= 2000 && parsed <= 2100 ? parsed : thisYear;
  const first = Math.min(2010, year);
  const last = Math.max(thisYear + 5, year);
  return { year, years: Array.from({ length: last - first + 1 }, (_, index) => last - index) };
}
