import type {
  FinsamFieldName,
  Goal,
  GoalAssessment,
  InterventionBudget,
  InterventionFields,
  LocalGroupYear,
  ParticipantFigures,
  PeriodNote,
} from '@samsyn/domain';

/** Member names exactly as the demo förbund's members are seeded; interventions refer to them by name. */
export const demoMemberNames = [
  'Försäkringskassan',
  'Arbetsförmedlingen',
  'Region Gävleborg',
  'Gävle kommun',
  'Sandvikens kommun',
  'Hudiksvalls kommun',
  'Bollnäs kommun',
  'Söderhamns kommun',
  'Ljusdals kommun',
  'Ovanåkers kommun',
  'Hofors kommun',
  'Nordanstigs kommun',
  'Ockelbo kommun',
  'Region Västernorrland',
  'Härnösands kommun',
  'Timrå kommun',
  'Västra Götalandsregionen',
  'Härryda kommun',
  'Mölndals stad',
  'Partille kommun',
] as const;
export type DemoMemberName = (typeof demoMemberNames)[number];

/**
 * Every demo record says whether anything in it was invented: `isDemoEstimate` is true when the
 * seed does not give (all of) it, and `estimatedFields` names what was made up, so the UI can mark
 * demo figures and nobody mistakes them for the förbund's own.
 */
export interface DemoEstimateMark {
  isDemoEstimate: boolean;
  estimatedFields: readonly string[];
}

export interface DemoGoal extends DemoEstimateMark {
  goal: Goal;
  /** The follow-up for the demo period; null = not assessed. */
  assessment: GoalAssessment | null;
}

export interface DemoFigures extends DemoEstimateMark {
  period: string;
  figures: ParticipantFigures;
}

export type DemoBudget = InterventionBudget & DemoEstimateMark;

export interface DemoIntervention
  extends Omit<
      InterventionFields,
      'leadOrganisation' | 'partnerMemberIds' | 'localGroupId' | FinsamFieldName
    >,
    DemoEstimateMark {
  /** The Uppföljning Finsam fields where the seeds give them; the rest are the schema's defaults. */
  finsam?: Partial<Pick<InterventionFields, FinsamFieldName>>;
  /** Stable slug for the seed (and for tests to find it). */
  key: string;
  lead: 'forbund' | DemoMemberName;
  partners: readonly DemoMemberName[];
  localGroupKey: string | null;
  goals: readonly DemoGoal[];
  budgets: readonly DemoBudget[];
  figures: readonly DemoFigures[];
  notes: readonly PeriodNote[];
}

export interface DemoLocalGroup {
  key: string;
  name: string;
  municipality: DemoMemberName;
  population: number | null;
  years: readonly (LocalGroupYear & DemoEstimateMark)[];
}

export interface DemoForbundInterventions {
  tenantSlug: string;
  forbundName: string;
  /** The period the seed reports on (the demo's default report period). */
  period: string;
  interventions: readonly DemoIntervention[];
  localGroups: readonly DemoLocalGroup[];
}

/** A seed fact: nothing invented. */
export const fromSeed: DemoEstimateMark = Object.freeze({ isDemoEstimate: false, estimatedFields: [] });

/** Invented for the demo: the named fields (or, with none named, the whole record). */
export function estimated(...fields: string[]): DemoEstimateMark {
  return { isDemoEstimate: true, estimatedFields: fields };
}

type DemoSetting = Pick<
  DemoIntervention,
  | 'freeTags'
  | 'lead'
  | 'partners'
  | 'startDate'
  | 'endDate'
  | 'status'
  | 'participantRegistration'
  | 'localGroupKey'
>;

/**
 * An intervention as the seeds describe most of them: its lead, partners and how participants are
 * registered, and otherwise ongoing, with no dates, no tags of its own and no local group. A record
 * spreads this and then states only what its seed says besides, so that difference stands out.
 */
export function ongoing(
  setting: Pick<DemoSetting, 'lead' | 'partners' | 'participantRegistration'>,
): DemoSetting {
  return { freeTags: [], startDate: null, endDate: null, status: 'ongoing', localGroupKey: null, ...setting };
}
