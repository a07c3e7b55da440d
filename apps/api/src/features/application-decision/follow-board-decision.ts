import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  type ApplicationStatus,
  applicationDecidable,
  type DecisionKind,
  DomainError,
  type GrantOutcome,
  grantDecisionProblems,
  throwIfProblems,
  todayInSweden,
} from '@samsyn/domain';
import { ensureAgreement } from '../application-agreements/ensure-agreement.ts';
import { recordStatusChange } from '../applications/record-status-change.ts';
import type { TenantCtx } from '../verb-context.ts';

/** The application an agenda item concerns, locked for the decision's write. */
interface ItemApplication {
  id: string;
  title: string;
  status: ApplicationStatus;
  decisionId: string | null;
  grantedAmountOre: number | null;
  interventionId: string | null;
}

async function applicationOfItem(tx: TransactionSql, tenantId: string, itemId: string) {
  const [row] = await tx<ItemApplication[]>`
    select a.id, a.title, a.status, a.decision_id as "decisionId", a.granted_amount_ore::float8 as "grantedAmountOre",
      a.intervention_id as "interventionId"
    from board_agenda_items i
    join applications a on a.tenant_id = i.tenant_id and a.id = i.concerns_application_id
    where i.tenant_id = ${tenantId} and i.id = ${itemId}
    for update of a`;
  return row ?? null;
}

/**
 * The status an application had before `decisionId` decided it: the first history row naming the
 * decision tells where it came from.
 */
async function statusBefore(
  tx: TransactionSql,
  tenantId: string,
  applicationId: string,
  decisionId: string,
): Promise<ApplicationStatus> {
  const [row] = await tx<{ fromStatus: ApplicationStatus | null }[]>`
    select from_status as "fromStatus" from application_status_changes
    where tenant_id = ${tenantId} and application_id = ${applicationId} and decision_id = ${decisionId}
    order by id limit 1`;
  return row?.fromStatus ?? 'proposal';
}

/**
 * A granted application that is no longer granted loses its agreement while that is a draft; a
 * signed one (or an intervention made from the grant) means the grant is being acted on, and the
 * decision cannot be taken back here.
 */
async function refuseIfActedOn(ctx: TenantCtx, application: ItemApplication): Promise<void> {
  if (application.interventionId !== null)
    throw new DomainError('CONFLICT', 'applicationDecision.interventionExists');
  const [agreement] = await ctx.tx<{ status: string }[]>`
    select status from application_agreements
    where tenant_id = ${ctx.tenant.id} and application_id = ${application.id} for update`;
  if (agreement && agreement.status !== 'draft')
    throw new DomainError('CONFLICT', 'applicationDecision.agreementSigned');
}

async function removeDraftAgreement(ctx: TenantCtx, applicationId: string): Promise<void> {
  const [removed] = await ctx.tx<{ id: string }[]>`
    delete from application_agreements
    where tenant_id = ${ctx.tenant.id} and application_id = ${applicationId} and status = 'draft'
    returning id`;
  if (removed)
    await recordAudit(ctx.tx, {
      action: 'applicationAgreement.delete',
      entity: 'applicationAgreement',
      entityId: removed.id,
      before: { applicationId },
    });
}

/** Moves the application back to where it was before the decision (`application.undecide`). */
async function undecide(ctx: TenantCtx, application: ItemApplication, decisionId: string): Promise<void> {
  await refuseIfActedOn(ctx, application);
  await removeDraftAgreement(ctx, application.id);
  const back = await statusBefore(ctx.tx, ctx.tenant.id, application.id, decisionId);
  await ctx.tx`
    update applications set status = ${back}, decision_id = null, decided_date = null, granted_amount_ore = null,
      version = version + 1
    where tenant_id = ${ctx.tenant.id} and id = ${application.id}`;
  await recordStatusChange(ctx, {
    applicationId: application.id,
    from: application.status,
    to: back,
    effectiveDate: todayInSweden(),
    note: '',
    action: 'application.undecide',
  });
}

