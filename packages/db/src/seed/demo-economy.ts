import {
  type BalanceLine,
  type Budget,
  type FinancingOverride,
  type ForecastInputLine,
  type IncomeStatementFigures,
  kronor,
  type MunicipalityAllocationKey,
  type Ore,
} from '@samsyn/domain';
import { recordAudit } from '../audit.ts';
import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';
import { demoFigures } from './data/economy/demo-figures.ts';

/**
 * The seed documents' economy for the demo förbund (figures in ./data/economy/):
 * Gävleborg's budget 2019 and plan 2020–2022, its contributions, actuals, income statement figures,
 * balances and forecast of the first half of 2019 (and the comparison figures of 2018);
 * Härnösand-Timrå's budget 2016 with plan 2017–2018; Insjöriket's INVENTED budget and
 * contributions for 2020. Written as the owner inside the demo seed's transaction, each förbund
 * with its tenant set, in the same tables and shapes the economy API writes.
 */
export async function seedDemoEconomy(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
): Promise<void> {
  const gavleborgId = tenantIds.get('gavleborg');
  const harnosandTimraId = tenantIds.get('harnosand-timra');
  const insjoriketId = tenantIds.get('insjoriket');
  if (!gavleborgId || !harnosandTimraId || !insjoriketId)
    throw new Error('demo förbund missing for economy seed');

  const g = demoFigures.gavleborg;
  await inTenant(tx, gavleborgId, async (seed) => {
    const members = await seed.memberIds(g.gavleborgMembers);
    await seed.budget(g.gavleborgBudget2019, members);
    await seed.budget(g.gavleborgBudget2020_2022, members);
    // Financial costs are booked (265 kr in H1 2019) though the budget has no line for them.
    await seed.chartLine({
      code: 'financial-costs',
      name: 'Finansiella kostnader',
      kind: 'financialCost',
      position: 900,
    });

    // Driftredovisning 3.3 books 6 659 747 kr of revenue for the half-year, 3 kr less than the
    // invoiced 6 659 750 (not 1), without saying on which line. The difference is booked on the
    // municipalities' line, with a note, so that the contributions page shows it rather than hides it.
    const h1 = { kind: 'half', number: 1 } as const;
    await seed.actual(2019, h1, 'contribution-state', kronor(3_330_000));
    await seed.actual(2019, h1, 'contribution-region', kronor(1_664_875));
    await seed.actual(
      2019,
      h1,
      'contribution-municipalities',
      kronor(1_664_872),
      'Driftredovisningen 3.3 bokför 6 659 747 kr i intäkter för halvåret, 3 kr mindre än fakturerat enligt not 1 (6 659 750 kr). Källan anger inte raden; differensen ligger här.',
    );
    for (const line of g.gavleborgOperatingStatementH1_2019.lines.filter((l) => l.kind === 'cost')) {
      await seed.actual(2019, h1, line.code, line.actual);
    }
    await seed.actual(2019, h1, 'financial-costs', kronor(265));

    await seed.resultFigures(2019, 6, g.gavleborgIncomeStatementH1_2019);
    await seed.resultFigures(2018, 6, g.gavleborgIncomeStatementH1_2018);
    await seed.balances('2019-06-30', g.gavleborgBalance2019_06_30);
    await seed.balances('2018-12-31', g.gavleborgBalance2018_12_31);
    await seed.forecast(2019, g.gavleborgForecast2019.lines);

    const h1Plan = g.gavleborgFinancingH1_2019;
    await seed.contributions({
      year: 2019,
      period: 'H1',
      basis:
        h1Plan.basis.kind === 'state'
          ? { kind: 'state', amount: h1Plan.basis.state }
          : { kind: 'total', amount: h1Plan.basis.total },
      key: h1Plan.key,
      overrides: h1Plan.overrides ?? [],
      members,
    });
    await seed.contributions({
      year: 2020,
      period: 'year',
      basis: { kind: 'state', amount: kronor(6_660_000) },
      key: g.gavleborgMunicipalityKey,
      overrides: [],
      members,
    });
  });

  const ht = demoFigures['harnosand-timra'];
  await inTenant(tx, harnosandTimraId, async (seed) => {
    const members = await seed.memberIds(ht.harnosandTimraMembers);
    await seed.budget(ht.harnosandTimraBudget2016_2018, members);
    await tx`update fiscal_years set opening_equity_ore = ${ht.harnosandTimraOpeningEquity2016}
             where tenant_id = ${harnosandTimraId} and year = 2016`;
  });

  const ins = demoFigures.insjoriket;
  await inTenant(tx, insjoriketId, async (seed) => {
    const members = await seed.memberIds(ins.insjoriketMembers);
    await seed.budget(ins.insjoriketBudget2020, members);
    await seed.contributions({
      year: 2020,
      period: 'year',
      basis: { kind: 'state', amount: kronor(4_000_000) },
      key: ins.insjoriketMunicipalityKey,
      overrides: [],
      members,
      populationYear: 2019,
    });
  });
}

