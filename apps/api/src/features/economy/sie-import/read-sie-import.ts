import {
  type BalanceLine,
  type BudgetLineKind,
  type CostKind,
  DomainError,
  type FunderGroup,
  lineSignOf,
  type Ore,
  parseSie,
  type SieAllocation,
  type SieImportInput,
  type SieLineTarget,
  type SieProblem,
  sieAllocations,
  sieBalanceLines,
  sieImportInputSchema,
  sieOpeningBalanceLines,
  sieOpeningEquity,
  sieTotals,
  standardLineOf,
  suggestSieTarget,
  ZERO_ORE,
} from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { type ExistingActual, existingActuals } from '../actuals/stored-actual.ts';
import { loadChart } from '../economy-store.ts';
import { decodeSieFile } from './decode-sie-file.ts';
import { loadAccountMappings, loadObjectMappings, objectKey } from './sie-mapping-store.ts';

export type TargetSource = 'chosen' | 'remembered' | 'suggested';

export interface SieAccountRow {
  account: string;
  name: string;
  /** The year's transactions on the account as its line shows them (revenue positive, costs positive). */
  total: Ore;
  target: SieLineTarget;
  source: TargetSource;
}

export interface SiePlanLine {
  /** The line's id, or `standard:<code>` for a standard line the import creates. */
  key: string;
  lineId: string | null;
  code: string;
  name: string;
  kind: BudgetLineKind;
  funderGroup: FunderGroup | null;
  costKind: CostKind | null;
  /** Per month 1 … lastMonth. */
  months: Ore[];
  total: Ore;
}

export interface SieObjectRow {
  dimension: number;
  dimensionName: string;
  objectId: string;
  name: string;
  /** The intervention-funds amount booked on it in the year. */
  amount: Ore;
  interventionId: string | null;
  source: TargetSource | null;
}

export interface SieImportPlan {
  fileName: string | null;
  companyName: string | null;
  orgNumber: string | null;
  program: string | null;
  year: number;
  lastMonth: number;
  /** The chart's top-level lines, to choose among. */
  chart: { id: string; code: string; name: string; kind: BudgetLineKind }[];
  accounts: SieAccountRow[];
  lines: SiePlanLine[];
  objects: SieObjectRow[];
  allocations: SieAllocation[];
  balanceDate: string;
  balanceLines: BalanceLine[] | null;
  /** The year before's closing sheet from #IB, written only where none is kept for that date. */
  openingBalanceDate: string;
  openingBalanceLines: BalanceLine[] | null;
  hasOpeningBalanceSheet: boolean;
  openingEquity: Ore | null;
  result: { fromFile: Ore; fromLines: Ore };
  /** Half-year or year actuals already entered on a line the import writes months on. */
  conflicts: { lineName: string; period: string }[];
  existing: ExistingActual[];
}

