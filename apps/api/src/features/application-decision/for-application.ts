import type { ApplicationStatus, GrantOutcome, MeetingStatus } from '@samsyn/domain';
import { readApplication } from '../applications/read-application.ts';
import type { TenantCtx } from '../verb-context.ts';

/** An agenda item about the application, with its meeting. */
export interface ApplicationAgendaItem {
  itemId: string;
  itemTitle: string;
  meetingId: string;
  meetingDate: string;
  meetingStatus: MeetingStatus;
  bodyName: string;
  paragraph: number | null;
}

/** The decision on the application: the board's in Samsyn, or one taken before Samsyn was used. */
export interface ApplicationDecisionInfo {
  source: 'board' | 'outside';
  outcome: GrantOutcome;
  grantedAmountOre: number | null;
  decidedDate: string;
  /** The board's decision and where it was taken; null for a decision taken outside Samsyn. */
  decisionId: string | null;
  meetingId: string | null;
  bodyName: string | null;
  paragraph: number | null;
  meetingStatus: MeetingStatus | null;
  /** The admin's note on a decision taken outside Samsyn. */
  note: string;
}

/** A meeting an item may still be added to: planned or held, minutes not approved. */
export interface OpenMeeting {
  id: string;
  bodyName: string;
  meetingDate: string;
  status: MeetingStatus;
  version: number;
}

export interface ApplicationDecisionDetail {
  applicationId: string;
  title: string;
  status: ApplicationStatus;
  version: number;
  agendaItems: ApplicationAgendaItem[];
  decision: ApplicationDecisionInfo | null;
  intervention: { id: string; name: string } | null;
  openMeetings: OpenMeeting[];
}

/**
 * The application's way through the board: the agenda items about it (meeting, body, date, §,
 * status), the decision with its outcome and amount, the intervention made from it, and the
 * meetings it may still be put before. NOT_FOUND for another förbund's application. Viewers.
 */
export async function forApplication(
  ctx: TenantCtx,
  input: { applicationId: string },
): Promise<ApplicationDecisionDetail> {
  const { tx, tenant } = ctx;
  const application = await readApplication(ctx, input);
  const [agendaItems, decisions, outside, interventions, openMeetings] = await Promise.all([
    tx<ApplicationAgendaItem[]>`
      select i.id as "itemId", i.title as "itemTitle", m.id as "meetingId",
        to_char(m.meeting_date, 'YYYY-MM-DD') as "meetingDate", m.status as "meetingStatus", b.name as "bodyName",
        i.paragraph
      from board_agenda_items i
      join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
      join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
      where i.tenant_id = ${tenant.id} and i.concerns_application_id = ${input.applicationId}
      order by m.meeting_date, i.position, i.id`,
    application.decisionId === null
      ? Promise.resolve([])
      : tx<{ meetingId: string; bodyName: string; paragraph: number | null; meetingStatus: MeetingStatus }[]>`
          select m.id as "meetingId", b.name as "bodyName", i.paragraph, m.status as "meetingStatus"
          from board_decisions d
          join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
          join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
          join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
          where d.tenant_id = ${tenant.id} and d.id = ${application.decisionId}`,
    tx<{ note: string }[]>`
      select note from application_status_changes
      where tenant_id = ${tenant.id} and application_id = ${input.applicationId} and to_status = ${application.status}
      order by id desc limit 1`,
    application.interventionId === null
      ? Promise.resolve([])
      : tx<{ id: string; name: string }[]>`
          select id, name from interventions where tenant_id = ${tenant.id} and id = ${application.interventionId}`,
    tx<OpenMeeting[]>`
      select m.id, b.name as "bodyName", to_char(m.meeting_date, 'YYYY-MM-DD') as "meetingDate", m.status, m.version
      from board_meetings m join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
      where m.tenant_id = ${tenant.id} and m.status in ('planned', 'held')
      order by m.meeting_date desc, b.name, m.id`,
  ]);
  const decided = application.status === 'granted' || application.status === 'rejected';
  const board = decisions[0];
  return {
    applicationId: application.id,
    title: application.title,
    status: application.status,
    version: application.version,
    agendaItems,
    decision:
      decided && application.decidedDate !== null
        ? {
            source: application.decisionId === null ? 'outside' : 'board',
            outcome: application.status as GrantOutcome,
            grantedAmountOre: application.grantedAmountOre,
            decidedDate: application.decidedDate,
            decisionId: application.decisionId,
            meetingId: board?.meetingId ?? null,
            bodyName: board?.bodyName ?? null,
            paragraph: board?.paragraph ?? null,
            meetingStatus: board?.meetingStatus ?? null,
            note: application.decisionId === null ? (outside[0]?.note ?? '') : '',
          }
        : null,
    intervention: interventions[0] ?? null,
    openMeetings,
  };
}
