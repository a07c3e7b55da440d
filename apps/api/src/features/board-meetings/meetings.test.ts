import { todayInSweden } from '@samsyn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';

const env = useDemoCallers();
const tenant = 'gavleborg';
/** A body of Gävleborg's made for these tests (the demo's board may or may not be loaded). */
let bodyId: string;
let otherBodyId: string;
let chairSeatId: string;
let adjusterSeatId: string;
let strangerSeatId: string;

async function insertId(query: Promise<{ id: string }[]>): Promise<string> {
  const [row] = await query;
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

async function seat(body: string, name: string, role: string): Promise<string> {
  const personId = await insertId(env.superuser`
    insert into board_people (tenant_id, name, party) values (${env.tenantId}, ${name}, 'S') returning id`);
  return insertId(env.superuser`
    insert into board_seats (tenant_id, body_id, person_id, role, from_date, to_date)
    values (${env.tenantId}, ${body}, ${personId}, ${role}, '2019-04-01', '2023-03-31') returning id`);
}

beforeAll(async () => {
  bodyId = await insertId(env.superuser`
    insert into board_bodies (tenant_id, kind, name) values (${env.tenantId}, 'other', 'Testens styrelse') returning id`);
  otherBodyId = await insertId(env.superuser`
    insert into board_bodies (tenant_id, kind, name) values (${env.tenantId}, 'other', 'Testens utskott') returning id`);
  chairSeatId = await seat(bodyId, 'Tove Ordförande', 'chair');
  adjusterSeatId = await seat(bodyId, 'Jens Justerare', 'member');
  strangerSeatId = await seat(otherBodyId, 'Ulla Utskott', 'member');
});

const header = {
  meetingDate: '2020-02-14',
  startsAt: '09:00',
  endsAt: '12:00',
  place: 'Förbundets kansli, Gävle',
  onlineUrl: '',
  secretary: 'Anna Administratör',
};
const item = (title: string) => ({ title, description: '', concernsKind: 'none' as const, concernsId: null });

/** A meeting with three items (A, B, C); returns the ids and the meeting's version. */
async function meetingWithItems(date = header.meetingDate, body = bodyId) {
  const meeting = await env.editor.meetings.create({ tenant, bodyId: body, ...header, meetingDate: date });
  let version = meeting.version;
  const itemIds: string[] = [];
  for (const title of ['A', 'B', 'C']) {
    const added = await env.editor.meetings.items.add({
      tenant,
      meetingId: meeting.id,
      expectedVersion: version,
      ...item(title),
    });
    version = added.meetingVersion;
    itemIds.push(added.id);
  }
  return { meetingId: meeting.id, itemIds, version };
}

/** The editor numbers the meeting's items (§) at the meeting's version. */
const numberParagraphs = (meeting: { meetingId: string; version: number }) =>
  env.editor.meetings.numberParagraphs({
    tenant,
    meetingId: meeting.meetingId,
    expectedVersion: meeting.version,
  });

async function auditActions(entity: string, entityId: string): Promise<string[]> {
  const rows = await env.superuser<{ action: string }[]>`
    select action from audit_log where entity = ${entity} and entity_id = ${entityId} order by id`;
  return rows.map((row) => row.action);
}

describe('a meeting and its agenda', () => {
  it('is planned by an editor, listed by year and body, and read back in order by a viewer', async () => {
    const { meetingId, itemIds, version } = await meetingWithItems();
    expect(version).toBe(4);
    const meeting = await env.viewer.meetings.get({ tenant, meetingId });
    expect(meeting).toMatchObject({
      ...header,
      bodyId,
      bodyName: 'Testens styrelse',
      status: 'planned',
      version: 4,
    });
    expect(meeting.items.map((entry) => entry.title)).toEqual(['A', 'B', 'C']);
    expect(meeting.seats.map((entry) => entry.personName)).toEqual(['Tove Ordförande', 'Jens Justerare']);
    const list = await env.viewer.meetings.list({ tenant, year: 2020, bodyId });
    expect(list.meetings.map((entry) => [entry.id, entry.itemCount])).toContainEqual([meetingId, 3]);
    expect(list.years).toContain(2020);
    expect(list.bodies.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['Testens styrelse', 'Testens utskott']),
    );
    expect((await env.viewer.meetings.list({ tenant, year: 2020, bodyId: otherBodyId })).meetings).toEqual(
      [],
    );
    expect(await auditActions('boardMeeting', meetingId)).toEqual(['boardMeeting.create']);
    // The log names the meeting and the item as they are called today.
    const log = await env.admin.audit.list({ tenant, area: 'board', limit: 50 });
    expect(log.rows.find((row) => row.entityId === meetingId)?.entityName).toBe(
      'Testens styrelse 2020-02-14',
    );
    expect(log.rows.find((row) => row.entityId === itemIds[0])?.entityName).toBe('A');
    expect(await auditActions('boardAgendaItem', itemIds[0] ?? '')).toEqual(['boardAgendaItem.create']);
  });

  it('moves an item and removes one, closing up the order, each with the meeting version', async () => {
    const { meetingId, itemIds, version } = await meetingWithItems();
    const moved = await env.editor.meetings.items.move({
      tenant,
      meetingId,
      expectedVersion: version,
      itemId: itemIds[2] ?? '',
      step: -1,
    });
    expect((await env.viewer.meetings.get({ tenant, meetingId })).items.map((entry) => entry.title)).toEqual([
      'A',
      'C',
      'B',
    ]);
    expect(
      await outcomeOf(
        env.editor.meetings.items.remove({
          tenant,
          meetingId,
          expectedVersion: version,
          itemId: itemIds[0] ?? '',
        }),
      ),
    ).toBe('CONFLICT');
    await env.editor.meetings.items.remove({
      tenant,
      meetingId,
      expectedVersion: moved.version,
      itemId: itemIds[0] ?? '',
    });
    const after = await env.viewer.meetings.get({ tenant, meetingId });
    expect(after.items.map((entry) => [entry.title, entry.position])).toEqual([
      ['C', 0],
      ['B', 1],
    ]);
    expect(await auditActions('boardAgendaItem', itemIds[0] ?? '')).toEqual([
      'boardAgendaItem.create',
      'boardAgendaItem.delete',
    ]);
  });

  it('refuses bad input beside its field, another förbund’s body and a missing meeting', async () => {
    expect(
      await issuesOf(env.editor.meetings.create({ tenant, bodyId, ...header, endsAt: '08:00' })),
    ).toEqual({
      endsAt: 'boardMeetings.endsBeforeStart',
    });
    expect(
      await outcomeOf(env.viewer.meetings.get({ tenant, meetingId: '00000000-0000-4000-8000-000000000000' })),
    ).toBe('NOT_FOUND');
    expect(
      await outcomeOf(env.otherEditor.meetings.create({ tenant: 'insjoriket', bodyId, ...header })),
    ).toBe('NOT_FOUND');
  });

  it('lets a viewer read but not write, and only an admin delete', async () => {
    const { meetingId, version } = await meetingWithItems();
    expect(
      await outcomeOf(env.viewer.meetings.markHeld({ tenant, meetingId, expectedVersion: version })),
    ).toBe('FORBIDDEN');
    expect(await outcomeOf(env.editor.meetings.delete({ tenant, meetingId, expectedVersion: version }))).toBe(
      'FORBIDDEN',
    );
    await env.admin.meetings.delete({ tenant, meetingId, expectedVersion: version });
    expect(await outcomeOf(env.viewer.meetings.get({ tenant, meetingId }))).toBe('NOT_FOUND');
    expect(await auditActions('boardMeeting', meetingId)).toEqual([
      'boardMeeting.create',
      'boardMeeting.delete',
    ]);
  });
});

