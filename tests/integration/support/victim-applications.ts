import type { Sql } from '@samsyn/db';

/**
 * The victim's applications (issue 22) for the isolation suite: a checklist point and a criterion;
 * one application under review (lead and party, a goal, a yearly budget, an attachment, a formal
 * check answer, a review with a score); one granted application with its agreement, commitment,
 * an advance payment and a final report not yet approved. Each hostile probe names one of these
 * rows of another förbund.
 */
export async function victimApplications(
  superuser: Sql,
  tenantId: string,
  memberIds: string[],
  reviewerUserId: string,
) {
  const insert = async (query: Promise<{ id: string }[]>) => {
    const [row] = await query;
    if (!row) throw new Error('victim applications insert returned no row');
    return row.id;
  };
  const [lead, party] = memberIds;
  const pointId = await insert(superuser`
    insert into application_checklist_points (tenant_id, position, text)
    values (${tenantId}, 0, 'Gävleborgs kontrollpunkt') returning id`);
  const criterionId = await insert(superuser`
    insert into application_criteria (tenant_id, position, name)
    values (${tenantId}, 0, 'Gävleborgs kriterium') returning id`);
  const reviewedId = await insert(superuser`
    insert into applications (tenant_id, title, status, kind, lead_member_id, need, purpose, collaboration,
                              start_date, end_date)
    values (${tenantId}, 'Gävleborgs granskade ansökan', 'underReview', 'individual', ${lead ?? null},
            'Behov', 'Syfte', 'Samverkan', '2031-01-01', '2031-12-31') returning id`);
  if (party) {
    await superuser`insert into application_parties (tenant_id, application_id, member_id, position)
                    values (${tenantId}, ${reviewedId}, ${party}, 0)`;
  }
  await superuser`insert into application_goals (tenant_id, application_id, position, type, description)
                  values (${tenantId}, ${reviewedId}, 0, 'qualitative', 'Gävleborgs mål')`;
  await superuser`insert into application_budget_years (tenant_id, application_id, year, requested_ore)
                  values (${tenantId}, ${reviewedId}, 2031, 10000000)`;
  await superuser`insert into application_status_changes (tenant_id, application_id, to_status, effective_date)
                  values (${tenantId}, ${reviewedId}, 'underReview', '2031-01-01')`;
  const attachmentId = await insert(superuser`
    insert into application_attachments (tenant_id, application_id, title, file_name, content_type, content)
    values (${tenantId}, ${reviewedId}, 'Projektplan', 'plan.pdf', 'application/pdf', ${Buffer.from('%PDF-1.4\n%%EOF\n')})
    returning id`);
  await superuser`insert into application_checklist_answers (tenant_id, application_id, point_id, answer)
                  values (${tenantId}, ${reviewedId}, ${pointId}, 'yes')`;
  const reviewId = await insert(superuser`
    insert into application_reviews (tenant_id, application_id, reviewer_user_id, has_conflict, opinion, recommendation)
    values (${tenantId}, ${reviewedId}, ${reviewerUserId}, false, 'Gävleborgs yttrande', 'grant') returning id`);
  await superuser`insert into application_review_scores (tenant_id, review_id, criterion_id, score)
                  values (${tenantId}, ${reviewId}, ${criterionId}, 4)`;
  const grantedId = await insert(superuser`
    insert into applications (tenant_id, title, status, kind, lead_member_id, decided_date, granted_amount_ore,
                              start_date, end_date)
    values (${tenantId}, 'Gävleborgs beviljade ansökan', 'granted', 'structural', ${lead ?? null}, '2031-02-01',
            20000000, '2031-03-01', '2031-12-31') returning id`);
  const agreementId = await insert(superuser`
    insert into application_agreements (tenant_id, application_id, status, signed_date)
    values (${tenantId}, ${grantedId}, 'signed', '2031-02-15') returning id`);
  await superuser`insert into application_agreement_years (tenant_id, agreement_id, year, amount_ore)
                  values (${tenantId}, ${agreementId}, 2031, 20000000)`;
  const paymentId = await insert(superuser`
    insert into application_payments (tenant_id, agreement_id, position, kind, due_date, amount_ore)
    values (${tenantId}, ${agreementId}, 0, 'advance', '2031-03-01', 10000000) returning id`);
  const finalPaymentId = await insert(superuser`
    insert into application_payments (tenant_id, agreement_id, position, kind, due_date, amount_ore)
    values (${tenantId}, ${agreementId}, 1, 'final', '2032-01-31', 10000000) returning id`);
  const reportId = await insert(superuser`
    insert into application_reports (tenant_id, agreement_id, kind, due_date, submitted_date)
    values (${tenantId}, ${agreementId}, 'final', '2032-01-15', '2032-01-10') returning id`);
  return {
    applicationIds: [reviewedId, grantedId],
    applicationChecklistPointIds: [pointId],
    applicationCriterionIds: [criterionId],
    applicationAttachmentIds: [attachmentId],
    applicationReviewIds: [reviewId],
    agreementIds: [agreementId],
    applicationPaymentIds: [paymentId, finalPaymentId],
    applicationReportIds: [reportId],
  };
}
