import { type ComputedMeasure, isDomainError, type MeasureResult } from '@samsyn/domain';
import { readComputedIndicator } from '../plan-measures/read-computed-indicator.ts';
import type { TenantCtx } from '../verb-context.ts';

/*
 * The computed indicators' values, as the follow-up reads them: a stored indicator whose params no
 * longer parse shows as not measured instead of failing the whole page.
 */

/** A computed value, or why there is none; `paramsInvalid` when the stored params no longer parse. */
export type ComputedValue = MeasureResult | { kind: 'notMeasured'; reason: 'paramsInvalid' };

/**
 * A computed indicator's value for the period (a percent as a share of 1). An indicator whose
 * stored params the measure refuses shows as not measured rather than failing the whole page.
 */
export async function readComputedValue(
  ctx: TenantCtx,
  input: { measure: string; params: unknown; period: string },
): Promise<ComputedValue> {
  try {
    return await readComputedIndicator(ctx, { ...input, measure: input.measure as ComputedMeasure });
  } catch (error) {
    if (isDomainError(error) && error.code === 'INVALID')
      return { kind: 'notMeasured', reason: 'paramsInvalid' };
    throw error;
  }
}
