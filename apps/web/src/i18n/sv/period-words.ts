/**
 * A half-year or a year in words ("Första halvåret 2019", "Helåret 2019"), as the pages that pick a
 * follow-up period (board work, the plan's follow-up) name it: one wording for both, the page
 * strings' `followUpPeriods` (`lib/period-in-words.ts`).
 */
export const periodWords = {
  H1: 'Första halvåret {{year}}',
  H2: 'Andra halvåret {{year}}',
  year: 'Helåret {{year}}',
};
