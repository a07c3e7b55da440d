import { z } from 'zod';
import { nonNegativeKronorTextSchema } from '../money/money-schemas.ts';
import { multiLineText, nameText, optionalText, requiredText, singleLineText } from '../text.ts';

/**
 * The board's organisation (issue 21): its bodies (styrelse, arbetsutskott, …), the people who
 * hold seats in them, the seats themselves and the förbundsordning's seat rules. The enums mirror
 * the checks of migration 0024; the schemas are the API's inputs and the web forms' resolvers
 * alike, each message a stable key under `boardOrganisation.*`.
 */

export const bodyKinds = [
  'board',
  'workingCommittee',
  'reviewGroup',
  'strategicGroup',
  'auditors',
  'office',
  'other',
] as const;
export type BodyKind = (typeof bodyKinds)[number];

/**
 * In display order: the ordinary members (ledamöter) first, then substitutes (ersättare), then
 * those who sit without a vote. `readSeatsOn` and every seat list sort by this order.
 */
export const seatRoles = [
  'chair',
  'viceChair',
  'member',
  'substitute',
  'coopted',
  'presenter',
  'auditor',
  'expertAssistant',
  'staff',
] as const;
export type SeatRole = (typeof seatRoles)[number];

/** The ordinary members (ledamöter): they count for quorum and for Finsam 10 §'s "ledamot". */
export const ordinaryRoles = ['chair', 'viceChair', 'member'] as const satisfies readonly SeatRole[];
export type OrdinaryRole = (typeof ordinaryRoles)[number];

export function isOrdinaryRole(role: SeatRole): role is OrdinaryRole {
  return (ordinaryRoles as readonly SeatRole[]).includes(role);
}

/**
 * A seat held for a group of members: the municipalities together ("Kenneth Axling (S) vice
 * ordförande - Kommunerna"), or the state (FK and AF appoint one auditor together).
 */
export const memberGroups = ['municipalities', 'state'] as const;
export type MemberGroup = (typeof memberGroups)[number];

/**
 * Who holds a seat and whom it represents, as a text prints it ("Kenneth Axling (S) vice
 * ordförande - Kommunerna"): the report's composition and the organisation page both read this.
 */
export interface SeatHolder {
  personName: string;
  party: string;
  role: SeatRole;
  title: string;
  memberName: string | null;
  memberGroup: MemberGroup | null;
}

export const quorumRules = ['half', 'majority', 'count'] as const;
export type QuorumRule = (typeof quorumRules)[number];

/** The usual bodies of a förbund, in the order a new förbund gets them ("Skapa de vanliga organen"). */
export const usualBodies: ReadonlyArray<{ kind: BodyKind; name: string }> = [
  { kind: 'board', name: 'Förbundsstyrelse' },
  { kind: 'workingCommittee', name: 'Arbetsutskott' },
  { kind: 'reviewGroup', name: 'Beredningsgrupp' },
  { kind: 'auditors', name: 'Revisorer' },
  { kind: 'office', name: 'Kansli' },
];

/**
 * A Swedish personal identity number (or co-ordination number) in any of its usual spellings:
 * 8001011234, 800101-1234, 19800101-1234, 800101+1234. Samsyn never stores one (issue 21: "never
 * a personnummer"), so any field that holds such a run of digits is refused.
 */
const personalNumber = /(?<!\d)(?:\d{2})?\d{6}[-+ ]?\d{4}(?!\d)/;

export function looksLikePersonalNumber(text: string): boolean {
  return personalNumber.test(text);
}

const noPersonalNumber = <T extends z.ZodType<string, string>>(schema: T) =>
  schema.refine((text) => !looksLikePersonalNumber(text), { message: 'boardOrganisation.personalNumber' });

const isoDate = (key: string) => z.iso.date({ error: key });

/** A date typed into a form that may be left empty: '' and null are both "not set". */
const optionalDate = (key: string) =>
  z.union([z.literal('').transform(() => null), isoDate(key), z.null()], { error: key });

/** At most 100 000 000 kr a meeting: migration 0024's bound on the fee (in öre). */
const MAX_MEETING_FEE_ORE = 10_000_000_000;

