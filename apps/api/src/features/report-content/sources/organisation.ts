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
 * §1.2 Om förbundet / the plan's §1: the members and the plan in force (its vision and goal areas,
 * or for the plan itself its purpose and adoption). A follow-up report names the members on its
 * last day; a plan, written before its years begin, those on its first.
 */
export async function readOrganisationSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const { tx, tenant } = ctx;
  const date = frame.kind === 'plan' ? frame.periodStart : frame.periodEnd;
  const [members, plan] = await Promise.all([
    tx<OrganisationMember[]>`
      select kind, name, official_code as "officialCode" from members
      where tenant_id = ${tenant.id}
        and (joined_on is null or joined_on <= ${date}::date)
        and (left_on is null or left_on > ${date}::date)`,
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
