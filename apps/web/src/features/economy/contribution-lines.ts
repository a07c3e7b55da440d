import type { FunderGroup } from '@samsyn/domain';
import { type AmountUnit, amountToText } from '../../components/form/amount-text.ts';
import type { BudgetFormLine } from './budget-form.ts';

/** One funder's contribution as the plan splits it (`economy.contributions.get`'s split lines). */
export interface PlannedContribution {
  id: string;
  group: FunderGroup;
  name: string;
  amount: number;
}

const isMemberId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * The plan of H1 and H2 as one year: the same funders, their amounts added (a year planned in
 * halves has no plan of its own).
 */
export function addHalves(
  first: readonly PlannedContribution[],
  second: readonly PlannedContribution[],
): PlannedContribution[] {
  const byId = new Map(first.map((line) => [line.id, { ...line }]));
  for (const line of second) {
    const same = byId.get(line.id);
    if (same) same.amount += line.amount;
    else byId.set(line.id, { ...line });
  }
  return [...byId.values()];
}

/**
 * The budget's revenue lines filled from the contribution plan, one line per funder, for the
 * budget year (the first amount): a funder's line is found by its member (or, for the state, by
 * name) and keeps its code and plan-year amounts; a funder without a line gets a new one, after
 * the last contribution line.
 */
export function fillContributionLines(
  lines: readonly BudgetFormLine[],
  planned: readonly PlannedContribution[],
  yearCount: number,
  unit: AmountUnit,
): BudgetFormLine[] {
  const result = lines.map((line) => ({ ...line, amounts: [...line.amounts] }));
  const added: BudgetFormLine[] = [];
  for (const funder of planned) {
    const memberId = isMemberId(funder.id) ? funder.id : undefined;
    const line = result.find(
      (candidate) =>
        candidate.kind === 'contribution' &&
        (memberId
          ? candidate.memberId === memberId
          : !candidate.memberId && candidate.name.trim().toLowerCase() === funder.name.toLowerCase()),
    );
    const amount = amountToText(funder.amount, unit);
    if (line) {
      line.amounts[0] = amount;
      line.funderGroup = funder.group;
    } else {
      added.push({
        code: '',
        name: funder.name,
        kind: 'contribution',
        costKind: '',
        funderGroup: funder.group,
        group: '',
        ...(memberId ? { memberId } : {}),
        amounts: Array.from({ length: yearCount }, (_, index) => (index === 0 ? amount : '')),
      });
    }
  }
  const lastContribution = result.findLastIndex((line) => line.kind === 'contribution');
  result.splice(lastContribution + 1, 0, ...added);
  return result;
}
