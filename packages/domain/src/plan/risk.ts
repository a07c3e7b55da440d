import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { multiLineText, optionalText, requiredText, singleLineText } from '../text.ts';

/**
 * The risk analysis of internal control: each event judged by likelihood and consequence on 1–4,
 * the levels as Swedish municipalities' internal-control models name them (SKR's 4 × 4 model).
 */
export const riskLikelihoods = [
  { level: 1, name: 'Osannolik' },
  { level: 2, name: 'Mindre sannolik' },
  { level: 3, name: 'Möjlig' },
  { level: 4, name: 'Sannolik' },
] as const;
export const riskConsequences = [
  { level: 1, name: 'Försumbar' },
  { level: 2, name: 'Lindrig' },
  { level: 3, name: 'Kännbar' },
  { level: 4, name: 'Allvarlig' },
] as const;
export type RiskLevel = 1 | 2 | 3 | 4;

/** The score bands of the matrix: 1–3 låg, 4–6 medel, 8–9 hög, 12–16 mycket hög. */
export const riskBands = [
  { band: 'low', name: 'Låg', maxScore: 3 },
  { band: 'medium', name: 'Medel', maxScore: 6 },
  { band: 'high', name: 'Hög', maxScore: 9 },
  { band: 'veryHigh', name: 'Mycket hög', maxScore: 16 },
] as const;
export type RiskBand = (typeof riskBands)[number]['band'];

/** Likelihood × consequence, 1–16. */
export const riskScore = (risk: { likelihood: number; consequence: number }): number =>
  risk.likelihood * risk.consequence;

/** The band a score falls in. */
export function riskBand(score: number): RiskBand {
  const found = riskBands.find((band) => score <= band.maxScore);
  return found ? found.band : 'veryHigh';
}

export interface RiskMatrixCell<T> {
  likelihood: RiskLevel;
  consequence: RiskLevel;
  score: number;
  band: RiskBand;
  risks: T[];
}

/**
 * The 4 × 4 matrix: rows from the most serious consequence (4) down to 1, columns likelihood 1–4,
 * each cell with the risks in it in the order given.
 */
export function riskMatrix<T extends { likelihood: number; consequence: number }>(
  risks: readonly T[],
): RiskMatrixCell<T>[][] {
  const levels: RiskLevel[] = [1, 2, 3, 4];
  return [...levels].reverse().map((consequence) =>
    levels.map((likelihood) => {
      const score = likelihood * consequence;
      return {
        likelihood,
        consequence,
        score,
        band: riskBand(score),
        risks: risks.filter((risk) => risk.likelihood === likelihood && risk.consequence === consequence),
      };
    }),
  );
}

const level = (key: string) => z.number({ error: key }).int(key).min(1, key).max(4, key);

/** A calendar day as ISO text ('2020-02-20'), a real date. */
const isoDay = singleLineText({ typeError: 'planRisk.reviewedOnInvalid' })
  .max(10, 'planRisk.reviewedOnInvalid')
  .refine((text) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  }, 'planRisk.reviewedOnInvalid');

/** A risk as the editor writes it. */
export const riskSchema = z.object({
  event: requiredText(multiLineText, 2000, 'planRisk.eventRequired', 'planRisk.eventTooLong'),
  likelihood: level('planRisk.likelihoodInvalid'),
  consequence: level('planRisk.consequenceInvalid'),
  controlMeasures: optionalText(multiLineText, 10000, 'planRisk.controlMeasuresTooLong'),
  owner: optionalText(singleLineText, 200, 'planRisk.ownerTooLong'),
  reviewedOn: isoDay.nullable(),
});
export type Risk = z.output<typeof riskSchema>;
export type RiskInput = z.input<typeof riskSchema>;

const id = z.uuid({ error: 'planFollowUp.idInvalid' });
const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);

/** Create (riskId and expectedVersion null) or update one risk of a plan. */
export const saveRiskSchema = z.object({
  planId: id,
  riskId: id.nullable(),
  expectedVersion: version.nullable(),
  risk: riskSchema,
});
export const deleteRiskSchema = z.object({ riskId: id, expectedVersion: version });
export const listRisksSchema = z.object({ planId: id });
export type SaveRiskInput = z.output<typeof saveRiskSchema>;
