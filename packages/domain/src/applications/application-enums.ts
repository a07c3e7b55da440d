/** The fixed lists of the applications area (issue 22); the Swedish labels are in the catalogue. */

/** Individual-level, structural, or a pre-study ("förstudie"). */
export const applicationKinds = ['individual', 'structural', 'preStudy'] as const;
export type ApplicationKind = (typeof applicationKinds)[number];

/** A reviewer's recommendation to the board. */
export const reviewRecommendations = ['grant', 'reject', 'askForMore'] as const;
export type ReviewRecommendation = (typeof reviewRecommendations)[number];

/** A checklist point's answer in the formal check. */
export const checklistAnswers = ['yes', 'no'] as const;
export type ChecklistAnswer = (typeof checklistAnswers)[number];

/** A grant decision's outcome, recorded on the board decision. */
export const grantOutcomes = ['granted', 'rejected'] as const;
export type GrantOutcome = (typeof grantOutcomes)[number];

export const agreementStatuses = ['draft', 'signed', 'closed'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/** Förskott, delutbetalning, slutlikvid. */
export const paymentKinds = ['advance', 'tranche', 'final'] as const;
export type PaymentKind = (typeof paymentKinds)[number];

/** Delrapport, slutrapport. */
export const grantReportKinds = ['interim', 'final'] as const;
export type GrantReportKind = (typeof grantReportKinds)[number];