/** A body (organ) of the förbund. Admins only. */
export const boardBodySchema = z
  .object({
    kind: z.enum(bodyKinds, { error: 'boardOrganisation.bodyKindInvalid' }),
    name: requiredText(
      nameText,
      200,
      'boardOrganisation.bodyNameRequired',
      'boardOrganisation.bodyNameTooLong',
    ),
    description: optionalText(multiLineText, 10000, 'boardOrganisation.descriptionTooLong'),
    quorumRule: z.enum(quorumRules, { error: 'boardOrganisation.quorumRuleInvalid' }),
    /** Only for the rule 'count'; typed into a text input, so coerced ('' → null). */
    quorumCount: z
      .union([z.literal('').transform(() => null), z.null(), z.coerce.number()], {
        error: 'boardOrganisation.quorumCountInvalid',
      })
      .pipe(
        z
          .number({ error: 'boardOrganisation.quorumCountInvalid' })
          .int('boardOrganisation.quorumCountInvalid')
          .min(1, 'boardOrganisation.quorumCountInvalid')
          .max(100, 'boardOrganisation.quorumCountInvalid')
          .nullable(),
      ),
    /** Kronor as typed ("1 500"), parsed to öre. */
    meetingFee: nonNegativeKronorTextSchema.refine((ore) => ore <= MAX_MEETING_FEE_ORE, {
      message: 'boardOrganisation.meetingFeeTooLarge',
    }),
    feeLineCode: z.union([
      z.literal('').transform(() => null),
      z.null(),
      singleLineText()
        .max(60, 'boardOrganisation.feeLineCodeInvalid')
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'boardOrganisation.feeLineCodeInvalid'),
    ]),
  })
  .superRefine((body, ctx) => {
    if (body.quorumRule === 'count' && body.quorumCount === null)
      ctx.addIssue({
        code: 'custom',
        message: 'boardOrganisation.quorumCountRequired',
        path: ['quorumCount'],
      });
  })
  .transform((body) => ({ ...body, quorumCount: body.quorumRule === 'count' ? body.quorumCount : null }));
export type BoardBodyInput = z.input<typeof boardBodySchema>;
export type BoardBody = z.output<typeof boardBodySchema>;

/** '' and null: none; otherwise an id. */
const optionalId = (key: string) =>
  z.union([z.literal('').transform(() => null), z.null(), z.uuid({ error: key })], { error: key });

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A person who holds or held a seat: a name; an e-mail and a party if known; never a personnummer. */
export const boardPersonSchema = z.object({
  name: noPersonalNumber(
    requiredText(
      nameText,
      200,
      'boardOrganisation.personNameRequired',
      'boardOrganisation.personNameTooLong',
    ),
  ),
  email: noPersonalNumber(
    singleLineText({ typeError: 'boardOrganisation.emailInvalid' })
      .max(320, 'boardOrganisation.emailInvalid')
      .refine((text) => text === '' || emailPattern.test(text), {
        message: 'boardOrganisation.emailInvalid',
      }),
  ).transform((text) => (text === '' ? null : text.toLowerCase())),
  party: noPersonalNumber(optionalText(singleLineText, 50, 'boardOrganisation.partyTooLong')),
  /** The Samsyn user of this förbund the person is, if any. */
  userId: optionalId('boardOrganisation.userInvalid'),
});
export type BoardPersonInput = z.input<typeof boardPersonSchema>;
export type BoardPerson = z.output<typeof boardPersonSchema>;

/**
 * A seat: a person in a body with a role, for a member, a group of members or nobody (the
 * kansli's staff), from a date to a date (open: still sitting).
 */
