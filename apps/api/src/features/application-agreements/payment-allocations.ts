import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import type { BookedAs } from './for-application.ts';

/**
 * The actual allocations of the agreement's intervention (the application's "Skapa insats"), newest
 * first: what a payment can be linked to once booked. Empty while the application has no
 * intervention. Viewers; NOT_FOUND for an agreement this förbund does not have.
 */
export async function paymentAllocations(
  { tx, tenant }: TenantCtx,
  input: { agreementId: string },
): Promise<BookedAs[]> {
  const [agreement] = await tx<{ interventionId: string | null }[]>`
    select a.intervention_id as "interventionId" from application_agreements g
    join applications a on a.tenant_id = g.tenant_id and a.id = g.application_id
    where g.tenant_id = ${tenant.id} and g.id = ${input.agreementId}`;
  if (!agreement) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'applicationAgreement' });
  if (!agreement.interventionId) return [];
  return tx<BookedAs[]>`
    select al.id as "allocationId", l.name as "lineName", ac.year, ac.period_kind as "periodKind",
           ac.period_number as "periodNumber", al.amount_ore::float8 as "amountOre"
    from actual_allocations al
    join actuals ac on ac.tenant_id = al.tenant_id and ac.id = al.actual_id
    join economy_lines l on l.tenant_id = ac.tenant_id and l.id = ac.line_id
    where al.tenant_id = ${tenant.id} and al.intervention_id = ${agreement.interventionId}
    order by ac.year desc, ac.period_kind, ac.period_number desc, l.name
    limit 500`;
}
