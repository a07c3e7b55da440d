import { tenantSettingsInputSchema } from '@samsyn/domain';
import { z } from 'zod';

const rules = tenantSettingsInputSchema.shape;

/** "20", "12,5", "12.5 %" → 12.5; anything else stays text, for the schema to refuse. */
export function parsePercent(text: string): number | string {
  const normalized = text.trim().replace(/\s|%/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
}

/** 12.5 → "12,5": how the saved percentage is shown in its text field. */
export const formatPercentInput = (value: number) => String(value).replace('.', ',');

/**
 * The settings form over the domain's settings rules: the percent field holds what was typed and
 * becomes the number the API checks; the month comes from a select as text. The version is not a
 * field: the page adds the one it loaded.
 */
export const settingsFormSchema = tenantSettingsInputSchema.omit({ expectedVersion: true }).extend({
  fiscalYearStartMonth: z.string().transform(Number).pipe(rules.fiscalYearStartMonth),
  equityGoalPercent: z
    .string()
    .transform(parsePercent)
    .pipe(z.number({ error: 'percent.range' }).pipe(rules.equityGoalPercent)),
});
