import type { ValidationProblem } from '../validation-problem.ts';

/** A local group's year: its own budget and what its other granted applications have committed. */
export interface LocalGroupYearRoom {
  year: number;
  budgetOre: number;
  committedOre: number;
}

/**
 * A local group's application cannot ask for more in a year than is left of the group's own budget
 * for that year (its budget minus the agreement years of its other granted applications). A year
 * the group has no budget for is refused too: there is nothing to take the money from. Problems at
 * each offending year's requested sum, quoting the year and what is left (öre).
 */
export function localGroupBudgetProblems(
  budgetYears: readonly { year: number; requestedOre: number }[],
  rooms: readonly LocalGroupYearRoom[],
): ValidationProblem[] {
  const roomOf = new Map(rooms.map((room) => [room.year, room]));
  const problems: ValidationProblem[] = [];
  budgetYears.forEach((entry, index) => {
    if (entry.requestedOre === 0) return;
    const room = roomOf.get(entry.year);
    const leftOre = room ? Math.max(0, room.budgetOre - room.committedOre) : 0;
    if (!room)
      problems.push({
        key: 'applications.localGroupNoBudget',
        path: ['budgetYears', index, 'requestedOre'],
        params: { year: entry.year },
      });
    else if (entry.requestedOre > leftOre)
      problems.push({
        key: 'applications.localGroupBudgetExceeded',
        path: ['budgetYears', index, 'requestedOre'],
        params: { year: entry.year, leftOre },
      });
  });
  return problems;
}
