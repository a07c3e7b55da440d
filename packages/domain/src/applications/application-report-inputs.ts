import { z } from 'zod';

/**
 * Input schemas of `applicationReports.*` (issue 22). Messages are stable keys the web app
 * translates (`validation.applicationReports.*`).
 */
const yearSchema = z
  .number({ error: 'applicationReports.invalidYear' })
  .int({ error: 'applicationReports.invalidYear' })
  .min(2000, { error: 'applicationReports.invalidYear' })
  .max(2100, { error: 'applicationReports.invalidYear' });

/** The years of a budget: a budget year and at most four plan years. */
export const commitmentsInputSchema = z.object({
  firstYear: yearSchema,
  yearCount: z
    .number({ error: 'applicationReports.invalidYearCount' })
    .int({ error: 'applicationReports.invalidYearCount' })
    .min(1, { error: 'applicationReports.invalidYearCount' })
    .max(5, { error: 'applicationReports.invalidYearCount' }),
});
export type CommitmentsInput = z.infer<typeof commitmentsInputSchema>;

export const grantedInputSchema = z.object({ year: yearSchema });
export const commitmentsAheadInputSchema = z.object({ fromYear: yearSchema });

/** Payments due within this many days of today (60 on the reports page). */
export const paymentsDueInputSchema = z.object({
  days: z
    .number({ error: 'applicationReports.invalidDays' })
    .int({ error: 'applicationReports.invalidDays' })
    .min(1, { error: 'applicationReports.invalidDays' })
    .max(366, { error: 'applicationReports.invalidDays' }),
});
