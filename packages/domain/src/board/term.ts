/**
 * The term of office (mandatperiod) of a board seat. Members appoint their seats after each
 * Swedish general election, and the term runs "fyra år räknat från den 1 april året efter det då
 * val av fullmäktige i hela landet ägt rum" (Härnösand-Timrå's förbundsordning, the same rule
 * finsam.se gives: "Mandattiden räknas från och med den 1 april året efter valet"). General
 * elections have been held every fourth year since 1994 (1994, 1998, …, 2018, 2022, 2026).
 */

export interface BoardTerm {
  /** 1 April the year after the election. */
  from: string;
  /** 31 March four years later. */
  to: string;
  /** The election the term follows. */
  electionYear: number;
}

const FIRST_FOUR_YEAR_ELECTION = 1994;

/**
 * Election day: the third Sunday of September until 2010, the second Sunday of September from
 * 2014 (vallagen 2005:837 as amended in 2011: "andra söndagen i september").
 */
export function electionDay(year: number): string {
  const firstOfSeptember = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - firstOfSeptember) % 7);
  const day = firstSunday + (year >= 2014 ? 7 : 14);
  return `${year}-09-${String(day).padStart(2, '0')}`;
}

/** The general elections held since 1994, up to and including `untilYear`. */
export function electionYears(untilYear: number): number[] {
  const years: number[] = [];
  for (let year = FIRST_FOUR_YEAR_ELECTION; year <= untilYear; year += 4) years.push(year);
  return years;
}

function termAfter(electionYear: number): BoardTerm {
  return { from: `${electionYear + 1}-04-01`, to: `${electionYear + 5}-03-31`, electionYear };
}

/**
 * The latest election held before `date` (ISO): on election day itself the earlier one, since the
 * new councils have not appointed anyone yet. Dates before the 1994 election count from 1994.
 */
export function latestElectionBefore(date: string): number {
  const year = Number(date.slice(0, 4));
  let election = year - ((((year - FIRST_FOUR_YEAR_ELECTION) % 4) + 4) % 4);
  if (date <= electionDay(election)) election -= 4;
  return Math.max(election, FIRST_FOUR_YEAR_ELECTION);
}

/**
 * The default term of a seat appointed on `appointedOn`: from 1 April the year after the latest
 * election before that date, four years to 31 March. A seat appointed in December 2022 gets
 * 2023-04-01 – 2027-03-31; one appointed on 31 March 2023 the same term (it starts the next day).
 */
export function defaultTermFor(appointedOn: string): BoardTerm {
  return termAfter(latestElectionBefore(appointedOn));
}

/**
 * The term running on `date`: 2023-03-31 is the last day of 2019–2023, 2023-04-01 the first of
 * 2023–2027. Before 1 April 1995 (no four-year term had begun) the first term is returned.
 */
export function termOn(date: string): BoardTerm {
  const year = Number(date.slice(0, 4));
  // The term that began on 1 April of `start` covers the date; terms begin the year after an election.
  const start = date.slice(5) >= '04-01' ? year : year - 1;
  const election = start - 1 - ((((start - 1 - FIRST_FOUR_YEAR_ELECTION) % 4) + 4) % 4);
  return termAfter(Math.max(election, FIRST_FOUR_YEAR_ELECTION));
}