export const boardSeatSchema = z
  .object({
    bodyId: z.uuid({ error: 'boardOrganisation.bodyRequired' }),
    personId: z.uuid({ error: 'boardOrganisation.personRequired' }),
    role: z.enum(seatRoles, { error: 'boardOrganisation.roleInvalid' }),
    title: noPersonalNumber(optionalText(singleLineText, 200, 'boardOrganisation.titleTooLong')),
    /** Whom the seat represents: `member:<id>`, `group:municipalities`, `group:state` or '' (none). */
    represents: z
      .string({ error: 'boardOrganisation.representsInvalid' })
      .regex(
        /^(|member:[0-9a-f-]{36}|group:(municipalities|state))$/i,
        'boardOrganisation.representsInvalid',
      ),
    substituteOrder: z
      .union([z.literal('').transform(() => null), z.null(), z.coerce.number()], {
        error: 'boardOrganisation.substituteOrderInvalid',
      })
      .pipe(
        z
          .number({ error: 'boardOrganisation.substituteOrderInvalid' })
          .int('boardOrganisation.substituteOrderInvalid')
          .min(1, 'boardOrganisation.substituteOrderInvalid')
          .max(100, 'boardOrganisation.substituteOrderInvalid')
          .nullable(),
      ),
    fromDate: isoDate('boardOrganisation.fromDateInvalid'),
    toDate: optionalDate('boardOrganisation.toDateInvalid'),
    note: noPersonalNumber(optionalText(multiLineText, 2000, 'boardOrganisation.noteTooLong')),
  })
  .superRefine((seat, ctx) => {
    if (seat.substituteOrder !== null && seat.role !== 'substitute')
      ctx.addIssue({
        code: 'custom',
        message: 'boardOrganisation.substituteOrderOnlyForSubstitutes',
        path: ['substituteOrder'],
      });
    if (seat.toDate !== null && seat.toDate < seat.fromDate)
      ctx.addIssue({ code: 'custom', message: 'boardOrganisation.toBeforeFrom', path: ['toDate'] });
  })
  .transform(({ represents, ...seat }) => ({ ...seat, ...representedBy(represents) }));
export type BoardSeatInput = z.input<typeof boardSeatSchema>;
export type BoardSeat = z.output<typeof boardSeatSchema>;

/** Whom a seat or a seat rule is for, as the columns member_id and member_group hold it. */
export interface Represented {
  memberId: string | null;
  memberGroup: MemberGroup | null;
}

/** The form's one "Representerar" choice → the two columns. */
export function representedBy(represents: string): Represented {
  if (represents.startsWith('member:'))
    return { memberId: represents.slice(7).toLowerCase(), memberGroup: null };
  if (represents.startsWith('group:'))
    return { memberId: null, memberGroup: represents.slice(6) as MemberGroup };
  return { memberId: null, memberGroup: null };
}

/** The two columns → the form's one "Representerar" choice. */
export function representsValue({ memberId, memberGroup }: Represented): string {
  if (memberId !== null) return `member:${memberId}`;
  if (memberGroup !== null) return `group:${memberGroup}`;
  return '';
}

const seatCount = (key: string) => z.coerce.number({ error: key }).int(key).min(0, key).max(50, key);

/**
 * A rule of the förbundsordning: how many ordinary members and substitutes a member or a group of
 * members appoints to a body, valid from a date (to a date, when the förbundsordning changed).
 * Admins only.
 */
export const boardSeatRuleSchema = z
  .object({
    bodyId: z.uuid({ error: 'boardOrganisation.bodyRequired' }),
    represents: z
      .string({ error: 'boardOrganisation.ruleRepresentsRequired' })
      .regex(
        /^(member:[0-9a-f-]{36}|group:(municipalities|state))$/i,
        'boardOrganisation.ruleRepresentsRequired',
      ),
    ordinarySeats: seatCount('boardOrganisation.seatCountInvalid'),
    substituteSeats: seatCount('boardOrganisation.seatCountInvalid'),
    validFrom: isoDate('boardOrganisation.validFromInvalid'),
    validTo: optionalDate('boardOrganisation.validToInvalid'),
    source: optionalText(singleLineText, 200, 'boardOrganisation.sourceTooLong'),
  })
  .superRefine((rule, ctx) => {
    if (rule.validTo !== null && rule.validTo < rule.validFrom)
      ctx.addIssue({ code: 'custom', message: 'boardOrganisation.toBeforeFrom', path: ['validTo'] });
  })
  .transform(({ represents, ...rule }) => ({ ...rule, ...representedBy(represents) }));
export type BoardSeatRuleInput = z.input<typeof boardSeatRuleSchema>;
export type BoardSeatRule = z.output<typeof boardSeatRuleSchema>;

/** Ending a seat: its last day (`organisation.seats.end`; the verb checks it is not before the start). */
export const endSeatSchema = z.object({ toDate: isoDate('boardOrganisation.toDateInvalid') });
export type EndSeatInput = z.input<typeof endSeatSchema>;

/** The organisation page's date: "Sammansättning den …". */
export const compositionDateSchema = z.object({ date: isoDate('boardOrganisation.dateInvalid') });
