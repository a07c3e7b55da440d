import { finsamMembers } from '@samsyn/domain';
import type { Sql, TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';
import { generateSyntheticForbund, type SyntheticOptions } from './generate-synthetic.ts';

export interface LoadSyntheticOptions extends SyntheticOptions {
  /**
   * Also insert each synthetic förbund's members (FK, AF, the region, the municipalities) into
   * `members` (default false: the national views need only the figures, and förbund-level test
   * suites count the members of the three demo förbund).
   */
  withMembers?: boolean;
}

export interface LoadSyntheticResult {
  forbund: number;
  figureRows: number;
  memberRows: number;
}

/**
 * Inserts synthetic förbund (`tenants.is_synthetic`, named "Syntetiskt förbund <n>") with their
 * settings and one `national_figures` row per year, in bulk, inside the caller's transaction. Run
 * as the owner role. Forced row-level security binds the owner too, so the rows go through a
 * temporary table and one server-side loop that sets each förbund in turn: a handful of round
 * trips whatever the size (1 000 förbund × 10 years in a few seconds). Synthetic förbund have no
 * users and no source rows: their figures ARE their data, which `refresh_national_figures` leaves alone.
 */
export async function loadSyntheticData(
  tx: TransactionSql,
  options: LoadSyntheticOptions = {},
): Promise<LoadSyntheticResult> {
  const forbund = generateSyntheticForbund(options);
  if (forbund.length === 0) return { forbund: 0, figureRows: 0, memberRows: 0 };

  const ids = await tx<{ id: string; slug: string }[]>`
    insert into tenants (slug, name, county_code, is_synthetic)
    select slug, name, county_code, true
    from unnest(${forbund.map((f) => f.slug)}::text[], ${forbund.map((f) => f.name)}::text[],
                ${forbund.map((f) => f.countyCode)}::text[]) as x (slug, name, county_code)
    returning id, slug`;
  const idOf = new Map(ids.map((row) => [row.slug, row.id]));
  const tenantId = (slug: string) => {
    const id = idOf.get(slug);
    if (!id) throw new Error(`synthetic förbund ${slug} was not created`);
    return id;
  };

  const settings = forbund.map((f) => ({
    tenant_id: tenantId(f.slug),
    equity_goal_percent: f.equityGoalPercent,
    share_named_figures: f.shareNamedFigures,
  }));
  const refreshedAt = new Date().toISOString();
  const figures = forbund.flatMap((f) =>
    f.figures.map((y) => ({
      tenant_id: tenantId(f.slug),
      year: y.year,
      source: 'synthetic',
      contributions_state_ore: y.contributionsStateOre,
      contributions_region_ore: y.contributionsRegionOre,
      contributions_municipalities_ore: y.contributionsMunicipalitiesOre,
      intervention_costs_ore: y.interventionCostsOre,
      staff_costs_ore: y.staffCostsOre,
      other_costs_ore: y.otherCostsOre,
      total_costs_ore: y.totalCostsOre,
      revenue_ore: y.revenueOre,
      equity_ore: y.equityOre,
      equity_goal_percent: y.equityGoalPercent,
      individual_interventions: y.individualInterventions,
      structural_interventions: y.structuralInterventions,
      individual_intervention_costs_ore: y.individualInterventionCostsOre,
      participants_women: y.participantsWomen,
      participants_men: y.participantsMen,
      participants_other: y.participantsOther,
      ended_participants: y.endedParticipants,
      ended_to_work: y.endedToWork,
      ended_to_studies: y.endedToStudies,
      member_municipalities: y.memberMunicipalities,
      refreshed_at: refreshedAt,
    })),
  );
  const members = options.withMembers
    ? forbund.flatMap((f) =>
        finsamMembers(f.countyCode, f.municipalityCodes).map((member) => ({
          tenant_id: tenantId(f.slug),
          kind: member.kind,
          name: member.name,
          official_code: member.officialCode,
        })),
      )
    : [];

  await tx`create temporary table synthetic_settings (tenant_id uuid, equity_goal_percent numeric, share_named_figures boolean) on commit drop`;
  await tx`create temporary table synthetic_figures (like national_figures including defaults) on commit drop`;
  await tx`create temporary table synthetic_members (tenant_id uuid, kind text, name text, official_code text) on commit drop`;
  await tx`insert into synthetic_settings select * from json_populate_recordset(null::synthetic_settings, ${JSON.stringify(settings)}::text::json)`;
  await tx`insert into synthetic_figures select * from json_populate_recordset(null::synthetic_figures, ${JSON.stringify(figures)}::text::json)`;
  if (members.length > 0)
    await tx`insert into synthetic_members select * from json_populate_recordset(null::synthetic_members, ${JSON.stringify(members)}::text::json)`;
  const previous = await tx<
    { tenant: string | null }[]
  >`select current_setting('app.tenant_id', true) as tenant`;
  await tx.unsafe(`
    do $$
    declare t uuid;
    begin
      for t in select tenant_id from synthetic_settings order by tenant_id loop
        perform set_config('app.tenant_id', t::text, true);
        insert into tenant_settings (tenant_id, equity_goal_percent, share_named_figures)
          select tenant_id, equity_goal_percent, share_named_figures from synthetic_settings where tenant_id = t;
        insert into members (tenant_id, kind, name, official_code)
          select tenant_id, kind, name, official_code from synthetic_members where tenant_id = t;
        insert into national_figures select * from synthetic_figures where tenant_id = t;
      end loop;
    end $$`);
  await enterScope(tx, { tenantId: previous[0]?.tenant ?? null });
  await tx`drop table synthetic_settings, synthetic_figures, synthetic_members`;
  return { forbund: forbund.length, figureRows: figures.length, memberRows: members.length };
}

/** As `loadSyntheticData`, in a transaction of its own: for the CLI and the benchmark. */
export async function seedSynthetic(
  sql: Sql,
  options: LoadSyntheticOptions = {},
): Promise<LoadSyntheticResult> {
  return (await sql.begin((tx) => loadSyntheticData(tx, options))) as LoadSyntheticResult;
}
