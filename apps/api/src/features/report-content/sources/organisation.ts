import {
  firstYearOf,
  type OrganisationMember,
  organisationSection,
  type ReportFrame,
  type SourceResult,
} from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { readReportPlan } from './report-plan.ts';

/**
 * §1.2 Om förbundet / the plan's §1: the members on the period's last day and the plan in force
 * (its vision and goal areas, or for the plan itself its purpose and adoption).
 */
export async function readOrganisationSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const { tx, tenant } = ctx;
  const [members, plan] = await Promise.all([
    tx<OrganisationMember[]>`
      select kind, name, official_code as "officialCode" from members
      where tenant_id = ${tenant.id}
        and (joined_on is null or joined_on <= ${frame.periodEnd}::date)
        and (left_on is null or left_on > ${frame.periodEnd}::date)`,
    readReportPlan(ctx, frame),
  ]);
  return organisationSection({
    tenantName: frame.tenantName,
    kind: frame.kind,
    members,
    year: firstYearOf(frame.periodStart),
    plan: plan && {
      name: plan.name,
      firstYear: plan.firstYear,
      lastYear: plan.lastYear,
      purpose: plan.purpose,
      vision: plan.vision,
      adoptedOn: plan.adoptedOn,
      goalAreas:
        plan.areas.length > 0 ? plan.areas.map((area) => area.title) : plan.goals.map((goal) => goal.title),
    },
  });
}
