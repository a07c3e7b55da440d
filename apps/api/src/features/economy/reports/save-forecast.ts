import { recordAudit } from '@samsyn/db';
import { DomainError, type ForecastSaveInput } from '@samsyn/domain';
import { staleOrMissing } from '../../concurrency.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { type ChartLine, ensureFiscalYear, loadChart } from '../economy-store.ts';
import { forecastReport } from './forecast-report.ts';
import { loadForecast } from './stored-forecast.ts';

/**
 * Saves the year-end forecast per line (lines left out are forecast at their budget). Optimistic
 * concurrency (`expectedVersion: null` creates). Editors and admins; audited.
 */
export async function saveForecast(ctx: TenantCtx, input: ForecastSaveInput) {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const chart = (await loadChart(tx, tenantId)).filter((line) => line.parentId === null);
  const byCode = new Map(chart.map((line) => [line.code, line]));
  if (input.lines.some((line) => !byCode.has(line.lineCode)))
    throw new DomainError('NOT_FOUND', 'actuals.unknownLine');
  if (new Set(input.lines.map((line) => line.lineCode)).size !== input.lines.length)
    throw new DomainError('INVALID', 'budget.duplicateCode');
  const before = await loadForecast(tx, tenantId, input.year);
  if (input.expectedVersion === null && before)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'forecast' });
  if (input.expectedVersion !== null && !before) staleOrMissing('forecast', false);
  let forecastId: string;
  if (before) {
    const updated = await tx<{ id: string }[]>`
      update forecasts set version = version + 1
      where tenant_id = ${tenantId} and id = ${before.id} and version = ${input.expectedVersion} returning id`;
    if (updated.length === 0) staleOrMissing('forecast', true);
    forecastId = before.id;
    await tx`delete from forecast_lines where tenant_id = ${tenantId} and forecast_id = ${forecastId}`;
  } else {
    const fiscalYearId = await ensureFiscalYear(tx, tenantId, input.year);
    const [row] = await tx<{ id: string }[]>`
      insert into forecasts (tenant_id, fiscal_year_id, year) values (${tenantId}, ${fiscalYearId}, ${input.year})
      returning id`;
    if (!row) throw new Error('forecast insert returned no row');
    forecastId = row.id;
  }
  for (const line of input.lines) {
    const chartLine = byCode.get(line.lineCode) as ChartLine;
    await tx`insert into forecast_lines (tenant_id, forecast_id, line_id, amount_ore)
             values (${tenantId}, ${forecastId}, ${chartLine.id}, ${line.amount})`;
  }
  await recordAudit(tx, {
    action: 'forecast.save',
    entity: 'forecast',
    entityId: forecastId,
    before: before ? Object.fromEntries(before.amounts) : null,
    after: Object.fromEntries(input.lines.map((line) => [line.lineCode, line.amount])),
  });
  return forecastReport(ctx, { year: input.year, throughMonth: 12 });
}
