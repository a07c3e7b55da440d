import type { Block } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import { ok, textParagraphs, unavailable } from './content-format.ts';
import { noPlanReason, type ReportPlanInput } from './plan-input.ts';

/**
 * The plan's §4 Verksamhet: its directions (inriktningar), each a paragraph, introduced as the
 * plan does when it has several.
 */
export function planActivitySection(plan: ReportPlanInput | null, year: number): SourceResult {
  if (!plan) return unavailable(noPlanReason(year));
  const directions = plan.directions.filter((direction) => direction.trim());
  if (directions.length === 0)
    return unavailable(
      `${plan.name} har inga inriktningar ifyllda. Skriv verksamhetens inriktningar på planens sida under Verksamhetsplan.`,
    );
  const intro: Block[] =
    directions.length > 1
      ? textParagraphs(
          'För att realisera visionen och förbundets syfte har Samordningsförbundets verksamhet flera inriktningar.',
        )
      : [];
  return ok([...intro, ...directions.flatMap(textParagraphs)]);
}
