import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { lockAgreementAt } from './agreement-rows.ts';
import { refuseYearsNotGrant } from './years-bind-grant.ts';

/**
 * Records the day the agreement was signed (a signed one may have its day corrected). Editors, at
 * the agreement's version; refused once closed, and while the years do not bind exactly the grant
 * (the signed terms must be the board's). Audited as `applicationAgreement.sign`.
 */
export async function signAgreement(
  { tx, tenant }: TenantCtx,
  input: { agreementId: string; expectedVersion: number; signedDate: string },
): Promise<{ id: string }> {
  const agreement = await lockAgreementAt(tx, tenant.id, input);
  const years = await tx<{ amountOre: number }[]>`
    select amount_ore::float8 as "amountOre" from application_agreement_years
    where tenant_id = ${tenant.id} and agreement_id = ${agreement.id}`;
  refuseYearsNotGrant(years, agreement.grantedOre);
  const [before] = await tx<{ signedDate: string | null }[]>`
    select to_char(signed_date, 'YYYY-MM-DD') as "signedDate" from application_agreements
    where tenant_id = ${tenant.id} and id = ${agreement.id}`;
  await tx`update application_agreements set status = 'signed', signed_date = ${input.signedDate}, version = version + 1
           where tenant_id = ${tenant.id} and id = ${agreement.id}`;
  await recordAudit(tx, {
    action: 'applicationAgreement.sign',
    entity: 'applicationAgreement',
    entityId: agreement.id,
    before: { status: agreement.status, signedDate: before?.signedDate ?? null },
    after: { status: 'signed', signedDate: input.signedDate },
  });
  return { id: agreement.id };
}
