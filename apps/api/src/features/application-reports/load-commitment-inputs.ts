import {
  type ApplicationStatus,
  type Ore,
  openApplicationStatuses,
  oreFromDb,
  type PipelineApplication,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** One year of a granted application's agreement: what it binds the förbund to pay that year. */
export interface AgreementYearRow {
  agreementId: string;
  applicationId: string;
  year: number;
  amountOre: Ore;
}

/**
 * Every agreement year of the förbund's granted applications ("varav beviljat" sums these). An
 * agreement exists only for a granted application; the status check keeps a decision that was
 * undone from counting even if its agreement row lingers.
 */
export async function loadAgreementYears(
  { tx, tenant }: TenantCtx,
  input: { fromYear?: number; toYear?: number } = {},
): Promise<AgreementYearRow[]> {
  const fromYear = input.fromYear ?? null;
  const toYear = input.toYear ?? null;
  const rows = await tx<{ agreementId: string; applicationId: string; year: number; amount: string }[]>`
    select y.agreement_id as "agreementId", ag.application_id as "applicationId", y.year, y.amount_ore as amount
    from application_agreement_years y
    join application_agreements ag on ag.tenant_id = y.tenant_id and ag.id = y.agreement_id
    join applications a on a.tenant_id = ag.tenant_id and a.id = ag.application_id
    where y.tenant_id = ${tenant.id} and a.status = 'granted'
      and (${fromYear}::int is null or y.year >= ${fromYear}::int)
      and (${toYear}::int is null or y.year <= ${toYear}::int)
    order by y.year, a.title, y.agreement_id`;
  return rows.map((row) => ({
    agreementId: row.agreementId,
    applicationId: row.applicationId,
    year: row.year,
    amountOre: oreFromDb(row.amount),
  }));
}

/** The förbund's open applications with their yearly budgets, as the commitments' pipeline reads them. */
export async function loadPipelineApplications({ tx, tenant }: TenantCtx): Promise<PipelineApplication[]> {
  const rows = await tx<
    {
      status: ApplicationStatus;
      expectedYear: number | null;
      expectedAmount: string | null;
      proposedAmount: string | null;
      startYear: number | null;
      requested: { year: number; requestedOre: string | number }[];
    }[]
  >`
    select a.status, a.expected_year as "expectedYear", a.expected_amount_ore as "expectedAmount",
           a.proposed_amount_ore as "proposedAmount", extract(year from a.start_date)::int as "startYear",
           coalesce((select json_agg(json_build_object('year', b.year, 'requestedOre', b.requested_ore::text)
                                     order by b.year)
                       from application_budget_years b
                      where b.tenant_id = a.tenant_id and b.application_id = a.id), '[]') as requested
    from applications a
    where a.tenant_id = ${tenant.id} and a.status = any(${openApplicationStatuses}::text[])`;
  return rows.map((row) => ({
    status: row.status,
    expectedYear: row.expectedYear,
    expectedAmountOre: row.expectedAmount === null ? null : oreFromDb(row.expectedAmount),
    proposedAmountOre: row.proposedAmount === null ? null : oreFromDb(row.proposedAmount),
    startYear: row.startYear,
    requested: row.requested.map((year) => ({ year: year.year, requestedOre: oreFromDb(year.requestedOre) })),
  }));
}
