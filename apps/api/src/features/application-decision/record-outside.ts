import {
  closedApplicationStatuses,
  DomainError,
  outsideDecisionProblems,
  type RecordOutsideInput,
  throwIfProblems,
} from '@samsyn/domain';
import { ensureAgreement } from '../application-agreements/ensure-agreement.ts';
import { type ApplicationSummary, readApplication } from '../applications/read-application.ts';
import { recordStatusChange } from '../applications/record-status-change.ts';
import type { TenantCtx } from '../verb-context.ts';
import { lockApplication } from './application-row.ts';

/**
 * Records a decision taken before Samsyn was used (for the history): the outcome, the day, the
 * amount when granted and a note. The application becomes granted or rejected without a board
 * decision, its history names the day and the note (`application.decideOutside`), and a grant gets
 * its draft agreement. An application already decided or withdrawn is refused. Admins.
 */
export async function recordOutside(ctx: TenantCtx, input: RecordOutsideInput): Promise<ApplicationSummary> {
  const { tx, tenant } = ctx;
  throwIfProblems('applicationDecision.invalid', outsideDecisionProblems(input));
  const application = await lockApplication(tx, tenant.id, input.applicationId, input.expectedVersion);
  if (closedApplicationStatuses.includes(application.status))
    throw new DomainError('CONFLICT', 'applicationDecision.notDecidable');
  const amount = input.outcome === 'granted' ? input.grantedAmount : null;
  await tx`
    update applications set status = ${input.outcome}, decision_id = null, decided_date = ${input.decidedDate},
      granted_amount_ore = ${amount}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${application.id}`;
  await recordStatusChange(ctx, {
    applicationId: application.id,
    from: application.status,
    to: input.outcome,
    effectiveDate: input.decidedDate,
    note: input.note,
    action: 'application.decideOutside',
  });
  if (amount !== null)
    await ensureAgreement(ctx, {
      applicationId: application.id,
      grantedOre: amount,
      decidedDate: input.decidedDate,
    });
  return readApplication(ctx, { applicationId: application.id });
}
