import type { Block } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import { bulletList, listWithSamt, lowerFirst, ok, unavailable } from './content-format.ts';
import { noPlanReason, type ReportPlanInput } from './plan-input.ts';

/**
 * The plan's §3 Målgrupp: one sentence ("Samordningsförbundets målgrupp är individer, mellan 16–64
 * år, som … samt personer med behov av samordnade förebyggande insatser.") when the groups read as
 * one, or a list when a group is labelled ("Individinriktade insatser: …") or there are more than two.
 */
export function planTargetGroupsSection(plan: ReportPlanInput | null, year: number): SourceResult {
  if (!plan) return unavailable(noPlanReason(year));
  const groups = plan.targetGroups.map((group) => group.trim().replace(/\.$/, '')).filter(Boolean);
  if (groups.length === 0)
    return unavailable(
      `${plan.name} har ingen målgrupp ifylld. Skriv målgrupperna på planens sida under Verksamhetsplan.`,
    );
  const blocks: Block[] =
    groups.length <= 2 && groups.every((group) => !group.includes(':'))
      ? [
          {
            type: 'paragraph',
            runs: [{ text: `Samordningsförbundets målgrupp är ${listWithSamt(groups.map(lowerFirst))}.` }],
          },
        ]
      : [{ type: 'paragraph', runs: [{ text: 'Samordningsförbundets målgrupper:' }] }, bulletList(groups)];
  return ok(blocks);
}
