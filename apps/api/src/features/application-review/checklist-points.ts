import { recordAudit } from '@samsyn/db';
import type { ChecklistPoint } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockSettingsRow, nextPosition } from './settings-rows.ts';

/** A point of the förbund's formal checklist, with how many applications answered it. */
export interface ChecklistPointRecord {
  id: string;
  position: number;
  text: string;
  active: boolean;
  version: number;
  answerCount: number;
}

/** The förbund's checklist points in their order, active or not. Viewers. */
export async function listChecklistPoints({ tx, tenant }: TenantCtx): Promise<ChecklistPointRecord[]> {
  return tx<ChecklistPointRecord[]>`
    select p.id, p.position, p.text, p.active, p.version,
      (select count(*)::int from application_checklist_answers a
        where a.tenant_id = p.tenant_id and a.point_id = p.id) as "answerCount"
    from application_checklist_points p where p.tenant_id = ${tenant.id}
    order by p.position, p.id`;
}

/** Adds a point last in the checklist. Admins. */
export async function createChecklistPoint(
  { tx, tenant }: TenantCtx,
  input: ChecklistPoint,
): Promise<{ id: string; version: number }> {
  const values = { text: input.text, active: input.active };
  const [row] = await tx<{ id: string; version: number }[]>`
    insert into application_checklist_points ${tx({
      tenant_id: tenant.id,
      position: await nextPosition(tx, 'point', tenant.id),
      ...values,
    })}
    returning id, version`;
  if (!row) throw new Error('checklist point insert returned no row');
  await recordAudit(tx, {
    action: 'applicationChecklistPoint.create',
    entity: 'applicationChecklistPoint',
    entityId: row.id,
    after: values,
  });
  return row;
}

/** Changes a point's text or deactivates it (an answered point is kept, not deleted). Admins. */
export async function updateChecklistPoint(
  { tx, tenant }: TenantCtx,
  input: ChecklistPoint & { id: string; expectedVersion: number },
): Promise<{ id: string; version: number }> {
  const before = await lockSettingsRow(tx, 'point', tenant.id, input.id, input.expectedVersion);
  const values = { text: input.text, active: input.active };
  const [row] = await tx<{ id: string; version: number }[]>`
    update application_checklist_points set ${tx(values)}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${input.id} returning id, version`;
  if (!row) throw new Error('checklist point update returned no row');
  await recordAudit(tx, {
    action: 'applicationChecklistPoint.update',
    entity: 'applicationChecklistPoint',
    entityId: row.id,
    before,
    after: values,
  });
  return row;
}
