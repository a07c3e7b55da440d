import type { Sql } from '@samsyn/db';

/**
 * The victim's board (issue 21) for the isolation suite: one body with a seat rule, a person in a
 * seat, and a meeting that is held but not approved (so every write on it is allowed for its own
 * editors) with one agenda item about an intervention, a link document, attendance, a jäv and a
 * decision. Each hostile probe names one of these rows of another förbund.
 */
export async function victimBoard(
  superuser: Sql,
  tenantId: string,
  memberId: string | undefined,
  interventionId: string | undefined,
) {
  const insert = async (query: Promise<{ id: string }[]>) => {
    const [row] = await query;
    if (!row) throw new Error('victim board insert returned no row');
    return row.id;
  };
  const bodyId = await insert(superuser`
    insert into board_bodies (tenant_id, kind, name, meeting_fee_ore)
    values (${tenantId}, 'other', 'Gävleborgs granskningsgrupp', 100000) returning id`);
  const seatRuleId = await insert(superuser`
    insert into board_seat_rules (tenant_id, body_id, member_group, ordinary_seats, substitute_seats, valid_from)
    values (${tenantId}, ${bodyId}, 'municipalities', 1, 1, '2019-04-01') returning id`);
  const personId = await insert(superuser`
    insert into board_people (tenant_id, name, party) values (${tenantId}, 'Granskare Gävleborg', 'S') returning id`);
  const seatId = await insert(superuser`
    insert into board_seats (tenant_id, body_id, person_id, role, member_id, from_date)
    values (${tenantId}, ${bodyId}, ${personId}, 'member', ${memberId ?? null}, '2019-04-01') returning id`);
  const meetingId = await insert(superuser`
    insert into board_meetings (tenant_id, body_id, meeting_date, place, status)
    values (${tenantId}, ${bodyId}, '2031-03-01', 'Gävle', 'held') returning id`);
  const itemId = await insert(superuser`
    insert into board_agenda_items (tenant_id, meeting_id, position, title, paragraph, concerns_intervention_id)
    values (${tenantId}, ${meetingId}, 0, 'Granskat ärende', 1, ${interventionId ?? null}) returning id`);
  const documentId = await insert(superuser`
    insert into board_item_documents (tenant_id, item_id, kind, title, url)
    values (${tenantId}, ${itemId}, 'link', 'Underlag', 'https://example.org/underlag') returning id`);
  await superuser`
    insert into board_attendance (tenant_id, meeting_id, seat_id, status, fee_ore)
    values (${tenantId}, ${meetingId}, ${seatId}, 'present', 100000)`;
  await superuser`
    insert into board_conflicts (tenant_id, item_id, seat_id, reason)
    values (${tenantId}, ${itemId}, ${seatId}, 'Leder insatsen')`;
  const decisionId = await insert(superuser`
    insert into board_decisions (tenant_id, item_id, kind, title, text)
    values (${tenantId}, ${itemId}, 'other', 'Granskat beslut', 'Styrelsen beslutar att granska.') returning id`);
  return {
    boardBodyIds: [bodyId],
    boardSeatRuleIds: [seatRuleId],
    boardPersonIds: [personId],
    boardSeatIds: [seatId],
    boardMeetingIds: [meetingId],
    boardItemIds: [itemId],
    boardDocumentIds: [documentId],
    boardDecisionIds: [decisionId],
  };
}
