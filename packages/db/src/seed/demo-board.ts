import { recordAudit } from '../audit.ts';
import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';
import type { DemoAppointer, DemoBoard, DemoMeeting } from './data/board/demo-board-types.ts';
import { demoBoards } from './data/board/demo-boards.ts';

/**
 * Loads the seeds' boards (./data/board/) into 0024's tables: bodies, people, seats, seat rules,
 * and the approved meetings with their items, documents, jäv, decisions, attendance and signatories; then
 * links each adopted plan to the decision that adopted it. Runs inside `seedDemo`'s transaction
 * after the plans, interventions and applications (a grant item concerns an application and its
 * decision carries the outcome and amount), each förbund with its tenant set. An approved meeting is
 * inserted as 'held', given its rows and only then approved: 0024's triggers lock approved minutes.
 * Throws on a name or key the data does not resolve: a bug in the seed data.
 */
export async function seedDemoBoard(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
): Promise<void> {
  for (const board of demoBoards) {
    const tenantId = tenantIds.get(board.tenantSlug);
    if (!tenantId) throw new Error(`demo board: unknown förbund ${board.tenantSlug}`);
    await enterScope(tx, { tenantId });
    await seedBoard(tx, tenantId, board);
  }
}

interface LoadedSeat {
  id: string;
  body: string;
  person: string;
  fromDate: string;
  toDate: string | null;
}

