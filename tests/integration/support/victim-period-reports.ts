import type { Sql } from '@samsyn/db';

/**
 * The victim's period reports (issue 23) for the isolation suite: a draft half-year report 2031
 * with a written section (text, one saved version, a comment, an assignee and a deadline) and a
 * generated one, a note, and an adopted annual report 2030 with its snapshot; and the victim's
 * logo. Each hostile probe names one of these rows of another förbund.
 */
export async function victimPeriodReports(superuser: Sql, tenantId: string, userId: string) {
  const insert = async (query: Promise<{ id: string }[]>) => {
    const [row] = await query;
    if (!row) throw new Error('victim period reports insert returned no row');
    return row.id;
  };
  const body = superuser.json([{ type: 'paragraph', runs: [{ text: 'Gävleborgs text' }] }]);
  const draftId = await insert(superuser`
    insert into period_reports (tenant_id, kind, title, period_start, period_end, deadline, created_by)
    values (${tenantId}, 'halfYear', 'Gävleborgs halvårsredovisning 2031', '2031-01-01', '2031-06-30',
            '2031-08-15', ${userId}) returning id`);
  const writtenId = await insert(superuser`
    insert into period_report_sections (tenant_id, report_id, position, level, title, source, body, text_version,
                                        assignee_user_id, deadline)
    values (${tenantId}, ${draftId}, 0, 1, 'Gävleborgs avsnitt', null, ${body}, 1, ${userId}, '2031-08-01')
    returning id`);
  const generatedId = await insert(superuser`
    insert into period_report_sections (tenant_id, report_id, position, level, title, source)
    values (${tenantId}, ${draftId}, 1, 2, 'Resultaträkning', 'incomeStatement') returning id`);
  await superuser`
    insert into period_report_section_texts (tenant_id, section_id, text_version, body, saved_by)
    values (${tenantId}, ${writtenId}, 1, ${body}, ${userId})`;
  const commentId = await insert(superuser`
    insert into period_report_comments (tenant_id, section_id, author_user_id, body)
    values (${tenantId}, ${writtenId}, ${userId}, 'Gävleborgs kommentar') returning id`);
  const noteId = await insert(superuser`
    insert into period_report_notes (tenant_id, report_id, number, title, statement_line, lines)
    values (${tenantId}, ${draftId}, 1, 'Verksamhetens intäkter', 'revenue',
            ${superuser.json([{ label: 'Driftbidrag från staten', current: 100000, previous: 0 }])})
    returning id`);
  const adoptedId = await insert(superuser`
    insert into period_reports (tenant_id, kind, title, period_start, period_end, status, adopted_on, adopted_at,
                                adopted_by, created_by)
    values (${tenantId}, 'annual', 'Gävleborgs årsredovisning 2030', '2030-01-01', '2030-12-31', 'adopted',
            '2031-03-01', now(), ${userId}, ${userId}) returning id`);
  await superuser`
    insert into period_report_snapshots (tenant_id, report_id, document)
    values (${tenantId}, ${adoptedId}, ${superuser.json({ reportId: adoptedId, title: 'Gävleborgs årsredovisning 2030', sections: [] })})`;
  await superuser`
    insert into tenant_logos (tenant_id, media_type, bytes)
    values (${tenantId}, 'image/png', ${Buffer.from('89504e470d0a1a0a', 'hex')})
    on conflict (tenant_id) do nothing`;
  return {
    /** [draft half-year 2031, adopted annual 2030]. */
    periodReportIds: [draftId, adoptedId],
    /** [written, generated] sections of the draft. */
    periodReportSectionIds: [writtenId, generatedId],
    periodReportCommentIds: [commentId],
    periodReportNoteIds: [noteId],
  };
}
