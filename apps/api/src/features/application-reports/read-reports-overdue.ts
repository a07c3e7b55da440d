import { type GrantReportKind, reportsOverdue, todayInSweden } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface OverdueReportRow {
  reportId: string;
  applicationId: string;
  title: string;
  kind: GrantReportKind;
  dueDate: string;
  submittedDate: string | null;
  daysOverdue: number;
}

/**
 * The agreements' reports not submitted after their deadline, today in Sweden ("Försenade
 * rapporter"), oldest first. Any member of the förbund; scoped to it.
 */
export async function readReportsOverdue(
  { tx, tenant }: TenantCtx,
  today: string = todayInSweden(),
): Promise<{ today: string; rows: OverdueReportRow[] }> {
  const rows = await tx<Omit<OverdueReportRow, 'daysOverdue'>[]>`
    select r.id as "reportId", a.id as "applicationId", a.title, r.kind,
           to_char(r.due_date, 'YYYY-MM-DD') as "dueDate", to_char(r.submitted_date, 'YYYY-MM-DD') as "submittedDate"
    from application_reports r
    join application_agreements ag on ag.tenant_id = r.tenant_id and ag.id = r.agreement_id
    join applications a on a.tenant_id = ag.tenant_id and a.id = ag.application_id
    where r.tenant_id = ${tenant.id} and r.submitted_date is null and r.due_date < ${today}::date
    order by r.due_date, a.title`;
  return { today, rows: reportsOverdue(rows, today) };
}
