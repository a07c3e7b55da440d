import { recordAudit } from '@samsyn/db';
import { DomainError, type Ore, type SieImportInput, standardLineOf } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { writeActual } from '../actuals/stored-actual.ts';
import { readSieImport } from './read-sie-import.ts';
import { sieActualWrites } from './sie-actual-writes.ts';
import { saveAccountMapping, saveObjectMapping } from './sie-mapping-store.ts';
import { writeSieAllocations } from './write-sie-allocations.ts';
import { writeSieBalances } from './write-sie-balances.ts';

export interface SieImportResult {
  year: number;
  lastMonth: number;
  added: number;
  replaced: number;
  createdLines: string[];
  allocationsChanged: number;
  balanceDate: string | null;
}

/**
 * Imports an SIE 4 file: all or nothing, in the request's one transaction with its audit entry.
 * A file with any problem is refused whole (`sie.invalid`, with the first problem's line); so is
 * one whose months would overlap half-year or year actuals entered on the same line. Creates the
 * standard lines the mapping asks for, remembers the mappings, writes the months' actuals (in
 * place, never deleted), the intervention splits from the objects, the balance sheet from #UB and
 * the opening equity from #IB. Editors and admins.
 */
export async function commitSieImport(ctx: TenantCtx, input: SieImportInput): Promise<SieImportResult> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const reading = await readSieImport(ctx, input);
  if (!reading.ok) {
    const first = reading.problems[0];
    throw new DomainError('INVALID', 'sie.invalid', {
      line: first?.line ?? 0,
      count: reading.problems.length,
    });
  }
  const plan = reading.plan;
  const conflict = plan.conflicts[0];
  if (conflict)
    throw new DomainError('CONFLICT', 'sie.overlapsEntered', {
      line: conflict.lineName,
      period: conflict.period,
    });

  // Standard lines first: the actuals, mappings and splits point at their ids.
  const lineIdOf = new Map<string, string>();
  const createdLines: string[] = [];
  const [{ position = 0 } = {}] = await tx<{ position: number }[]>`
    select coalesce(max(position), 0) as position from economy_lines where tenant_id = ${tenantId}`;
  let nextPosition = position;
  for (const line of plan.lines) {
    if (line.lineId) {
      lineIdOf.set(line.key, line.lineId);
      continue;
    }
    const standard = standardLineOf(line.code);
    if (!standard) throw new Error(`no standard line ${line.code}`);
    nextPosition += 10;
    const [created] = await tx<{ id: string }[]>`
      insert into economy_lines (tenant_id, code, name, kind, cost_kind, funder_group, position)
      values (${tenantId}, ${standard.code}, ${standard.name}, ${standard.kind}, ${standard.costKind},
              ${standard.funderGroup}, ${nextPosition})
      returning id`;
    if (!created) throw new Error('economy line insert returned no row');
    lineIdOf.set(line.key, created.id);
    createdLines.push(standard.name);
  }

  for (const row of plan.accounts) {
    const line = plan.lines.find((candidate) =>
      row.target.type === 'line'
        ? candidate.lineId === row.target.lineId
        : row.target.type === 'standard' && candidate.code === row.target.code,
    );
    await saveAccountMapping(tx, tenantId, row.account, line ? (lineIdOf.get(line.key) ?? null) : null);
  }
  for (const object of plan.objects) {
    if (object.source === 'chosen')
      await saveObjectMapping(tx, tenantId, { ...object, interventionId: object.interventionId });
  }

  const writes = sieActualWrites(plan);
  const actualIdOf = new Map<string, string>();
  for (const existing of plan.existing)
    if (existing.period.kind === 'month')
      actualIdOf.set(`${existing.lineId}|${existing.period.month}`, existing.id);
  for (const write of writes) {
    const lineId = lineIdOf.get(write.lineKey) ?? write.lineKey;
    const id = await writeActual(
      tx,
      tenantId,
      {
        lineId,
        period: { kind: 'month', year: plan.year, month: write.month },
        amount: write.amount,
        note: null,
      },
      write.existing,
    );
    actualIdOf.set(`${lineId}|${write.month}`, id);
  }

  // Every intervention-funds month is split as the books say (an empty split where they say nothing).
  let allocationsChanged = 0;
  for (const line of plan.lines) {
    if (line.costKind !== 'interventionFunds') continue;
    const lineId = lineIdOf.get(line.key) as string;
    for (let month = 1; month <= plan.lastMonth; month += 1) {
      const actualId = actualIdOf.get(`${lineId}|${month}`);
      if (!actualId) continue;
      const wanted = new Map<string, Ore>(
        plan.allocations
          .filter((entry) => entry.lineKey === line.key && entry.month === month)
          .map((entry) => [entry.interventionId, entry.amount]),
      );
      if (await writeSieAllocations(tx, tenantId, actualId, wanted)) allocationsChanged += 1;
    }
  }

  const balanceDate = await writeSieBalances(tx, tenantId, plan);
  const added = writes.filter((write) => !write.existing).length;
  const replaced = writes.length - added;
  await recordAudit(tx, {
    action: 'actuals.sieImport',
    entity: 'actual',
    entityId: String(plan.year),
    after: {
      fileName: plan.fileName,
      company: plan.companyName,
      year: plan.year,
      months: plan.lastMonth,
      added,
      replaced,
      createdLines,
      allocationsChanged,
      balanceDate,
      lines: plan.lines.map((line) => ({ code: line.code, total: line.total })),
    },
  });
  return {
    year: plan.year,
    lastMonth: plan.lastMonth,
    added,
    replaced,
    createdLines,
    allocationsChanged,
    balanceDate,
  };
}