const required = <T>(map: ReadonlyMap<string, T>, key: string, what: string): T => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo board: no ${what} ${key}`);
  return value;
};

async function seedBoard(tx: TransactionSql, tenantId: string, board: DemoBoard): Promise<void> {
  const members = await tx<
    { id: string; name: string }[]
  >`select id, name from members where tenant_id = ${tenantId}`;
  const memberIds = new Map(members.map((row) => [row.name, row.id]));
  const appointer = (value: DemoAppointer) => ({
    memberId:
      value && 'member' in value ? required(memberIds, value.member, `member of ${board.tenantSlug}:`) : null,
    memberGroup: value && 'group' in value ? value.group : null,
  });

  const bodyIds = new Map<string, string>();
  for (const [position, body] of board.bodies.entries()) {
    const [row] = await tx<{ id: string }[]>`
      insert into board_bodies (tenant_id, kind, name, description, position, quorum_rule, meeting_fee_ore, fee_line_code)
      values (${tenantId}, ${body.kind}, ${body.name}, ${body.description}, ${position}, ${body.quorumRule},
        ${body.meetingFeeOre}, ${body.feeLineCode})
      returning id`;
    if (!row) throw new Error(`demo board: body ${body.name} not created`);
    bodyIds.set(body.key, row.id);
    await recordAudit(tx, {
      action: 'demo.seed',
      entity: 'boardBody',
      entityId: row.id,
      after: { name: body.name },
    });
  }

  const personIds = new Map<string, string>();
  for (const person of board.people) {
    const [row] = await tx<{ id: string }[]>`
      insert into board_people (tenant_id, name, party) values (${tenantId}, ${person.name}, ${person.party})
      returning id`;
    if (!row) throw new Error(`demo board: person ${person.key} not created`);
    personIds.set(person.key, row.id);
  }

  const seats: LoadedSeat[] = [];
  const positionInBody = new Map<string, number>();
  for (const seat of board.seats) {
    const position = positionInBody.get(seat.body) ?? 0;
    positionInBody.set(seat.body, position + 1);
    const { memberId, memberGroup } = appointer(seat.appointer);
    const [row] = await tx<{ id: string }[]>`
      insert into board_seats (tenant_id, body_id, person_id, role, title, member_id, member_group, from_date, to_date,
        note, position)
      values (${tenantId}, ${required(bodyIds, seat.body, 'body')}, ${required(personIds, seat.person, 'person')},
        ${seat.role}, ${seat.title}, ${memberId}, ${memberGroup}, ${seat.fromDate}, ${seat.toDate}, ${seat.note},
        ${position})
      returning id`;
    if (!row) throw new Error(`demo board: seat of ${seat.person} not created`);
    seats.push({
      id: row.id,
      body: seat.body,
      person: seat.person,
      fromDate: seat.fromDate,
      toDate: seat.toDate,
    });
  }

  for (const rule of board.seatRules) {
    const { memberId, memberGroup } = appointer(rule.appointer);
    await tx`
      insert into board_seat_rules (tenant_id, body_id, member_id, member_group, ordinary_seats, substitute_seats,
        valid_from, valid_to, source)
      values (${tenantId}, ${required(bodyIds, rule.body, 'body')}, ${memberId}, ${memberGroup}, ${rule.ordinarySeats},
        ${rule.substituteSeats}, ${rule.validFrom}, ${rule.validTo}, ${rule.source})`;
  }

  const decisionIds = new Map<string, string>();
  for (const meeting of board.meetings) {
    const seatOf = (person: string): string => {
      const seat = seats.find(
        (candidate) =>
          candidate.body === meeting.body &&
          candidate.person === person &&
          candidate.fromDate <= meeting.date &&
          (candidate.toDate === null || candidate.toDate >= meeting.date),
      );
      if (!seat) throw new Error(`demo board: ${person} has no seat in ${meeting.body} on ${meeting.date}`);
      return seat.id;
    };
    const meetingDecisions = await seedMeeting(
      tx,
      tenantId,
      meeting,
      required(bodyIds, meeting.body, 'body'),
      seatOf,
    );
    for (const [paragraph, id] of meetingDecisions) decisionIds.set(`${meeting.key} §${paragraph}`, id);
  }

  for (const adoption of board.planAdoptions) {
    const decisionId = required(decisionIds, `${adoption.meeting} §${adoption.paragraph}`, 'decision');
    const updated = await tx`
      update plans set adopted_decision_id = ${decisionId} where tenant_id = ${tenantId} and name = ${adoption.plan}`;
    if (updated.count !== 1) throw new Error(`demo board: no plan ${adoption.plan}`);
  }
}

/** One meeting, inserted as held, given its rows, then approved. Returns its decisions by paragraph. */
async function seedMeeting(
  tx: TransactionSql,
  tenantId: string,
  meeting: DemoMeeting,
  bodyId: string,
  seatOf: (person: string) => string,
): Promise<Map<number, string>> {
  const [row] = await tx<{ id: string }[]>`
    insert into board_meetings (tenant_id, body_id, meeting_date, starts_at, ends_at, place, status, secretary)
    values (${tenantId}, ${bodyId}, ${meeting.date}, ${meeting.startsAt}, ${meeting.endsAt}, ${meeting.place}, 'held',
      ${meeting.secretary})
    returning id`;
  if (!row) throw new Error(`demo board: meeting ${meeting.key} not created`);
  const meetingId = row.id;

  /** A demo plan's or intervention's id by its name, an application's or period report's by its title. */
  const linkIds = async (
    link:
      | { plan: string }
      | { intervention: string }
      | { application: string }
      | { report: string }
      | undefined,
  ): Promise<{
    planId: string | null;
    interventionId: string | null;
    applicationId?: string;
    reportId?: string;
  }> => {
    if (!link) return { planId: null, interventionId: null };
    if ('report' in link) {
      // demo-period-reports.ts seeds the reports before the board, so the item links while still open.
      const [report] = await tx<{ id: string }[]>`
        select id from period_reports where tenant_id = ${tenantId} and title = ${link.report}`;
      if (!report) throw new Error(`demo board: no period report ${link.report}`);
      return { planId: null, interventionId: null, reportId: report.id };
    }
    if ('application' in link) {
      const [application] = await tx<{ id: string }[]>`
        select id from applications where tenant_id = ${tenantId} and title = ${link.application}`;
      if (!application) throw new Error(`demo board: no application ${link.application}`);
      return { planId: null, interventionId: null, applicationId: application.id };
    }
    if ('plan' in link) {
      const [plan] = await tx<{ id: string }[]>`
        select id from plans where tenant_id = ${tenantId} and name = ${link.plan}`;
      if (!plan) throw new Error(`demo board: no plan ${link.plan}`);
      return { planId: plan.id, interventionId: null };
    }
    const [intervention] = await tx<{ id: string }[]>`
      select id from interventions where tenant_id = ${tenantId} and name = ${link.intervention}`;
    if (!intervention) throw new Error(`demo board: no intervention ${link.intervention}`);
    return { planId: null, interventionId: intervention.id };
  };

  const decisions = new Map<number, string>();
  for (const [position, item] of meeting.items.entries()) {
    const { planId, interventionId, applicationId = null, reportId = null } = await linkIds(item.concerns);
    const [itemRow] = await tx<{ id: string }[]>`
      insert into board_agenda_items (tenant_id, meeting_id, position, title, description, paragraph, minutes,
        concerns_plan_id, concerns_intervention_id, concerns_application_id, concerns_report_id)
      values (${tenantId}, ${meetingId}, ${position}, ${item.title}, ${item.description}, ${item.paragraph},
        ${item.minutes}, ${planId}, ${interventionId}, ${applicationId}, ${reportId})
      returning id`;
    if (!itemRow) throw new Error(`demo board: item § ${item.paragraph} of ${meeting.key} not created`);
    for (const [documentPosition, document] of (item.documents ?? []).entries()) {
      const link = await linkIds(document);
      await tx`
        insert into board_item_documents (tenant_id, item_id, position, kind, title, plan_id, intervention_id)
        values (${tenantId}, ${itemRow.id}, ${documentPosition}, ${link.planId ? 'plan' : 'intervention'},
          ${document.title}, ${link.planId}, ${link.interventionId})`;
    }
    for (const conflict of item.conflicts ?? []) {
      await tx`
        insert into board_conflicts (tenant_id, item_id, seat_id, reason, declared_at)
        values (${tenantId}, ${itemRow.id}, ${seatOf(conflict.person)}, ${conflict.reason}, ${`${meeting.date}T09:00:00+01:00`})`;
    }
    if (item.decision) {
      const [decision] = await tx<{ id: string }[]>`
        insert into board_decisions (tenant_id, item_id, kind, title, text, grant_outcome, granted_amount_ore)
        values (${tenantId}, ${itemRow.id}, ${item.decision.kind}, ${item.decision.title}, ${item.decision.text},
          ${item.decision.grantedAmountOre === undefined ? null : 'granted'}, ${item.decision.grantedAmountOre ?? null})
        returning id`;
      if (!decision)
        throw new Error(`demo board: decision § ${item.paragraph} of ${meeting.key} not created`);
      decisions.set(item.paragraph, decision.id);
    }
  }

  for (const entry of meeting.attendance) {
    await tx`
      insert into board_attendance (tenant_id, meeting_id, seat_id, status, serving_for_seat_id, fee_ore)
      values (${tenantId}, ${meetingId}, ${seatOf(entry.person)}, ${entry.status},
        ${entry.servingFor ? seatOf(entry.servingFor) : null}, ${entry.feeOre})`;
  }
  const signatories = [
    ...(meeting.approval.chair ? [{ person: meeting.approval.chair, role: 'chair' }] : []),
    ...meeting.approval.adjusters.map((person) => ({ person, role: 'adjuster' })),
  ];
  for (const signatory of signatories) {
    await tx`
      insert into board_minutes_signatories (tenant_id, meeting_id, seat_id, role)
      values (${tenantId}, ${meetingId}, ${seatOf(signatory.person)}, ${signatory.role})`;
  }
  await tx`
    update board_meetings set status = 'approved', minutes_approved_on = ${meeting.approval.on}
    where tenant_id = ${tenantId} and id = ${meetingId}`;
  await recordAudit(tx, {
    action: 'demo.seed',
    entity: 'boardMeeting',
    entityId: meetingId,
    after: { date: meeting.date, items: meeting.items.length, decisions: decisions.size },
  });
  return decisions;
}
