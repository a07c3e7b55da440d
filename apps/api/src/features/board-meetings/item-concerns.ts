import type { TransactionSql } from '@samsyn/db';
import { type AgendaItemInput, throwIfProblems } from '@samsyn/domain';

/** The item's four link columns from what it concerns: at most one is set. */
export function concernsColumns(item: Pick<AgendaItemInput, 'concernsKind' | 'concernsId'>) {
  const id = (kind: AgendaItemInput['concernsKind']) => (item.concernsKind === kind ? item.concernsId : null);
  return {
    plan: id('plan'),
    intervention: id('intervention'),
    application: id('application'),
    report: id('report'),
  };
}

/** A plan, intervention, application or period report the item concerns must be the förbund's own (beside the field when not). */
export async function checkConcerns(
  tx: TransactionSql,
  tenantId: string,
  item: Pick<AgendaItemInput, 'concernsKind' | 'concernsId'>,
): Promise<void> {
  const { plan, intervention, application, report } = concernsColumns(item);
  const rows = plan
    ? await tx`select 1 from plans where tenant_id = ${tenantId} and id = ${plan}`
    : intervention
      ? await tx`select 1 from interventions where tenant_id = ${tenantId} and id = ${intervention}`
      : application
        ? await tx`select 1 from applications where tenant_id = ${tenantId} and id = ${application}`
        : report
          ? await tx`select 1 from period_reports where tenant_id = ${tenantId} and id = ${report}`
          : [{}];
  throwIfProblems(
    'boardMeetings.invalid',
    rows.length === 0 ? [{ key: 'boardMeetings.concernsNotFound', path: ['concernsId'] }] : [],
  );
}