describe('an item’s minutes and paragraphs', () => {
  it("numbers the items continuing the body's § series of the year, not another body's", async () => {
    const earlier = await meetingWithItems('2021-02-05');
    await numberParagraphs(earlier);
    const other = await meetingWithItems('2021-03-01', otherBodyId);
    await numberParagraphs(other);
    const { meetingId, version } = await meetingWithItems('2021-04-09');
    const numbered = await numberParagraphs({ meetingId, version });
    expect(numbered.paragraphs.map((entry) => entry.paragraph)).toEqual([4, 5, 6]);
    const meeting = await env.viewer.meetings.get({ tenant, meetingId });
    expect(meeting.items.map((entry) => [entry.paragraph, entry.version])).toEqual([
      [4, 2],
      [5, 2],
      [6, 2],
    ]);
    expect(meeting.version).toBe(version + 1);
  });

  it('saves the minutes with the item version, and refuses a § the series already has', async () => {
    const earlier = await meetingWithItems('2022-02-05');
    await numberParagraphs(earlier);
    const { itemIds } = await meetingWithItems('2022-05-05');
    const itemId = itemIds[0] ?? '';
    /** Item A at `expectedVersion` with its § and minutes (what `items.update` takes). */
    const minutes = (expectedVersion: number, paragraph: number, text = '') => ({
      tenant,
      itemId,
      expectedVersion,
      ...item('A'),
      paragraph,
      minutes: text,
    });
    const saved = await env.editor.meetings.items.update(
      minutes(1, 4, 'Styrelsen beslutar att fastställa verksamhetsplanen.'),
    );
    expect(saved.version).toBe(2);
    expect(await outcomeOf(env.editor.meetings.items.update(minutes(1, 5)))).toBe('CONFLICT');
    expect(await issuesOf(env.editor.meetings.items.update(minutes(2, 2)))).toEqual({
      paragraph: 'boardMeetings.paragraphTaken',
    });
    expect(await auditActions('boardAgendaItem', itemId)).toEqual([
      'boardAgendaItem.create',
      'boardAgendaItem.update',
    ]);
  });

  it('links a plan of its own förbund only', async () => {
    const { itemIds } = await meetingWithItems();
    const [plan] = await env.superuser<
      { id: string }[]
    >`select id from plans where tenant_id = ${env.tenantId} limit 1`;
    const [foreign] = await env.superuser<
      { id: string }[]
    >`select id from plans where tenant_id <> ${env.tenantId} limit 1`;
    const itemId = itemIds[0] ?? '';
    if (plan) {
      await env.editor.meetings.items.update({
        tenant,
        itemId,
        expectedVersion: 1,
        ...item('Verksamhetsplan'),
        concernsKind: 'plan',
        concernsId: plan.id,
        paragraph: null,
        minutes: '',
      });
      const read = await env.viewer.meetings.get({ tenant, meetingId: (await meetingOf(itemId)) ?? '' });
      expect(read.items[0]).toMatchObject({ concernsKind: 'plan', concernsId: plan.id });
      expect(read.items[0]?.concernsName).toBeTruthy();
    }
    if (foreign)
      expect(
        await issuesOf(
          env.editor.meetings.items.update({
            tenant,
            itemId,
            expectedVersion: plan ? 2 : 1,
            ...item('Kapad'),
            concernsKind: 'plan',
            concernsId: foreign.id,
            paragraph: null,
            minutes: '',
          }),
        ),
      ).toEqual({ concernsId: 'boardMeetings.concernsNotFound' });
  });
});

