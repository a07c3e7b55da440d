import { recordAudit } from '@samsyn/db';
import { splitGrantOverYears } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/**
 * Gives a granted application its funding agreement (a draft) with the commitment per year, the
 * grant split over the years asked for (`splitGrantOverYears`). Called inside the decision's own
 * transaction by whatever grants (`applicationDecision.*`), so that "varav beviljat" on the budget
 * page holds the grant from the moment it is decided. When the agreement exists already (the
 * amount of a decision not yet approved was changed), its years are rewritten while it is a draft;
 * a signed agreement keeps its years (changing it is the agreement's own edit).
 * Returns the agreement's id.
 */
export async function ensureAgreement(
  { tx, tenant }: TenantCtx,
  input: { applicationId: string; grantedOre: number; decidedDate: string },
): Promise<string> {
  const requested = await tx<{ year: number; requestedOre: string }[]>`
    select year, requested_ore::text as "requestedOre" from application_budget_years
    where tenant_id = ${tenant.id} and application_id = ${input.applicationId} order by year`;
  const [app] = await tx<{ startYear: number | null }[]>`
    select extract(year from start_date)::int as "startYear" from applications
    where tenant_id = ${tenant.id} and id = ${input.applicationId}`;
  const fallbackYear = app?.startYear ?? Number(input.decidedDate.slice(0, 4));
  const years = splitGrantOverYears(
    input.grantedOre,
    requested.map((row) => ({ year: row.year, requestedOre: Number(row.requestedOre) })),
    fallbackYear,
  );
  const [existing] = await tx<{ id: string; status: string }[]>`
    select id, status from application_agreements
    where tenant_id = ${tenant.id} and application_id = ${input.applicationId}`;
  if (existing && existing.status !== 'draft') return existing.id;
  let agreementId = existing?.id;
  if (!agreementId) {
    const [created] = await tx<{ id: string }[]>`
      insert into application_agreements (tenant_id, application_id)
      values (${tenant.id}, ${input.applicationId}) returning id`;
    if (!created) throw new Error('agreement insert returned no row');
    agreementId = created.id;
    await recordAudit(tx, {
      action: 'applicationAgreement.create',
      entity: 'applicationAgreement',
      entityId: agreementId,
      after: { applicationId: input.applicationId, years },
    });
  } else {
    await tx`delete from application_agreement_years where tenant_id = ${tenant.id} and agreement_id = ${agreementId}`;
    await tx`update application_agreements set version = version + 1
             where tenant_id = ${tenant.id} and id = ${agreementId}`;
    await recordAudit(tx, {
      action: 'applicationAgreement.update',
      entity: 'applicationAgreement',
      entityId: agreementId,
      after: { applicationId: input.applicationId, years },
    });
  }
  for (const row of years) {
    await tx`
      insert into application_agreement_years (tenant_id, agreement_id, year, amount_ore)
      values (${tenant.id}, ${agreementId}, ${row.year}, ${row.amountOre})`;
  }
  return agreementId;
}
