import type { TransactionSql } from '@samsyn/db';
import { oreFromDb } from '@samsyn/domain';

/** The förbund's saved year-end forecast for a year: its version and amount per line code. */

export async function loadForecast(tx: TransactionSql, tenantId: string, year: number) {
  const [head] = await tx<{ id: string; version: number }[]>`
    select id, version from forecasts where tenant_id = ${tenantId} and year = ${year}`;
  if (!head) return null;
  const lines = await tx<{ code: string; amount: string }[]>`
    select l.code, f.amount_ore::text as amount from forecast_lines f
    join economy_lines l on l.tenant_id = f.tenant_id and l.id = f.line_id
    where f.tenant_id = ${tenantId} and f.forecast_id = ${head.id}`;
  return { ...head, amounts: new Map(lines.map((line) => [line.code, oreFromDb(line.amount)])) };
}
