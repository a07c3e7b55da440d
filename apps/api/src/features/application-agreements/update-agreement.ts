import { recordAudit } from '@samsyn/db';
import type { AgreementEdit } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockAgreementAt } from './agreement-rows.ts';
import { refuseYearsNotGrant } from './years-bind-grant.ts';

/**
 * Rewrites the agreement's commitment per year and its note, at the version the editor loaded
 * (CONFLICT otherwise). The years must bind exactly the grant (`agreements.yearsNotGrant`, quoting
 * the sum and the difference), since "varav beviljat" on the budget page adds them up. Editors;
 * refused once the agreement is closed; audited as `applicationAgreement.update`.
 */
export async function updateAgreement(
  { tx, tenant }: TenantCtx,
  input: AgreementEdit & { agreementId: string; expectedVersion: number },
): Promise<{ id: string; version: number }> {
  const agreement = await lockAgreementAt(tx, tenant.id, input);
  const years = input.years
    .map((row) => ({ year: row.year, amountOre: row.amount as number }))
    .sort((a, b) => a.year - b.year);
  refuseYearsNotGrant(years, agreement.grantedOre);
  const before = await tx<{ year: number; amountOre: number }[]>`
    select year, amount_ore::float8 as "amountOre" from application_agreement_years
    where tenant_id = ${tenant.id} and agreement_id = ${agreement.id} order by year`;
  const [{ note } = { note: '' }] = await tx<{ note: string }[]>`
    select note from application_agreements where tenant_id = ${tenant.id} and id = ${agreement.id}`;
  await tx`delete from application_agreement_years where tenant_id = ${tenant.id} and agreement_id = ${agreement.id}`;
  for (const row of years)
    await tx`insert into application_agreement_years (tenant_id, agreement_id, year, amount_ore)
             values (${tenant.id}, ${agreement.id}, ${row.year}, ${row.amountOre})`;
  const [updated] = await tx<{ version: number }[]>`
    update application_agreements set note = ${input.note}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${agreement.id} returning version`;
  await recordAudit(tx, {
    action: 'applicationAgreement.update',
    entity: 'applicationAgreement',
    entityId: agreement.id,
    before: { years: before, note },
    after: { years, note: input.note },
  });
  return { id: agreement.id, version: updated?.version ?? agreement.version + 1 };
}
