import type { SourceResult } from '../document.ts';
import { ok, textParagraphs, unavailable } from './content-format.ts';
import { noPlanReason, type ReportPlanInput } from './plan-input.ts';

/** The plan's §2 Vision: the vision and the förbund's role as the plan writes them, paragraph by paragraph. */
export function planVisionSection(plan: ReportPlanInput | null, year: number): SourceResult {
  if (!plan) return unavailable(noPlanReason(year));
  if (!plan.vision.trim())
    return unavailable(
      `${plan.name} har ingen vision ifylld. Skriv visionen på planens sida under Verksamhetsplan.`,
    );
  return ok(textParagraphs(plan.vision));
}
