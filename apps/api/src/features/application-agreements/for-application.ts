import {
  type AgreementStatus,
  type CloseRefusal,
  closeRefusal,
  type GrantReportKind,
  isFinalReportApproved,
  type PaymentKind,
  paymentsOverGrant,
  yearsDifference,
} from '@samsyn/domain';
import { type ApplicationSummary, readApplication } from '../applications/read-application.ts';
import type { TenantCtx } from '../verb-context.ts';

export interface AgreementRecord {
  id: string;
  status: AgreementStatus;
  signedDate: string | null;
  closedDate: string | null;
  note: string;
  isDemoEstimate: boolean;
  version: number;
  /** The commitment per year, in öre. */
  years: { year: number; amountOre: number }[];
}

/** The booked actual a paid payment became: its line, period and the allocated amount. */
export interface BookedAs {
  allocationId: string;
  lineName: string;
  year: number;
  periodKind: 'month' | 'half' | 'year';
  periodNumber: number;
  amountOre: number;
}

export interface PaymentRecord {
  id: string;
  position: number;
  kind: PaymentKind;
  dueDate: string;
  amountOre: number;
  paidDate: string | null;
  note: string;
  version: number;
  bookedAs: BookedAs | null;
}

export interface ReportRecord {
  id: string;
  kind: GrantReportKind;
  dueDate: string;
  submittedDate: string | null;
  approvedDate: string | null;
  approvedDecisionId: string | null;
  /** The board decision's title and meeting day, when the approval names one. */
  approvedDecision: string | null;
  note: string;
  version: number;
}

/** The checks the section shows beside the plan, computed by the domain's rules. */
export interface AgreementChecks {
  /** Sum of the years minus the grant: 0 when the commitment binds exactly the grant. */
  yearsDifferenceOre: number;
  paymentsSumOre: number;
  paymentsOverGrantOre: number;
  isFinalReportApproved: boolean;
  /** Why closing would be refused now, or null. */
  closeRefusal: CloseRefusal | null;
}

export interface AgreementView {
  application: ApplicationSummary;
  agreement: AgreementRecord | null;
  payments: PaymentRecord[];
  reports: ReportRecord[];
  checks: AgreementChecks | null;
}

/**
 * An application's funding agreement with its commitment per year, its payment plan (each paid
 * payment with the booked actual allocation it became) and report deadlines, and the state of the
 * rules. Viewers; NOT_FOUND for an application this förbund does not have; `agreement` is null
 * until a grant gave it one.
 */
export async function agreementForApplication(
  ctx: TenantCtx,
  input: { applicationId: string },
): Promise<AgreementView> {
  const { tx, tenant } = ctx;
  const application = await readApplication(ctx, input);
  const [agreement] = await tx<Omit<AgreementRecord, 'years'>[]>`
    select id, status, to_char(signed_date, 'YYYY-MM-DD') as "signedDate",
           to_char(closed_date, 'YYYY-MM-DD') as "closedDate", note, is_demo_estimate as "isDemoEstimate", version
    from application_agreements where tenant_id = ${tenant.id} and application_id = ${input.applicationId}`;
  if (!agreement) return { application, agreement: null, payments: [], reports: [], checks: null };
  const years = await tx<{ year: number; amountOre: number }[]>`
    select year, amount_ore::float8 as "amountOre" from application_agreement_years
    where tenant_id = ${tenant.id} and agreement_id = ${agreement.id} order by year`;
  const paymentRows = await tx<(Omit<PaymentRecord, 'bookedAs'> & { booked: BookedAs | null })[]>`
    select p.id, p.position, p.kind, to_char(p.due_date, 'YYYY-MM-DD') as "dueDate", p.amount_ore::float8 as "amountOre",
           to_char(p.paid_date, 'YYYY-MM-DD') as "paidDate", p.note, p.version,
           case when al.id is null then null else json_build_object(
             'allocationId', al.id, 'lineName', l.name, 'year', ac.year, 'periodKind', ac.period_kind,
             'periodNumber', ac.period_number, 'amountOre', al.amount_ore::float8) end as booked
    from application_payments p
    left join actual_allocations al on al.tenant_id = p.tenant_id and al.id = p.actual_allocation_id
    left join actuals ac on ac.tenant_id = al.tenant_id and ac.id = al.actual_id
    left join economy_lines l on l.tenant_id = ac.tenant_id and l.id = ac.line_id
    where p.tenant_id = ${tenant.id} and p.agreement_id = ${agreement.id}
    order by p.due_date, p.position, p.id`;
  const payments = paymentRows.map(({ booked, ...payment }) => ({ ...payment, bookedAs: booked }));
  const reports = await tx<ReportRecord[]>`
    select r.id, r.kind, to_char(r.due_date, 'YYYY-MM-DD') as "dueDate",
           to_char(r.submitted_date, 'YYYY-MM-DD') as "submittedDate",
           to_char(r.approved_date, 'YYYY-MM-DD') as "approvedDate", r.approved_decision_id as "approvedDecisionId",
           case when d.id is null then null else d.title || ' (' || to_char(m.meeting_date, 'YYYY-MM-DD') || ')' end
             as "approvedDecision",
           r.note, r.version
    from application_reports r
    left join board_decisions d on d.tenant_id = r.tenant_id and d.id = r.approved_decision_id
    left join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
    left join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where r.tenant_id = ${tenant.id} and r.agreement_id = ${agreement.id}
    order by r.due_date, r.kind, r.id`;
  const grantedOre = application.grantedAmountOre ?? 0;
  const state = { status: agreement.status, grantedOre, payments, reports };
  return {
    application,
    agreement: { ...agreement, years },
    payments,
    reports,
    checks: {
      yearsDifferenceOre: yearsDifference(years, grantedOre),
      paymentsSumOre: payments.reduce((sum, payment) => sum + payment.amountOre, 0),
      paymentsOverGrantOre: paymentsOverGrant(payments, grantedOre),
      isFinalReportApproved: isFinalReportApproved(state),
      closeRefusal: closeRefusal(state),
    },
  };
}
