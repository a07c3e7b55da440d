import { recordAudit } from '@samsyn/db';
import { closeRefusal, DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { agreementState, lockAgreementAt } from './agreement-rows.ts';

/**
 * Closes a signed agreement once its final report is approved, every payment is paid and the
 * payments add up to the grant (`closeRefusal` names the first thing still open). Admins only, at
 * the agreement's version; audited as `applicationAgreement.close`. A closed agreement is read-only.
 */
export async function closeAgreement(
  { tx, tenant }: TenantCtx,
  input: { agreementId: string; expectedVersion: number; closedDate: string },
): Promise<{ id: string }> {
  const agreement = await lockAgreementAt(tx, tenant.id, input);
  const refusal = closeRefusal(await agreementState(tx, tenant.id, agreement));
  if (refusal) throw new DomainError('CONFLICT', refusal);
  await tx`update application_agreements set status = 'closed', closed_date = ${input.closedDate}, version = version + 1
           where tenant_id = ${tenant.id} and id = ${agreement.id}`;
  await recordAudit(tx, {
    action: 'applicationAgreement.close',
    entity: 'applicationAgreement',
    entityId: agreement.id,
    before: { status: agreement.status },
    after: { status: 'closed', closedDate: input.closedDate },
  });
  return { id: agreement.id };
}
