/** The fixed lists of period reports (issue 23); the Swedish labels are in the web catalogue. */

/** Halvårsredovisning, delårsrapport, årsredovisning, verksamhetsplan och budget. */
export const reportKinds = ['halfYear', 'interim', 'annual', 'plan'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** draft → ready (every enabled section marked ready) → adopted (the board's decision; frozen). */
export const reportStatuses = ['draft', 'ready', 'adopted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/**
 * What generates a section from the förbund's data; a section without a source is written by hand.
 * The same list is the check constraint of period_report_sections.source (migration 0026).
 */
export const reportSources = [
  // Halvårs-, delårs- and årsredovisning
  'summary', // 1.1: cost of the period ("bedrivit verksamhet för 3 315 060 kr"), participants reached by kind
  'organisation', // 1.2 / VP 1: the members, and the goal areas of the plan in force
  'planFollowUp', // 1.4: the plan's goals and their follow-up for the period
  'boardWork', // 2: Styrelsens arbete (composition, meetings, fees, committees)
  'incomeStatement', // 3.1 Resultaträkning
  'balanceSheet', // 3.2 Balansräkning
  'operatingStatement', // 3.3 Driftredovisning
  'notes', // 3.5 Noter, each checked against its statement line (specificationCheck)
  'signatures', // 4 Styrelsens beslut: place, date and the board's signature block
  'interventionResults', // Bilaga 1: Mål och resultat av insatser
  'forecast', // Bilaga 2: prognos and the equity goal
  // Verksamhetsplan och budget
  'grantedInterventions', // Beviljade insatser <year>
  'budget', // the budget for the plan's years, with "varav beviljat"
  'planVision', // vision (and the förbund's purpose)
  'planTargetGroups', // målgrupp
  'planActivity', // verksamhet: the plan's directions
  'planGoals', // mål with their indicators
  'boardComposition', // arbetsorganisation: the board's seats
] as const;
export type ReportSource = (typeof reportSources)[number];

export const isReportSource = (value: string): value is ReportSource =>
  (reportSources as readonly string[]).includes(value);
