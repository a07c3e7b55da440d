import type { MemberKind } from '../tenant.ts';
import { type BodyKind, isOrdinaryRole, type MemberGroup, type SeatRole } from './board.ts';

/**
 * The composition checks of issue 21: a board's seats on a date held against the förbundsordning's
 * seat rules and against Finsam. Never blocking — the förbund sees what the rules say and decides.
 * Each finding names the rule it applies (`rule`), whose exact wording the catalogue cites
 * (`boardOrganisation.rules.<rule>`), and a message key with its figures.
 *
 * The rules:
 * - `forbundsordning`: the förbundsordning's seat rules in force on the date, per member or member
 *   group: ordinary and substitute seats held against the rule ("Kommunerna: 4 av 5 ordinarie
 *   platser tillsatta"). A group rule counts the group's joint seats and the seats of its members
 *   that have no rule of their own in the body.
 * - `finsam10`: SFS 2003:1210 10 §, "varje förbundsmedlem skall vara representerad i styrelsen med
 *   minst en ledamot och en ersättare", read as Nationella rådet did in 2022: several municipalities
 *   are not one member, so a joint seat ("Kommunerna") represents none of them on its own. Checked
 *   for the bodies of kind `board`, for each member in the förbund on the date.
 * - `equalSubstitutes`: as many substitutes as ordinary members ("Antalet ersättare ska vara lika
 *   många som antalet ledamöter", Nationella rådet), the board as a whole.
 * - `memberLeft`: a seat held for a member that left the förbund on or before the date.
 * - `finsam12`: substitutes without a calling order (12 §: "När det utses ersättare i styrelsen
 *   skall det bestämmas i vilken ordning de skall kallas till tjänstgöring") — a hint only, the
 *   order may be set in a decision Samsyn does not hold.
 */

export const compositionRules = [
  'forbundsordning',
  'finsam10',
  'equalSubstitutes',
  'memberLeft',
  'finsam12',
] as const;
export type CompositionRule = (typeof compositionRules)[number];

/** ok: the rule is met; problem: it is not; hint: worth a look, not a fault. */
export type FindingLevel = 'ok' | 'problem' | 'hint';

export interface CompositionFinding {
  rule: CompositionRule;
  level: FindingLevel;
  /** An i18n key under `boardOrganisation.findings.*`. */
  key: string;
  params: Record<string, string | number>;
  bodyId: string | null;
  memberId: string | null;
  /** For `forbundsordning`: where the rule is written ("5 § förbundsordningen"). */
  source: string;
}

export interface CompositionMember {
  id: string;
  name: string;
  kind: MemberKind;
  joinedOn: string | null;
  leftOn: string | null;
}

export interface CompositionBody {
  id: string;
  kind: BodyKind;
  name: string;
}

/** A seat held on the date (`SeatOnDate` from the API's readSeatsOn has these fields). */
export interface CompositionSeat {
  seatId: string;
  bodyId: string;
  role: SeatRole;
  personName: string;
  memberId: string | null;
  memberGroup: MemberGroup | null;
  substituteOrder: number | null;
}

export interface CompositionSeatRule {
  id: string;
  bodyId: string;
  memberId: string | null;
  memberGroup: MemberGroup | null;
  ordinarySeats: number;
  substituteSeats: number;
  validFrom: string;
  validTo: string | null;
  source: string;
}

export interface CompositionInput {
  date: string;
  members: readonly CompositionMember[];
  bodies: readonly CompositionBody[];
  /** The seats held on `date` (callers pass those; the checks do not look at their dates). */
  seats: readonly CompositionSeat[];
  /** All seat rules: those not in force on `date` are skipped here. */
  rules: readonly CompositionSeatRule[];
}

/** The group a member's seats count towards when a rule is written for a group. */
export function groupOfMember(kind: MemberKind): MemberGroup | null {
  if (kind === 'municipality') return 'municipalities';
  if (kind === 'fk' || kind === 'af') return 'state';
  return null;
}

const isMemberOn = (member: CompositionMember, date: string) =>
  (member.joinedOn === null || member.joinedOn <= date) && (member.leftOn === null || member.leftOn > date);

const ruleInForce = (rule: CompositionSeatRule, date: string) =>
  rule.validFrom <= date && (rule.validTo === null || rule.validTo >= date);

interface Counts {
  ordinary: number;
  substitutes: number;
}

function countSeats(seats: readonly CompositionSeat[]): Counts {
  return {
    ordinary: seats.filter((seat) => isOrdinaryRole(seat.role)).length,
    substitutes: seats.filter((seat) => seat.role === 'substitute').length,
  };
}

const finding = (
  rule: CompositionRule,
  level: FindingLevel,
  key: string,
  params: CompositionFinding['params'],
  where: { bodyId?: string | null; memberId?: string | null; source?: string } = {},
): CompositionFinding => ({
  rule,
  level,
  key: `boardOrganisation.findings.${key}`,
  params,
  bodyId: where.bodyId ?? null,
  memberId: where.memberId ?? null,
  source: where.source ?? '',
});

/** All checks on the date, body by body in the order given, then the members' own findings. */
export function checkComposition(input: CompositionInput): CompositionFinding[] {
  return [
    ...input.bodies.flatMap((body) => forbundsordningFindings(input, body)),
    ...finsam10Findings(input),
    ...equalSubstitutesFindings(input),
    ...memberLeftFindings(input),
    ...callingOrderFindings(input),
  ];
}

