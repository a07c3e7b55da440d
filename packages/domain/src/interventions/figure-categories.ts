/**
 * The categories participant figures are broken down by. Keys are stable (stored as JSON keys);
 * labels are Swedish, the wording of FK's Uppföljning Finsam, and the catalogue's default.
 */

/** Gender split. "Other/unknown" exists so that totals always hold when gender is not recorded. */
export const genderParts = ['women', 'men', 'otherUnknown'] as const;
export type GenderPart = (typeof genderParts)[number];

/** Where ended participants went. Every ended participant has exactly one; "other planning" catches the rest. */
export const outcomes = [
  { id: 'work', label: 'Arbete' },
  { id: 'studies', label: 'Studier' },
  { id: 'jobSeeking', label: 'Arbetssökande' },
  { id: 'otherPlanning', label: 'Annan planering' },
] as const;
export type OutcomeId = (typeof outcomes)[number]['id'];
export const outcomeIds = outcomes.map((outcome) => outcome.id) as OutcomeId[];

/** Age at start. Finsam serves ages 16–64; "unknown" keeps the sum equal to new participants. */
export const ageBands = [
  { id: 'age16to19', label: '16–19 år' },
  { id: 'age20to24', label: '20–24 år' },
  { id: 'age25to29', label: '25–29 år' },
  { id: 'age30to39', label: '30–39 år' },
  { id: 'age40to49', label: '40–49 år' },
  { id: 'age50to64', label: '50–64 år' },
  { id: 'unknown', label: 'Okänd ålder' },
] as const;
export type AgeBandId = (typeof ageBands)[number]['id'];
export const ageBandIds = ageBands.map((band) => band.id) as AgeBandId[];

/**
 * Main income source at start. "Unknown" is added to the list: a förbund often knows the
 * share for a few sources only (Trisam 2019: 31 % income support, 27 % sickness benefit, 16 %
 * activity support), and the rest must not be forced into "other".
 */
export const incomeSources = [
  { id: 'incomeSupport', label: 'Försörjningsstöd' },
  { id: 'sicknessBenefit', label: 'Sjukpenning' },
  { id: 'activityCompensation', label: 'Aktivitetsersättning' },
  { id: 'activitySupport', label: 'Aktivitetsstöd' },
  { id: 'unemploymentBenefit', label: 'Arbetslöshetsersättning' },
  { id: 'none', label: 'Ingen ersättning' },
  { id: 'other', label: 'Annan försörjning' },
  { id: 'unknown', label: 'Okänd försörjning' },
] as const;
export type IncomeSourceId = (typeof incomeSources)[number]['id'];
export const incomeSourceIds = incomeSources.map((source) => source.id) as IncomeSourceId[];