/**
 * Refuses, before the board decision is written, an outcome or amount that does not fit (beside
 * the fields) and an application that cannot be decided now (`applicationDecision.notDecidable`).
 * `decisionId` null: the decision is new. Returns the application the item concerns, locked.
 */
export async function checkBoardGrant(
  { tx, tenant }: TenantCtx,
  decision: Omit<BoardGrantDecision, 'decisionId' | 'meetingDate'> & { decisionId: string | null },
): Promise<ItemApplication | null> {
  const application = await applicationOfItem(tx, tenant.id, decision.itemId);
  throwIfProblems('applicationDecision.invalid', grantDecisionProblems(decision, application !== null));
  if (application && decision.grantOutcome !== null) {
    const decidedByThis = decision.decisionId !== null && application.decisionId === decision.decisionId;
    if (!applicationDecidable(application.status, decidedByThis))
      throw new DomainError('CONFLICT', 'applicationDecision.notDecidable');
  }
  return application;
}

export interface BoardGrantDecision {
  itemId: string;
  decisionId: string;
  kind: DecisionKind;
  grantOutcome: GrantOutcome | null;
  grantedAmountOre: number | null;
  meetingDate: string;
}

/**
 * The application follows the board's decision on an item about it, in the decision's own
 * transaction (called by `decisions.save` after its write): an outcome makes it granted or
 * rejected with the decision, the meeting's date and the amount, a history row naming the decision
 * and, when granted, its draft agreement; a changed amount before approval rewrites both; a
 * decision that no longer carries an outcome moves it back. Problems beside the outcome and amount
 * fields (`applicationDecision.*`) roll the decision back with them.
 */
export async function followBoardDecision(ctx: TenantCtx, decision: BoardGrantDecision): Promise<void> {
  const { tx, tenant } = ctx;
  const application = await checkBoardGrant(ctx, decision);
  if (!application) return;
  if (decision.grantOutcome === null) {
    if (application.decisionId === decision.decisionId) await undecide(ctx, application, decision.decisionId);
    return;
  }
  const to: ApplicationStatus = decision.grantOutcome;
  if (application.status === 'granted' && to === 'rejected') {
    await refuseIfActedOn(ctx, application);
    await removeDraftAgreement(ctx, application.id);
  }
  await tx`
    update applications set status = ${to}, decision_id = ${decision.decisionId}, decided_date = ${decision.meetingDate},
      granted_amount_ore = ${decision.grantedAmountOre}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${application.id}`;
  if (application.status !== to)
    await recordStatusChange(ctx, {
      applicationId: application.id,
      from: application.status,
      to,
      effectiveDate: decision.meetingDate,
      note: '',
      decisionId: decision.decisionId,
      action: 'application.decide',
    });
  else if (application.grantedAmountOre !== decision.grantedAmountOre)
    await recordAudit(tx, {
      action: 'application.decide',
      entity: 'application',
      entityId: application.id,
      before: { status: application.status, grantedAmountOre: application.grantedAmountOre },
      after: { status: to, grantedAmountOre: decision.grantedAmountOre, decisionId: decision.decisionId },
    });
  if (to === 'granted' && decision.grantedAmountOre !== null)
    await ensureAgreement(ctx, {
      applicationId: application.id,
      grantedOre: decision.grantedAmountOre,
      decidedDate: decision.meetingDate,
    });
}

/**
 * Before the board decision `decisionId` is deleted: the application it decided goes back to the
 * status it had (`application.undecide`), its draft agreement with it.
 */
export async function undoBoardDecision(ctx: TenantCtx, decisionId: string): Promise<void> {
  const [application] = await ctx.tx<ItemApplication[]>`
    select id, title, status, decision_id as "decisionId", granted_amount_ore::float8 as "grantedAmountOre",
      intervention_id as "interventionId"
    from applications where tenant_id = ${ctx.tenant.id} and decision_id = ${decisionId}
    for update`;
  if (application) await undecide(ctx, application, decisionId);
}