function forbundsordningFindings(input: CompositionInput, body: CompositionBody): CompositionFinding[] {
  const rules = input.rules.filter((rule) => rule.bodyId === body.id && ruleInForce(rule, input.date));
  const seats = input.seats.filter((seat) => seat.bodyId === body.id);
  const kindOf = new Map(input.members.map((member) => [member.id, member.kind]));
  const membersWithOwnRule = new Set(rules.map((rule) => rule.memberId).filter((id) => id !== null));
  return rules.flatMap((rule) => {
    const held = countSeats(
      seats.filter((seat) => {
        if (rule.memberId !== null) return seat.memberId === rule.memberId;
        if (seat.memberGroup === rule.memberGroup) return true;
        const kind = seat.memberId === null ? undefined : kindOf.get(seat.memberId);
        return (
          seat.memberId !== null &&
          kind !== undefined &&
          groupOfMember(kind) === rule.memberGroup &&
          !membersWithOwnRule.has(seat.memberId)
        );
      }),
    );
    // A group's name is the web's to say ("Kommunerna"): `group` carries it, `name` is then ''.
    const name = input.members.find((member) => member.id === rule.memberId)?.name ?? '';
    const group = rule.memberGroup ?? '';
    const where = { bodyId: body.id, memberId: rule.memberId, source: rule.source };
    const one = (kind: 'ordinary' | 'substitutes', heldCount: number, required: number) => {
      const params = { name, group, held: heldCount, required, body: body.name };
      if (heldCount === required) return finding('forbundsordning', 'ok', `${kind}Filled`, params, where);
      return finding(
        'forbundsordning',
        'problem',
        heldCount < required ? `${kind}Missing` : `${kind}TooMany`,
        params,
        where,
      );
    };
    return [
      one('ordinary', held.ordinary, rule.ordinarySeats),
      one('substitutes', held.substitutes, rule.substituteSeats),
    ];
  });
}

function finsam10Findings(input: CompositionInput): CompositionFinding[] {
  return input.bodies
    .filter((body) => body.kind === 'board')
    .flatMap((body) => {
      const seats = input.seats.filter((seat) => seat.bodyId === body.id);
      return input.members
        .filter((member) => isMemberOn(member, input.date))
        .map((member) => {
          const own = seats.filter((seat) => seat.memberId === member.id);
          const { ordinary, substitutes } = countSeats(own);
          const where = { bodyId: body.id, memberId: member.id };
          const params = { name: member.name, body: body.name };
          if (ordinary >= 1 && substitutes >= 1)
            return finding('finsam10', 'ok', 'represented', { ...params, ordinary, substitutes }, where);
          const group = groupOfMember(member.kind);
          const joint = seats.filter((seat) => group !== null && seat.memberGroup === group);
          if (ordinary === 0 && substitutes === 0) {
            if (own.some((seat) => seat.role === 'coopted'))
              return finding('finsam10', 'problem', 'cooptedOnly', params, where);
            if (joint.some((seat) => isOrdinaryRole(seat.role) || seat.role === 'substitute'))
              return finding('finsam10', 'problem', 'jointOnly', { ...params, group: group ?? '' }, where);
            return finding('finsam10', 'problem', 'notRepresented', params, where);
          }
          return finding(
            'finsam10',
            'problem',
            ordinary === 0 ? 'noOrdinary' : 'noSubstitute',
            params,
            where,
          );
        });
    });
}

function equalSubstitutesFindings(input: CompositionInput): CompositionFinding[] {
  return input.bodies
    .filter((body) => body.kind === 'board')
    .map((body) => {
      const { ordinary, substitutes } = countSeats(input.seats.filter((seat) => seat.bodyId === body.id));
      const params = { body: body.name, ordinary, substitutes };
      return ordinary === substitutes
        ? finding('equalSubstitutes', 'ok', 'equalSubstitutes', params, { bodyId: body.id })
        : finding('equalSubstitutes', 'problem', 'unequalSubstitutes', params, { bodyId: body.id });
    });
}

function memberLeftFindings(input: CompositionInput): CompositionFinding[] {
  const bodyName = new Map(input.bodies.map((body) => [body.id, body.name]));
  return input.members
    .filter((member) => member.leftOn !== null && member.leftOn <= input.date)
    .flatMap((member) => {
      const held = input.seats.filter((seat) => seat.memberId === member.id);
      if (held.length === 0) return [];
      return [
        finding(
          'memberLeft',
          'problem',
          'memberLeft',
          {
            name: member.name,
            leftOn: member.leftOn ?? '',
            count: held.length,
            people: held.map((seat) => `${seat.personName} (${bodyName.get(seat.bodyId) ?? ''})`).join(', '),
          },
          { memberId: member.id },
        ),
      ];
    });
}

function callingOrderFindings(input: CompositionInput): CompositionFinding[] {
  return input.bodies.flatMap((body) => {
    const without = input.seats.filter(
      (seat) => seat.bodyId === body.id && seat.role === 'substitute' && seat.substituteOrder === null,
    );
    if (without.length === 0) return [];
    return [
      finding(
        'finsam12',
        'hint',
        'noCallingOrder',
        { body: body.name, count: without.length },
        { bodyId: body.id },
      ),
    ];
  });
}