export type SieImportReading = { ok: true; plan: SieImportPlan } | { ok: false; problems: SieProblem[] };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads an uploaded SIE 4 file against the förbund's chart: parses it, resolves every result
 * account to a line (the office's choice in this input, else the one remembered, else the BAS
 * suggestion) and every object to an intervention, and sums the lines per month. Writes nothing;
 * the preview shows it and the commit writes it. Editors and admins (the callers' tier).
 */
export async function readSieImport(ctx: TenantCtx, rawInput: SieImportInput): Promise<SieImportReading> {
  const { tx } = ctx;
  const tenantId = ctx.tenant.id;
  const input = sieImportInputSchema.parse(rawInput);
  const parsed = parseSie(decodeSieFile(input.fileBase64));
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const file = parsed.file;
  const totals = sieTotals(file);

  const chart = (await loadChart(tx, tenantId)).filter((line) => line.parentId === null);
  const chartById = new Map(chart.map((line) => [line.id, line]));
  const chartByCode = new Map(chart.map((line) => [line.code, line]));
  const chosen = new Map(input.mappings.map((mapping) => [mapping.account, mapping.target]));
  const remembered = await loadAccountMappings(tx, tenantId);
  for (const target of chosen.values())
    if (target.type === 'line' && !chartById.has(target.lineId))
      throw new DomainError('INVALID', 'actuals.unknownLine');

  const nameOf = new Map(file.accounts.map((account) => [account.number, account.name]));
  const accountNumbers = [...new Set(totals.accountMonths.map((entry) => entry.account))].sort();
  const accounts: SieAccountRow[] = [];
  for (const account of accountNumbers) {
    const name = nameOf.get(account) ?? '';
    const own = chosen.get(account);
    const kept = remembered.get(account);
    const [target, source]: [SieLineTarget | null, TargetSource] = own
      ? [own, 'chosen']
      : kept
        ? [kept, 'remembered']
        : [suggestSieTarget(account, name, chart), 'suggested'];
    if (!target) continue;
    accounts.push({ account, name, total: ZERO_ORE, target, source });
  }

  // Lines by key: a chart line's id, or a standard line not yet in the chart.
  const lines = new Map<string, SiePlanLine>();
  const lineFor = (target: SieLineTarget): SiePlanLine | null => {
    if (target.type === 'ignore') return null;
    const existing = target.type === 'line' ? chartById.get(target.lineId) : chartByCode.get(target.code);
    const standard = target.type === 'standard' ? standardLineOf(target.code) : undefined;
    const key = existing ? existing.id : `standard:${target.type === 'standard' ? target.code : ''}`;
    const known = lines.get(key);
    if (known) return known;
    const source = existing ?? standard;
    if (!source) return null;
    const line: SiePlanLine = {
      key,
      lineId: existing?.id ?? null,
      code: source.code,
      name: source.name,
      kind: source.kind,
      funderGroup: source.funderGroup,
      costKind: source.costKind,
      months: Array.from({ length: totals.lastMonth }, () => ZERO_ORE),
      total: ZERO_ORE,
    };
    lines.set(key, line);
    return line;
  };
  const lineOfAccount = new Map<string, SiePlanLine>();
  for (const row of accounts) {
    const line = lineFor(row.target);
    if (line) lineOfAccount.set(row.account, line);
  }
  for (const entry of totals.accountMonths) {
    const line = lineOfAccount.get(entry.account);
    const row = accounts.find((candidate) => candidate.account === entry.account);
    const sign = line ? lineSignOf(line.kind) : 1;
    const amount = (entry.amount * sign) as Ore;
    if (row) row.total = (row.total + amount) as Ore;
    if (!line) continue;
    line.months[entry.month - 1] = ((line.months[entry.month - 1] ?? 0) + amount) as Ore;
    line.total = (line.total + amount) as Ore;
  }

  const { objects, allocations } = await readObjects(ctx, input, file, totals, lineOfAccount);

  const existing = await existingActuals(tx, tenantId, [totals.year]);
  const openingSheet = await tx`
    select 1 from balance_sheets where tenant_id = ${tenantId} and balance_date = ${`${totals.year - 1}-12-31`}`;
  const conflicts: SieImportPlan['conflicts'] = [];
  for (const line of lines.values()) {
    if (!line.lineId) continue;
    for (const actual of existing) {
      if (actual.lineId !== line.lineId || actual.period.kind === 'month') continue;
      const firstMonth = actual.period.kind === 'half' ? actual.period.half * 6 - 5 : 1;
      if (firstMonth <= totals.lastMonth)
        conflicts.push({
          lineName: line.name,
          period:
            actual.period.kind === 'half' ? `${totals.year}-H${actual.period.half}` : String(totals.year),
        });
    }
  }

  const lastMonth = Math.max(totals.lastMonth, 1);
  const planLines = [...lines.values()];
  const fromLines = planLines.reduce<number>(
    (sum, line) => sum + (lineSignOf(line.kind) === -1 ? line.total : -line.total),
    0,
  ) as Ore;
  return {
    ok: true,
    plan: {
      fileName: input.fileName ?? null,
      companyName: file.companyName,
      orgNumber: file.orgNumber,
      program: file.program,
      year: totals.year,
      lastMonth: totals.lastMonth,
      chart: chart.map(({ id, code, name, kind }) => ({ id, code, name, kind })),
      accounts,
      lines: planLines,
      objects,
      allocations,
      balanceDate: `${totals.year}-${pad(lastMonth)}-${pad(lastDayOf(totals.year, lastMonth))}`,
      balanceLines: sieBalanceLines(file, totals.result),
      openingBalanceDate: `${totals.year - 1}-12-31`,
      openingBalanceLines: sieOpeningBalanceLines(file),
      hasOpeningBalanceSheet: openingSheet.length > 0,
      openingEquity: sieOpeningEquity(file),
      result: { fromFile: totals.result, fromLines },
      conflicts,
      existing,
    },
  };
}

/** The objects booked on intervention-funds lines, each with its intervention, and the split they give. */
async function readObjects(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: ReturnType<typeof sieImportInputSchema.parse>,
  file: Parameters<typeof sieTotals>[0],
  totals: ReturnType<typeof sieTotals>,
  lineOfAccount: Map<string, SiePlanLine>,
): Promise<{ objects: SieObjectRow[]; allocations: SieAllocation[] }> {
  const fundsLineOf = (account: string) => {
    const line = lineOfAccount.get(account);
    return line?.costKind === 'interventionFunds' ? line.key : null;
  };
  const chosen = new Map(
    input.objectMappings.map((mapping) => [
      objectKey(mapping.dimension, mapping.objectId),
      mapping.interventionId,
    ]),
  );
  const chosenIds = [...new Set([...chosen.values()].filter((id): id is string => id !== null))];
  if (chosenIds.length > 0) {
    const found = await tx<{ id: string }[]>`
      select id from interventions where tenant_id = ${tenantId} and id = any(${chosenIds}::uuid[])`;
    if (found.length !== chosenIds.length)
      throw new DomainError('NOT_FOUND', 'notFound', { entity: 'intervention' });
  }
  const remembered = await loadObjectMappings(tx, tenantId);
  const interventionOf = (dimension: number, objectId: string) => {
    const key = objectKey(dimension, objectId);
    return chosen.has(key) ? (chosen.get(key) ?? null) : (remembered.get(key) ?? null);
  };
  const dimensionName = new Map(file.dimensions.map((dimension) => [dimension.number, dimension.name]));
  const objectName = new Map(
    file.objects.map((object) => [objectKey(object.dimension, object.id), object.name]),
  );
  const rows = new Map<string, SieObjectRow>();
  for (const entry of totals.objectMonths) {
    if (fundsLineOf(entry.account) === null) continue;
    const key = objectKey(entry.dimension, entry.objectId);
    const row = rows.get(key) ?? {
      dimension: entry.dimension,
      dimensionName: dimensionName.get(entry.dimension) ?? '',
      objectId: entry.objectId,
      name: objectName.get(key) ?? '',
      amount: ZERO_ORE,
      interventionId: interventionOf(entry.dimension, entry.objectId),
      source: chosen.has(key) ? 'chosen' : remembered.has(key) ? 'remembered' : null,
    };
    row.amount = (row.amount + entry.amount) as Ore;
    rows.set(key, row);
  }
  const objects = [...rows.values()].sort(
    (a, b) => a.dimension - b.dimension || a.objectId.localeCompare(b.objectId, 'sv'),
  );
  return { objects, allocations: sieAllocations(file, fundsLineOf, interventionOf) };
}
