import type { BudgetLineKind } from '../budget.ts';
import type { FunderGroup } from '../financing-split.ts';
import type { CostKind } from '../line-kind.ts';
import { suggestLineForAccount } from './bas-accounts.ts';
import type { SieLineTarget } from './sie-import-input.ts';
import { fitsSuggestion, standardLines } from './standard-lines.ts';

export interface TargetLine {
  id: string;
  kind: BudgetLineKind;
  funderGroup: FunderGroup | null;
  costKind: CostKind | null;
}

/**
 * Where an account not mapped before is suggested to go: the first line of the förbund's chart
 * (in its order) of the kind BAS suggests, else the standard line of that kind (created by the
 * import), or ignored for closing entries. Null for a balance account.
 */
export function suggestSieTarget(
  account: string,
  name: string,
  chart: readonly TargetLine[],
): SieLineTarget | null {
  const suggestion = suggestLineForAccount(account, name);
  if (!suggestion) return null;
  if (suggestion.kind === 'ignore') return { type: 'ignore' };
  const line = chart.find((candidate) => fitsSuggestion(candidate, suggestion));
  if (line) return { type: 'line', lineId: line.id };
  const standard = standardLines.find((candidate) => fitsSuggestion(candidate, suggestion));
  return standard ? { type: 'standard', code: standard.code } : null;
}
