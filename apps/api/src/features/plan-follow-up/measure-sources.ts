import { type ComputedMeasure, isDomainError, type MeasureResult } from '@samsyn/domain';
import { type NnsResultRow, readNnsResults } from '../nns/read-nns-results.ts';
import { readComputedIndicator } from '../plan-measures/read-computed-indicator.ts';
import type { TenantCtx } from '../verb-context.ts';

/*
 * Where the follow-up reads the values it does not store: the measures' computed indicators and the
 * NNS survey results (issue 20's contract), in one file so the follow-up's reader does not care
 * how they are computed.
 */

export type { NnsResultRow };

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

/** The förbund's NNS results of the years, for the codes given. */
export async function readNnsRows(
  ctx: TenantCtx,
  input: { years: number[]; codes: string[] },
): Promise<NnsResultRow[]> {
  return readNnsResults(ctx, input);
}
