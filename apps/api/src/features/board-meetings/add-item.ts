import { recordAudit } from '@samsyn/db';
import type { AgendaItemInput } from '@samsyn/domain';
import { attachApplicationDocument } from '../application-decision/application-document.ts';
import type { TenantCtx } from '../verb-context.ts';
import { checkConcerns, concernsColumns } from './item-concerns.ts';
import { bumpMeetingVersion, lockMeeting } from './meeting-records.ts';

/**
 * Adds an agenda item at the end of a meeting's agenda; the agenda is the meeting's, so the
 * meeting's version moves on. Editors.
 */
export async function addItem(
  ctx: TenantCtx,
  input: AgendaItemInput & { meetingId: string; expectedVersion: number },
): Promise<{ id: string; version: number; meetingVersion: number }> {
  const {
    tx,
    tenant: { id: tenantId },
  } = ctx;
  const { meetingId, expectedVersion, ...item } = input;
  await lockMeeting(tx, tenantId, meetingId, expectedVersion);
  await checkConcerns(tx, tenantId, item);
  const concerns = concernsColumns(item);
  const [row] = await tx<{ id: string; version: number }[]>`
    insert into board_agenda_items (tenant_id, meeting_id, position, title, description, concerns_plan_id,
                                    concerns_intervention_id, concerns_application_id, concerns_report_id)
    values (${tenantId}, ${meetingId},
            (select coalesce(max(position) + 1, 0) from board_agenda_items
              where tenant_id = ${tenantId} and meeting_id = ${meetingId}),
            ${item.title}, ${item.description}, ${concerns.plan}, ${concerns.intervention}, ${concerns.application},
            ${concerns.report})
    returning id, version`;
  if (!row) throw new Error('agenda item insert returned no row');
  const meetingVersion = await bumpMeetingVersion(tx, tenantId, meetingId);
  await recordAudit(tx, {
    action: 'boardAgendaItem.create',
    entity: 'boardAgendaItem',
    entityId: row.id,
    after: { meetingId, ...item },
  });
  // An item about an application carries the application among its documents, as plans do.
  if (concerns.application) {
    const { version } = await attachApplicationDocument(ctx, row.id, concerns.application);
    return { id: row.id, version, meetingVersion };
  }
  return { ...row, meetingVersion };
}
