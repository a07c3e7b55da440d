import { useTestConnections } from '@samsyn/db/testing/vitest';
import { describe, expect, it } from 'vitest';

/**
 * 0024's lock on approved minutes, below the API: the app role cannot change an approved meeting's
 * rows even by naming the deletion setting itself, while deleting an archived förbund (which runs
 * as the tables' owner) removes its approved meetings with everything else.
 */
const db = useTestConnections('app', 'superuser');

async function gavleborg() {
  const [row] = await db.superuser<{ id: string }[]>`select id from tenants where slug = 'gavleborg'`;
  if (!row) throw new Error('demo förbund gavleborg missing');
  return row.id;
}

describe('approved minutes are locked in the database', () => {
  it('refuses the app role a change to an approved meeting, even with app.deleting_tenant set', async () => {
    const tenantId = await gavleborg();
    const [approved] = await db.superuser<{ count: number }[]>`
      select count(*)::int as count from board_meetings where tenant_id = ${tenantId} and status = 'approved'`;
    expect(approved?.count).toBeGreaterThan(0);
    const attempt = db.app.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${tenantId}, true)`;
      await tx`select set_config('app.deleting_tenant', ${tenantId}, true)`;
      await tx`update board_decisions d set text = 'Ändrat i efterhand'
               from board_agenda_items i join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
               where d.tenant_id = i.tenant_id and d.item_id = i.id and m.status = 'approved'`;
    });
    await expect(attempt).rejects.toMatchObject({ code: '55000' });
  });

  it('lets delete_archived_tenant remove a förbund with approved meetings, and nothing of the others', async () => {
    const tenantId = await gavleborg();
    const others = async () =>
      (
        await db.superuser<{ count: number }[]>`
          select count(*)::int as count from board_meetings where tenant_id <> ${tenantId}`
      )[0]?.count;
    const before = await others();
    await db.superuser`update tenants set status = 'archived' where id = ${tenantId}`;
    const deleted = await db.app.begin(async (tx) => {
      const [row] = await tx<{ deleted: number }[]>`select delete_archived_tenant(${tenantId}) as deleted`;
      return row?.deleted;
    });
    expect(deleted).toBeGreaterThan(0);
    const left = await db.superuser<{ count: number }[]>`
      select (select count(*) from board_meetings where tenant_id = ${tenantId})
           + (select count(*) from board_decisions where tenant_id = ${tenantId})
           + (select count(*) from plans where tenant_id = ${tenantId})
           + (select count(*) from tenants where id = ${tenantId}) as count`;
    expect(Number(left[0]?.count)).toBe(0);
    expect(await others()).toBe(before);
  });
});
