/**
 * The seeds' boards as demo data (issue 21), in the shapes of 0024's tables. Everything refers to
 * everything else by a key (people, bodies) or by name (members as `finsamMembers` names them, the
 * demo interventions and plans by name), so the data reads like the documents it comes from.
 */

export type DemoBoardTenantSlug = 'gavleborg' | 'harnosand-timra' | 'insjoriket';

export type DemoBodyKind =
  | 'board'
  | 'workingCommittee'
  | 'reviewGroup'
  | 'strategicGroup'
  | 'auditors'
  | 'office'
  | 'other';

export type DemoSeatRole =
  | 'chair'
  | 'viceChair'
  | 'member'
  | 'substitute'
  | 'coopted'
  | 'presenter'
  | 'auditor'
  | 'expertAssistant'
  | 'staff';

export type DemoMemberGroup = 'municipalities' | 'state';

export type DemoDecisionKind =
  | 'plan'
  | 'budget'
  | 'report'
  | 'grant'
  | 'organisation'
  | 'delegation'
  | 'other';

/** Who a seat or a seat rule is for: one member by its name, or a group of members. */
export type DemoAppointer = { member: string } | { group: DemoMemberGroup } | null;

export interface DemoBoardBody {
  key: string;
  kind: DemoBodyKind;
  name: string;
  description: string;
  quorumRule: 'half' | 'majority';
  /** The default fee per meeting, in öre. */
  meetingFeeOre: number;
  /** The economy line (code) the fees are booked on; null: none chosen. */
  feeLineCode: string | null;
}

export interface DemoBoardPerson {
  key: string;
  name: string;
  party: string;
}

export interface DemoBoardSeat {
  body: string;
  person: string;
  role: DemoSeatRole;
  title: string;
  appointer: DemoAppointer;
  fromDate: string;
  toDate: string | null;
  note: string;
}

export interface DemoSeatRule {
  body: string;
  appointer: Exclude<DemoAppointer, null>;
  ordinarySeats: number;
  substituteSeats: number;
  validFrom: string;
  validTo: string | null;
  source: string;
}

/**
 * One seat's attendance, by person: the loader finds the person's seat in the meeting's body on
 * the meeting's date (so a meeting before 2019-04-01 gets the earlier term's seat).
 */
export interface DemoAttendance {
  person: string;
  status: 'present' | 'absent' | 'serving';
  servingFor?: string;
  feeOre: number;
}

export interface DemoDecision {
  kind: DemoDecisionKind;
  title: string;
  text: string;
  /** A grant decision's granted amount in öre (its outcome 'granted'); the application follows it. */
  grantedAmountOre?: number;
}

export interface DemoAgendaItem {
  title: string;
  description: string;
  paragraph: number;
  minutes: string;
  /** What the item is about: a demo plan, intervention, application or period report (by title) of the förbund, by name. */
  concerns?: { plan: string } | { intervention: string } | { application: string } | { report: string };
  decision?: DemoDecision;
  /** The item's documents: a demo plan or intervention of the förbund (by name), with a title. */
  documents?: readonly ({ title: string } & ({ plan: string } | { intervention: string }))[];
  /** Jäv: people (keys) who declared a conflict of interest on this item, with the reason. */
  conflicts?: readonly { person: string; reason: string }[];
}

export interface DemoMeeting {
  /** Stable key for tests (`gavleborg-fs-2019-08-23`). */
  key: string;
  body: string;
  date: string;
  startsAt: string | null;
  endsAt: string | null;
  place: string;
  secretary: string;
  /**
   * Approved on this date, signed by the chair and the adjusters (people keys); a body without
   * people in the demo (beredningsgrupp, medlemssamråd) has no signatories.
   */
  approval: { on: string; chair: string | null; adjusters: readonly string[] };
  items: readonly DemoAgendaItem[];
  attendance: readonly DemoAttendance[];
}

export interface DemoBoard {
  tenantSlug: DemoBoardTenantSlug;
  bodies: readonly DemoBoardBody[];
  people: readonly DemoBoardPerson[];
  seats: readonly DemoBoardSeat[];
  seatRules: readonly DemoSeatRule[];
  meetings: readonly DemoMeeting[];
  /** The plan (by name) adopted by a decision (by meeting key and paragraph). */
  planAdoptions: readonly { plan: string; meeting: string; paragraph: number }[];
}

/** öre from whole kronor. */
export const kr = (kronor: number): number => kronor * 100;

/**
 * A body as a plan describes it, with nothing said about its rules: a quorum of half the seats
 * and no meeting fee (the plans of Härnösand-Timrå and Insjöriket).
 */
export const describedBody = (
  key: string,
  kind: DemoBoardBody['kind'],
  name: string,
  description: string,
): DemoBoardBody => ({
  key,
  kind,
  name,
  description,
  quorumRule: 'half',
  meetingFeeOre: 0,
  feeLineCode: null,
});
