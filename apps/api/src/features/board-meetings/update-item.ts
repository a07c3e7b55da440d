import { recordAudit } from '@samsyn/db';
import { type AgendaItemInput, DomainError, type ItemMinutesInput, throwIfProblems } from '@samsyn/domain';
import { attachApplicationDocument } from '../application-decision/application-document.ts';
import type { TenantCtx } from '../verb-context.ts';
import { checkConcerns, concernsColumns } from './item-concerns.ts';
import { lockItem } from './meeting-records.ts';

type ItemFields = AgendaItemInput & ItemMinutesInput;

/**
 * Replaces an agenda item's title, description, what it concerns, its § and its minutes, if nobody
 * edited the item since. A § already used in the body's series that year is refused beside the
 * field. Editors.
 */
export async function updateItem(
  ctx: TenantCtx,
  input: ItemFields & { itemId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const {
    tx,
    tenant: { id: tenantId },
  } = ctx;
  const { itemId, expectedVersion, ...fields } = input;
  const item = await lockItem(tx, tenantId, itemId, expectedVersion);
  await checkConcerns(tx, tenantId, fields);
  if (fields.paragraph !== null) {
    const [taken] = await tx`
      select 1 from board_agenda_items o
      join board_meetings om on om.tenant_id = o.tenant_id and om.id = o.meeting_id
      join board_meetings m on m.tenant_id = om.tenant_id and m.id = ${item.meetingId}
      where o.tenant_id = ${tenantId} and o.id <> ${itemId} and o.paragraph = ${fields.paragraph}
        and om.body_id = m.body_id
        and extract(year from om.meeting_date) = extract(year from m.meeting_date)
      limit 1`;
    throwIfProblems(
      'boardMeetings.invalid',
      taken ? [{ key: 'boardMeetings.paragraphTaken', path: ['paragraph'] }] : [],
    );
  }
  const [before] = await tx<ItemFields[]>`
    select title, description, paragraph, minutes,
           case when concerns_plan_id is not null then 'plan' when concerns_intervention_id is not null
                then 'intervention' when concerns_application_id is not null then 'application'
                when concerns_report_id is not null then 'report' else 'none' end as "concernsKind",
           coalesce(concerns_plan_id, concerns_intervention_id, concerns_application_id, concerns_report_id)
             as "concernsId"
    from board_agenda_items where tenant_id = ${tenantId} and id = ${itemId}`;
  const concerns = concernsColumns(fields);
  const wasApplication = before?.concernsKind === 'application' ? before.concernsId : null;
  // The item's decision decided the application: it stays about it until that decision goes.
  if (wasApplication && concerns.application !== wasApplication) {
    const [decided] = await tx`
      select 1 from applications a join board_decisions d on d.tenant_id = a.tenant_id and d.id = a.decision_id
      where a.tenant_id = ${tenantId} and a.id = ${wasApplication} and d.item_id = ${itemId}`;
    if (decided) throw new DomainError('CONFLICT', 'applicationDecision.decidedHere');
  }
  const [row] = await tx<{ version: number }[]>`
    update board_agenda_items set title = ${fields.title}, description = ${fields.description},
      paragraph = ${fields.paragraph}, minutes = ${fields.minutes}, concerns_plan_id = ${concerns.plan},
      concerns_intervention_id = ${concerns.intervention}, concerns_application_id = ${concerns.application},
      concerns_report_id = ${concerns.report}, version = version + 1
    where tenant_id = ${tenantId} and id = ${itemId} returning version`;
  if (!row || !before) throw new Error('agenda item update returned no row');
  const changed = (Object.keys(fields) as (keyof ItemFields)[]).filter((key) => before[key] !== fields[key]);
  await recordAudit(tx, {
    action: 'boardAgendaItem.update',
    entity: 'boardAgendaItem',
    entityId: itemId,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, fields[key]])),
  });
  // Now about an application it was not about: the application joins the item's documents.
  if (concerns.application && concerns.application !== wasApplication)
    return { version: (await attachApplicationDocument(ctx, itemId, concerns.application)).version };
  return row;
}
