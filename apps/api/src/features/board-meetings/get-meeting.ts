import { type DocumentKind, DomainError, type ItemConcernKind } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { seatsOfBodyOn } from './meeting-records.ts';
import type { MeetingSummary } from './read-meetings.ts';

/** A document's metadata; a file's bytes come from the download route only. */
export interface ItemDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  planId: string | null;
  interventionId: string | null;
  applicationId: string | null;
  reportId: string | null;
  url: string | null;
  fileName: string | null;
  contentType: string | null;
  /** The file's size in bytes; null for links. */
  size: number | null;
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  description: string;
  paragraph: number | null;
  minutes: string;
  concernsKind: ItemConcernKind;
  concernsId: string | null;
  /** The plan's or intervention's name or the application's title; null for a report (issue 23). */
  concernsName: string | null;
  version: number;
  documents: ItemDocument[];
}

export interface SeatChoice {
  seatId: string;
  personName: string;
  party: string;
  role: string;
}

export interface MeetingDetail extends Omit<MeetingSummary, 'itemCount'> {
  onlineUrl: string;
  secretary: string;
  version: number;
  items: AgendaItem[];
  /** Who signed the approved minutes: the chair first, then the adjusters. */
  signatories: (SeatChoice & { signs: 'chair' | 'adjuster' })[];
  /** The body's seats on the meeting date: who may sign. */
  seats: SeatChoice[];
}

/**
 * A meeting with its agenda items in order, each with its documents' metadata, the signatories of
 * approved minutes and the body's seats that day. NOT_FOUND when the förbund has no such meeting.
 * Any member of the förbund.
 */
export async function getMeeting(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { meetingId: string },
): Promise<MeetingDetail> {
  const [meeting] = await tx<Omit<MeetingDetail, 'items' | 'signatories' | 'seats'>[]>`
    select m.id, m.body_id as "bodyId", b.name as "bodyName", b.kind as "bodyKind",
           m.meeting_date::text as "meetingDate", to_char(m.starts_at, 'HH24:MI') as "startsAt",
           to_char(m.ends_at, 'HH24:MI') as "endsAt", m.place, m.online_url as "onlineUrl", m.secretary,
           m.status, m.minutes_approved_on::text as "minutesApprovedOn", m.version
    from board_meetings m join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
    where m.tenant_id = ${tenantId} and m.id = ${input.meetingId}`;
  if (!meeting) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardMeeting' });
  const items = await tx<Omit<AgendaItem, 'documents'>[]>`
    select i.id, i.position, i.title, i.description, i.paragraph, i.minutes, i.version,
           case when i.concerns_plan_id is not null then 'plan'
                when i.concerns_intervention_id is not null then 'intervention'
                when i.concerns_application_id is not null then 'application'
                when i.concerns_report_id is not null then 'report' else 'none' end as "concernsKind",
           coalesce(i.concerns_plan_id, i.concerns_intervention_id, i.concerns_application_id,
                    i.concerns_report_id) as "concernsId",
           coalesce(p.name, iv.name, ap.title, pr.title) as "concernsName"
    from board_agenda_items i
    left join plans p on p.tenant_id = i.tenant_id and p.id = i.concerns_plan_id
    left join interventions iv on iv.tenant_id = i.tenant_id and iv.id = i.concerns_intervention_id
    left join applications ap on ap.tenant_id = i.tenant_id and ap.id = i.concerns_application_id
    left join period_reports pr on pr.tenant_id = i.tenant_id and pr.id = i.concerns_report_id
    where i.tenant_id = ${tenantId} and i.meeting_id = ${input.meetingId}
    order by i.position, i.id`;
  const documents = await tx<(ItemDocument & { itemId: string })[]>`
    select d.id, d.item_id as "itemId", d.kind, d.title, d.plan_id as "planId",
           d.intervention_id as "interventionId", d.application_id as "applicationId", d.report_id as "reportId",
           d.url, d.file_name as "fileName", d.content_type as "contentType",
           octet_length(d.content)::int as size
    from board_item_documents d join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
    where d.tenant_id = ${tenantId} and i.meeting_id = ${input.meetingId}
    order by d.position, d.created_at, d.id`;
  const signatories = await tx<MeetingDetail['signatories']>`
    select g.seat_id as "seatId", p.name as "personName", p.party, s.role, g.role as signs
    from board_minutes_signatories g
    join board_seats s on s.tenant_id = g.tenant_id and s.id = g.seat_id
    join board_people p on p.tenant_id = s.tenant_id and p.id = s.person_id
    where g.tenant_id = ${tenantId} and g.meeting_id = ${input.meetingId}
    order by g.role = 'adjuster', p.name`;
  const seats = await seatsOfBodyOn(tx, tenantId, meeting.bodyId, meeting.meetingDate);
  return {
    ...meeting,
    items: items.map((item) => ({
      ...item,
      documents: documents
        .filter((document) => document.itemId === item.id)
        .map(({ itemId: _item, ...document }) => document),
    })),
    signatories,
    seats,
  };
}