async function meetingOf(itemId: string): Promise<string | undefined> {
  const [row] = await env.superuser<{ meetingId: string }[]>`
    select meeting_id as "meetingId" from board_agenda_items where id = ${itemId}`;
  return row?.meetingId;
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The editor adds a web link to the item at `expectedVersion`. */
const addLink = (itemId: string, expectedVersion: number, title: string, url: string) =>
  env.editor.meetings.documents.add({
    tenant,
    itemId,
    expectedVersion,
    document: { kind: 'link', title, url },
  });

describe('an item’s documents', () => {
  it('adds a web link and a PDF with the item version, typed from the bytes, and removes one', async () => {
    const { itemIds } = await meetingWithItems();
    const itemId = itemIds[1] ?? '';
    const link = await addLink(itemId, 1, 'Förbundsordning', 'https://example.se/forbundsordning');
    const file = await env.editor.meetings.documents.add({
      tenant,
      itemId,
      expectedVersion: link.version,
      document: {
        kind: 'file',
        fileName: 'Underlag årsredovisning.pdf',
        contentBase64: pdf.toString('base64'),
      },
    });
    const read = await env.viewer.meetings.get({ tenant, meetingId: (await meetingOf(itemId)) ?? '' });
    expect(read.items[1]?.documents).toMatchObject([
      { kind: 'link', title: 'Förbundsordning', url: 'https://example.se/forbundsordning', size: null },
      {
        kind: 'file',
        fileName: 'Underlag årsredovisning.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
      },
    ]);
    await env.editor.meetings.documents.remove({
      tenant,
      itemId,
      expectedVersion: file.version,
      documentId: link.id,
    });
    expect(
      (
        await env.viewer.meetings.get({ tenant, meetingId: (await meetingOf(itemId)) ?? '' })
      ).items[1]?.documents.map((document) => document.kind),
    ).toEqual(['file']);
    expect(await auditActions('boardDocument', link.id)).toEqual([
      'boardDocument.create',
      'boardDocument.delete',
    ]);
  });

  it('refuses a file that is not pdf, docx, xlsx, png or jpeg, whatever it is called', async () => {
    const { itemIds } = await meetingWithItems();
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    const refused = env.editor.meetings.documents.add({
      tenant,
      itemId: itemIds[0] ?? '',
      expectedVersion: 1,
      document: { kind: 'file', fileName: 'protokoll.pdf', contentBase64: html },
    });
    expect(await reasonOf(refused)).toBe('boardMeetings.fileTypeRefused');
    const [count] = await env.superuser<{ n: number }[]>`
      select count(*)::int as n from board_item_documents where item_id = ${itemIds[0] ?? ''}`;
    expect(count?.n).toBe(0);
  });
});

describe('approving the minutes', () => {
  const approval = () => ({ approvedOn: todayInSweden(), chairSeatId, adjusterSeatIds: [adjusterSeatId] });

  it('needs a held meeting, a date not in the future and signatories seated in the body', async () => {
    const { meetingId, version } = await meetingWithItems();
    expect(
      await reasonOf(
        env.admin.meetings.approve({ tenant, meetingId, expectedVersion: version, ...approval() }),
      ),
    ).toBe('boardMeetings.notHeld');
    const held = await env.editor.meetings.markHeld({ tenant, meetingId, expectedVersion: version });
    expect(
      await issuesOf(
        env.admin.meetings.approve({
          tenant,
          meetingId,
          expectedVersion: held.version,
          approvedOn: '2099-01-01',
          chairSeatId,
          adjusterSeatIds: [strangerSeatId],
        }),
      ),
    ).toEqual({
      approvedOn: 'boardMeetings.approvedInFuture',
      'adjusterSeatIds.0': 'boardMeetings.signatoryNotSeated',
    });
    expect(
      await outcomeOf(
        env.editor.meetings.approve({ tenant, meetingId, expectedVersion: held.version, ...approval() }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('locks the meeting: every later write is refused with board.minutesApproved, before the trigger', async () => {
    const { meetingId, itemIds, version } = await meetingWithItems();
    const itemId = itemIds[0] ?? '';
    const document = await addLink(itemId, 1, 'Underlag', 'https://example.se/underlag');
    const held = await env.editor.meetings.markHeld({ tenant, meetingId, expectedVersion: version });
    const approved = await env.admin.meetings.approve({
      tenant,
      meetingId,
      expectedVersion: held.version,
      ...approval(),
    });
    const meeting = await env.viewer.meetings.get({ tenant, meetingId });
    expect(meeting).toMatchObject({
      status: 'approved',
      minutesApprovedOn: todayInSweden(),
      version: approved.version,
    });
    expect(meeting.signatories.map((entry) => [entry.personName, entry.signs])).toEqual([
      ['Tove Ordförande', 'chair'],
      ['Jens Justerare', 'adjuster'],
    ]);

    const edit = { tenant, meetingId, expectedVersion: approved.version };
    const itemEdit = { tenant, itemId, expectedVersion: document.version };
    const writes = {
      update: () => env.editor.meetings.update({ ...edit, ...header }),
      markHeld: () => env.editor.meetings.markHeld(edit),
      numberParagraphs: () => env.editor.meetings.numberParagraphs(edit),
      approve: () => env.admin.meetings.approve({ ...edit, ...approval() }),
      delete: () => env.admin.meetings.delete(edit),
      add: () => env.editor.meetings.items.add({ ...edit, ...item('D') }),
      move: () => env.editor.meetings.items.move({ ...edit, itemId, step: 1 }),
      remove: () => env.editor.meetings.items.remove({ ...edit, itemId }),
      updateItem: () =>
        env.editor.meetings.items.update({ ...itemEdit, ...item('X'), paragraph: null, minutes: '' }),
      addDocument: () =>
        env.editor.meetings.documents.add({
          ...itemEdit,
          document: { kind: 'link', title: 'Sent', url: 'https://example.se/sent' },
        }),
      removeDocument: () => env.editor.meetings.documents.remove({ ...itemEdit, documentId: document.id }),
      // A stale version still hears why: the minutes are approved.
      stale: () => env.editor.meetings.markHeld({ ...edit, expectedVersion: 1 }),
    };
    // Thunks, called one by one: each refusal is awaited as it happens.
    for (const [name, write] of Object.entries(writes))
      expect([name, await reasonOf(write())]).toEqual([name, 'board.minutesApproved']);
    expect((await env.viewer.meetings.get({ tenant, meetingId })).version).toBe(approved.version);
    expect(await auditActions('boardMeeting', meetingId)).toEqual([
      'boardMeeting.create',
      'boardMeeting.markHeld',
      'boardMeeting.approve',
    ]);

    // The backstop: written past the verbs, the database itself refuses (55000).
    const direct = env.api.sql.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${env.tenantId}, true)`;
      await tx`update board_agenda_items set title = 'Ändrad' where id = ${itemId}`;
    });
    await expect(direct).rejects.toMatchObject({ code: '55000' });
    await expect(env.superuser`delete from board_meetings where id = ${meetingId}`).rejects.toMatchObject({
      code: '55000',
    });
  });
});
