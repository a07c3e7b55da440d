import type { OutcomeId } from '../../interventions/figure-categories.ts';
import type { ParticipantFigures } from '../../interventions/participant-figures.ts';
import { exactValue, type MeasureResult } from '../exact-value.ts';

/**
 * "25 % av deltagarna går till egen försörjning" (Härnösand-Timrå 2016–2018): over all individual
 * interventions, the participants who ended in the period with one of the chosen outcomes, of all
 * who ended. Each intervention's figures are those of the period, tiled from shorter periods the
 * way the reports do. Interventions that do not record exits or outcomes are left out of both
 * parts, since their ended participants' outcomes are unknown. Nobody ended: `noFigures`.
 */
export function participantOutcomeShare(
  figures: readonly (ParticipantFigures | null)[],
  params: { outcomes: readonly OutcomeId[] },
): MeasureResult {
  let part = 0;
  let whole = 0;
  for (const entry of figures) {
    if (entry?.kind !== 'individual' || !entry.ended || !entry.outcomes) continue;
    const { outcomes } = entry;
    whole += entry.ended.total;
    part += [...new Set(params.outcomes)].reduce((sum, outcome) => sum + outcomes[outcome].total, 0);
  }
  if (whole === 0) return { kind: 'notMeasured', reason: 'noFigures' };
  return { kind: 'measured', value: exactValue(part, whole), basis: { part, whole, unit: 'count' } };
}
