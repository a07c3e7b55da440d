/**
 * Reasons the reportWorkflow.* procedures may answer with (issue 23), spread into `reasonKeys` (errors.ts).
 * Each needs its sentence under `errors.reportWorkflow` in apps/web/src/i18n/sv/*-messages.ts. No imports here:
 * errors.ts imports this file.
 */
export const reportWorkflowReasons = [
  /** Every write of the workflow is refused once the report is adopted (its snapshot is the record). */
  'reportWorkflow.reportAdopted',
  /** Fastställ needs a report marked ready. */
  'reportWorkflow.notReady',
  // The next three are also field issues (beside the decision or the assignee), so they have a
  // sentence under validation.reportWorkflow too.
  /** The decision chosen at Fastställ is not of the kind 'report' (or not in the register). */
  'reportWorkflow.decisionNotReport',
  /** The decision already adopted another report. */
  'reportWorkflow.decisionUsed',
  /** The assignee is not an active editor or admin of the förbund. */
  'reportWorkflow.assigneeNotMember',
  /** `differences` of a report not adopted: there is nothing to compare with. */
  'reportWorkflow.notAdopted',
  /** Only the author (or an admin) deletes a comment. */
  'reportWorkflow.commentNotYours',
] as const;