type MemberIds = ReadonlyMap<string, string>;

async function inTenant(
  tx: TransactionSql,
  tenantId: string,
  work: (seed: ReturnType<typeof seeder>) => Promise<void>,
): Promise<void> {
  await enterScope(tx, { tenantId });
  await work(seeder(tx, tenantId));
  await recordAudit(tx, { action: 'demo.seed', entity: 'economy', entityId: tenantId });
}

function seeder(tx: TransactionSql, tenantId: string) {
  const fiscalYear = async (year: number) => {
    const [row] = await tx<{ id: string }[]>`
      insert into fiscal_years (tenant_id, year) values (${tenantId}, ${year})
      on conflict (tenant_id, year) do update set year = excluded.year returning id`;
    if (!row) throw new Error(`fiscal year ${year} not created`);
    return row.id;
  };
  const lineId = async (code: string) => {
    const [row] = await tx<{ id: string }[]>`
      select id from economy_lines where tenant_id = ${tenantId} and code = ${code} and parent_line_id is null`;
    if (!row) throw new Error(`demo line ${code} missing`);
    return row.id;
  };
  const amountsLiteral = (amounts: readonly (Ore | null)[]) =>
    `{${amounts.map((amount) => (amount === null ? 'NULL' : String(amount))).join(',')}}`;

  return {
    /** Demo member ids ('gavle') → the database's member ids, matched by name. */
    async memberIds(members: readonly { id: string; name: string }[]): Promise<MemberIds> {
      const rows = await tx<
        { id: string; name: string }[]
      >`select id, name from members where tenant_id = ${tenantId}`;
      const byName = new Map(rows.map((row) => [row.name, row.id]));
      return new Map(
        members.map((member) => {
          const id = byName.get(member.name);
          if (!id) throw new Error(`demo member ${member.name} missing`);
          return [member.id, id];
        }),
      );
    },

    async chartLine(line: { code: string; name: string; kind: string; position: number }) {
      await tx`insert into economy_lines (tenant_id, code, name, kind, position)
               values (${tenantId}, ${line.code}, ${line.name}, ${line.kind}, ${line.position})`;
    },

    /** A budget as `economy.budget.save` stores it; the chart keeps the first name a code had. */
    async budget(budget: Budget, members: MemberIds) {
      const firstYear = budget.years[0] as number;
      for (const year of budget.years) await fiscalYear(year);
      const [head] = await tx<{ id: string }[]>`
        insert into budgets (tenant_id, fiscal_year_id, first_year, year_count)
        values (${tenantId}, ${await fiscalYear(firstYear)}, ${firstYear}, ${budget.years.length}) returning id`;
      if (!head) throw new Error('demo budget not created');
      let position = 0;
      for (const line of budget.lines) {
        position += 10;
        const [chart] = await tx<{ id: string }[]>`
          insert into economy_lines (tenant_id, code, name, kind, cost_kind, funder_group, member_id, line_group, position)
          values (${tenantId}, ${line.code}, ${line.name}, ${line.kind}, ${line.costKind ?? null}, ${line.funderGroup ?? null},
                  ${line.memberId ? (members.get(line.memberId) ?? null) : null}, ${line.group ?? null}, ${position})
          on conflict (tenant_id, code) where parent_line_id is null do update set code = excluded.code
          returning id`;
        if (!chart) throw new Error(`demo line ${line.code} not created`);
        await tx`insert into budget_lines (tenant_id, budget_id, line_id, name, position, amounts_ore)
                 values (${tenantId}, ${head.id}, ${chart.id}, ${line.name}, ${position}, ${amountsLiteral(line.amounts)}::bigint[])`;
        for (const sub of line.ofWhich ?? []) {
          position += 1;
          const [subLine] = await tx<{ id: string }[]>`
            insert into economy_lines (tenant_id, code, name, kind, parent_line_id, position)
            values (${tenantId}, ${sub.code}, ${sub.name}, ${line.kind}, ${chart.id}, ${position})
            on conflict (tenant_id, parent_line_id, code) where parent_line_id is not null do update set code = excluded.code
            returning id`;
          if (!subLine) throw new Error(`demo sub-line ${sub.code} not created`);
          await tx`insert into budget_lines (tenant_id, budget_id, line_id, name, position, amounts_ore)
                   values (${tenantId}, ${head.id}, ${subLine.id}, ${sub.name}, ${position}, ${amountsLiteral(sub.amounts)}::bigint[])`;
        }
      }
    },

    async actual(
      year: number,
      period: { kind: 'month' | 'half' | 'year'; number: number },
      code: string,
      amount: Ore,
      note: string | null = null,
    ) {
      await tx`insert into actuals (tenant_id, fiscal_year_id, year, period_kind, period_number, line_id, amount_ore, note)
               values (${tenantId}, ${await fiscalYear(year)}, ${year}, ${period.kind}, ${period.number},
                       ${await lineId(code)}, ${amount}, ${note})`;
    },

    async resultFigures(year: number, throughMonth: number, figures: IncomeStatementFigures) {
      await tx`insert into result_figures (tenant_id, fiscal_year_id, year, through_month, revenue_ore, costs_ore,
                 depreciation_ore, financial_income_ore, financial_costs_ore, extraordinary_ore)
               values (${tenantId}, ${await fiscalYear(year)}, ${year}, ${throughMonth}, ${figures.revenue},
                 ${figures.costs}, ${figures.depreciation}, ${figures.financialIncome}, ${figures.financialCosts},
                 ${figures.extraordinaryItems})`;
    },

    async balances(date: string, lines: readonly BalanceLine[]) {
      const year = Number(date.slice(0, 4));
      const [sheet] = await tx<{ id: string }[]>`
        insert into balance_sheets (tenant_id, fiscal_year_id, year, balance_date)
        values (${tenantId}, ${await fiscalYear(year)}, ${year}, ${date}) returning id`;
      if (!sheet) throw new Error('demo balance sheet not created');
      let position = 0;
      for (const line of lines) {
        position += 10;
        await tx`insert into balance_lines (tenant_id, balance_sheet_id, code, name, section, amount_ore, note, position)
                 values (${tenantId}, ${sheet.id}, ${line.code}, ${line.name}, ${line.section}, ${line.amount},
                         ${line.note ?? null}, ${position})`;
      }
    },

    async forecast(year: number, lines: readonly ForecastInputLine[]) {
      const [head] = await tx<{ id: string }[]>`
        insert into forecasts (tenant_id, fiscal_year_id, year) values (${tenantId}, ${await fiscalYear(year)}, ${year})
        returning id`;
      if (!head) throw new Error('demo forecast not created');
      for (const line of lines) {
        await tx`insert into forecast_lines (tenant_id, forecast_id, line_id, amount_ore)
                 values (${tenantId}, ${head.id}, ${await lineId(line.code)}, ${line.forecast})`;
      }
    },

    async contributions(plan: {
      year: number;
      period: 'year' | 'H1' | 'H2';
      basis: { kind: 'total' | 'state'; amount: Ore };
      key: MunicipalityAllocationKey;
      overrides: readonly FinancingOverride[];
      members: MemberIds;
      populationYear?: number;
    }) {
      const member = (id: string) => {
        const found = plan.members.get(id);
        if (!found) throw new Error(`demo member ${id} missing`);
        return found;
      };
      const populationYear = plan.key.kind === 'population' ? (plan.populationYear ?? plan.year - 1) : null;
      const [head] = await tx<{ id: string }[]>`
        insert into contribution_plans (tenant_id, fiscal_year_id, year, period, basis_kind, basis_ore, key_kind, population_year)
        values (${tenantId}, ${await fiscalYear(plan.year)}, ${plan.year}, ${plan.period}, ${plan.basis.kind},
                ${plan.basis.amount}, ${plan.key.kind}, ${populationYear})
        returning id`;
      if (!head) throw new Error('demo contribution plan not created');
      if (plan.key.kind === 'agreed') {
        for (const [id, value] of Object.entries(plan.key.percentages)) {
          await tx`insert into allocation_percentages (tenant_id, plan_id, member_id, percent)
                   values (${tenantId}, ${head.id}, ${member(id)}, ${String(value)})`;
        }
      } else {
        for (const [id, population] of Object.entries(plan.key.population)) {
          await tx`insert into member_populations (tenant_id, member_id, year, population)
                   values (${tenantId}, ${member(id)}, ${populationYear}, ${population})
                   on conflict (tenant_id, member_id, year) do nothing`;
        }
      }
      for (const override of plan.overrides) {
        await tx`insert into contribution_overrides (tenant_id, plan_id, member_id, amount_ore, comment)
                 values (${tenantId}, ${head.id}, ${override.lineId === 'state' ? null : member(override.lineId)},
                         ${override.amount}, ${override.comment})`;
      }
    },
  };
}
