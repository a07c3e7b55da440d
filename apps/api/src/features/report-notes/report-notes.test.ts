import { beforeAll, describe, expect, it } from 'vitest';
import { issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';

/*
 * reportNotes.* (issue 23): a report's notes, each checked live against its statement line;
 * saved and removed by editors with the version they loaded, audited, and frozen once the report
 * is adopted.
 */
const env = useDemoCallers();
const tenant = 'gavleborg';
let reportId: string;

const line = (label: string, current: number, previous: number) => ({
  label,
  current: current * 100,
  previous: previous * 100,
});
// Not 1 of the half-year report 2019 in two rows: 3 330 000 + 3 329 750 = 6 659 750 (the statement says 6 659 748).
const note1 = {
  number: 1,
  title: 'Verksamhetens intäkter',
  statementLine: 'revenue',
  lines: [
    line('Driftbidrag från staten', 3_330_000, 1_665_000),
    line('Driftbidrag från region och kommuner', 3_329_750, 1_712_234),
  ],
};

/** reportNotes.save's input: note 1 as a new note of the report, with the fields given instead. */
const noteInput = (fields: Partial<typeof note1> & { noteId?: string; expectedVersion?: number } = {}) => ({
  tenant,
  reportId,
  noteId: null as string | null,
  expectedVersion: 0,
  ...note1,
  ...fields,
});

beforeAll(async () => {
  const { superuser, tenantId } = env;
  const [report] = await superuser<{ id: string }[]>`
    insert into period_reports (tenant_id, kind, title, period_start, period_end)
    values (${tenantId}, 'interim', 'Delårsrapport 2019', '2019-01-01', '2019-06-30') returning id`;
  if (!report) throw new Error('no report');
  reportId = report.id;
});

async function auditOf(id: string) {
  return env.superuser<{ action: string }[]>`
    select action from audit_log where entity = 'periodReportNote' and entity_id = ${id} order by id`;
}

describe('reportNotes', () => {
  it('adds a note and lists it with its check against the income statement', async () => {
    const saved = await env.editor.reportNotes.save(noteInput());
    expect(saved.version).toBe(1);
    const { notes, isAdopted } = await env.viewer.reportNotes.list({ tenant, reportId });
    expect(isAdopted).toBe(false);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      id: saved.noteId,
      number: 1,
      statementLine: 'revenue',
      stated: { current: 665_974_800, previous: 337_723_400 },
      labels: { current: '2019-06-30', previous: '2018-06-30' },
      checks: {
        current: { sum: 665_975_000, stated: 665_974_800, difference: 200, isConsistent: false },
        previous: { sum: 337_723_400, stated: 337_723_400, difference: 0, isConsistent: true },
      },
    });
    expect((await auditOf(saved.noteId)).map((row) => row.action)).toEqual(['periodReportNote.create']);
  });

  it('checks a balance note against the balance sheet on the period end and the previous year end', async () => {
    const saved = await env.editor.reportNotes.save(
      noteInput({
        number: 3,
        title: 'Fordringar',
        statementLine: 'balance:receivables',
        lines: [line('Momsfordran', 58_122, 108_896), line('Skattekontot', 9, 213_225)],
      }),
    );
    const { notes } = await env.viewer.reportNotes.list({ tenant, reportId });
    const found = notes.find((n) => n.id === saved.noteId);
    expect(found?.labels).toEqual({ current: '2019-06-30', previous: '2018-12-31' });
    expect(found?.checks.current?.isConsistent).toBe(true);
    expect(found?.checks.previous?.isConsistent).toBe(true);
  });

  it('offers the balance sheet’s lines for a note to specify', async () => {
    const { balanceLines, columns } = await env.viewer.reportNotes.list({ tenant, reportId });
    expect(columns).toEqual({
      income: { current: '2019-06-30', previous: '2018-06-30' },
      balance: { current: '2019-06-30', previous: '2018-12-31' },
    });
    expect(balanceLines.map((l) => l.code)).toEqual([
      'receivables',
      'cash-and-bank',
      'equity',
      'current-liabilities',
      'accrued-costs',
    ]);
  });

  it('changes a note at the version loaded, and refuses an old version as stale', async () => {
    const saved = await env.editor.reportNotes.save(
      noteInput({ number: 2, title: 'Kostnader', statementLine: 'costs' }),
    );
    const changed = await env.editor.reportNotes.save(
      noteInput({
        noteId: saved.noteId,
        expectedVersion: 1,
        number: 2,
        title: 'Verksamhetens kostnader',
        statementLine: 'costs',
      }),
    );
    expect(changed.version).toBe(2);
    expect(
      await reasonOf(
        env.editor.reportNotes.save(
          noteInput({ noteId: saved.noteId, expectedVersion: 1, number: 2, statementLine: 'costs' }),
        ),
      ),
    ).toBe('conflict.stale');
    await env.editor.reportNotes.delete({ tenant, noteId: saved.noteId, expectedVersion: 2 });
    expect((await auditOf(saved.noteId)).map((row) => row.action)).toEqual([
      'periodReportNote.create',
      'periodReportNote.update',
      'periodReportNote.delete',
    ]);
  });

  it('refuses a number another note of the report has, beside the field', async () => {
    expect(await issuesOf(env.editor.reportNotes.save(noteInput()))).toEqual({
      number: 'reportNotes.numberTaken',
    });
  });

  it('refuses bad fields with their keys', async () => {
    expect(
      await issuesOf(
        env.editor.reportNotes.save(
          noteInput({
            number: 100,
            title: ' ',
            statementLine: 'balance:Kassa',
            lines: [{ label: '', current: 1.5, previous: 0 }],
          }),
        ),
      ),
    ).toEqual({
      number: 'reportNotes.numberInvalid',
      title: 'reportNotes.titleRequired',
      statementLine: 'reportNotes.statementLineInvalid',
      'lines.0.label': 'reportNotes.labelRequired',
      'lines.0.current': 'money.notInteger',
    });
  });

  it('lets a viewer read but not write', async () => {
    expect(await outcomeOf(env.viewer.reportNotes.save(noteInput({ number: 9 })))).toBe('FORBIDDEN');
  });

  it('refuses every write once the report is adopted', async () => {
    const { notes } = await env.viewer.reportNotes.list({ tenant, reportId });
    const first = notes[0];
    if (!first) throw new Error('no note');
    await env.superuser`
      update period_reports set status = 'adopted', adopted_on = '2019-08-23', adopted_at = now()
      where id = ${reportId}`;
    expect(await reasonOf(env.editor.reportNotes.save(noteInput({ number: 8 })))).toBe(
      'reportNotes.reportAdopted',
    );
    expect(
      await reasonOf(
        env.editor.reportNotes.save(noteInput({ noteId: first.id, expectedVersion: first.version })),
      ),
    ).toBe('reportNotes.reportAdopted');
    expect(
      await reasonOf(
        env.editor.reportNotes.delete({ tenant, noteId: first.id, expectedVersion: first.version }),
      ),
    ).toBe('reportNotes.reportAdopted');
    expect((await env.viewer.reportNotes.list({ tenant, reportId })).isAdopted).toBe(true);
  });

  it('answers NOT_FOUND for another förbund’s report', async () => {
    expect(await outcomeOf(env.otherEditor.reportNotes.list({ tenant: 'insjoriket', reportId }))).toBe(
      'NOT_FOUND',
    );
  });
});
