import {
  canMoveApplication,
  DomainError,
  fieldsOfApplication,
  type MoveApplication,
  submittedApplicationStatuses,
  throwIfProblems,
  todayInSweden,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { bumpApplicationVersion, checkApplication, lockApplication } from './application-rows.ts';
import { getApplication } from './get-application.ts';
import { recordStatusChange } from './record-status-change.ts';

/**
 * A plain transition along the pipeline (never granted/rejected: a decision sets those), dated and
 * with a note, carrying the application's version; its history row and audit entry in the same
 * transaction. Moving to 'received' or later checks the Finsam party rule and the local group's
 * budget; the proposal step records the review group's proposed amount. Editors.
 */
export async function moveApplication(
  ctx: TenantCtx,
  input: MoveApplication & { applicationId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const locked = await lockApplication(ctx, input.applicationId, input.expectedVersion);
  if (!canMoveApplication(locked.status, input.to))
    throw new DomainError('CONFLICT', 'applications.moveRefused', { from: locked.status, to: input.to });
  if (submittedApplicationStatuses.includes(input.to))
    await checkApplication(
      ctx,
      fieldsOfApplication(await getApplication(ctx, { applicationId: locked.id })),
      input.to,
      locked.id,
    );
  const proposed = input.proposedAmountOre ?? null;
  if (input.to === 'proposal')
    throwIfProblems(
      'applications.invalid',
      proposed === null ? [{ key: 'applications.proposedAmountRequired', path: ['proposedAmountOre'] }] : [],
    );
  await tx`
    update applications
    set status = ${input.to},
        proposed_amount_ore = ${input.to === 'proposal' ? proposed : tx`proposed_amount_ore`}
    where tenant_id = ${tenant.id} and id = ${locked.id}`;
  const version = await bumpApplicationVersion(ctx, locked.id);
  await recordStatusChange(ctx, {
    applicationId: locked.id,
    from: locked.status,
    to: input.to,
    effectiveDate: input.effectiveDate ?? todayInSweden(),
    note: input.note,
  });
  return { version };
}
