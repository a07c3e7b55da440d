/**
 * Access rules of `organisation.*` (issue 21, the board's bodies, people, seats and seat rules),
 * spread into the main registry. The victim's board (support/victim-board.ts) has one body with a
 * seat rule, a person in a seat and a held meeting; each hostile input names one of those rows.
 * The harmless inputs carry a stale version (CONFLICT before anything changes) or are refused
 * before anything is written (an empty name, a body that already exists).
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;

const body = {
  kind: 'other',
  name: 'Kapat organ',
  description: '',
  quorumRule: 'half',
  quorumCount: null,
  meetingFee: '0',
  feeLineCode: null,
};
const person = { name: 'Kapad person', email: '', party: '', userId: null };
const seat = (v: Victim) => ({
  bodyId: first(v.boardBodyIds),
  personId: first(v.boardPersonIds),
  role: 'member',
  title: '',
  represents: `member:${first(v.memberIds)}`,
  substituteOrder: null,
  fromDate: '2031-04-01',
  toDate: null,
  note: '',
});
const seatRule = (v: Victim) => ({
  bodyId: first(v.boardBodyIds),
  represents: 'group:municipalities',
  ordinarySeats: 9,
  substituteSeats: 9,
  validFrom: '2031-01-01',
  validTo: null,
  source: 'Kapad',
});

/** A write of one of the victim's rows: the hostile input and the same with a stale version. */
const write = (
  minRole: 'editor' | 'admin',
  input: (v: Victim) => Record<string, unknown>,
  ids: (v: Victim) => string[],
  idKey = 'id',
): AccessRule => ({
  access: 'tenant',
  minRole,
  input: (v) => ({ ...input(v), [idKey]: first(ids(v)), expectedVersion: 1 }),
  harmless: (v) => ({ ...input(v), [idKey]: first(ids(v)), expectedVersion: stale }),
});

export const organisationAccessRules: Record<string, AccessRule> = {
  'organisation.bodies.list': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'organisation.bodies.save': write(
    'admin',
    () => body,
    (v) => v.boardBodyIds,
  ),
  'organisation.bodies.delete': write(
    'admin',
    () => ({}),
    (v) => v.boardBodyIds,
  ),
  // Harmless: the victim has bodies already, so the usual ones are refused (CONFLICT).
  'organisation.bodies.createUsual': { access: 'tenant', minRole: 'admin', input: () => ({}) },
  'organisation.people.list': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'organisation.people.linkableUsers': { access: 'tenant', minRole: 'editor', input: () => ({}) },
  'organisation.people.save': write(
    'editor',
    () => person,
    (v) => v.boardPersonIds,
  ),
  'organisation.people.delete': write(
    'editor',
    () => ({}),
    (v) => v.boardPersonIds,
  ),
  'organisation.seats.list': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ bodyId: first(v.boardBodyIds), includeHistory: true }),
  },
  'organisation.seats.save': write('editor', seat, (v) => v.boardSeatIds),
  'organisation.seats.end': write(
    'editor',
    () => ({ toDate: '2031-12-31' }),
    (v) => v.boardSeatIds,
    'seatId',
  ),
  'organisation.seats.delete': write(
    'editor',
    () => ({}),
    (v) => v.boardSeatIds,
    'seatId',
  ),
  'organisation.seatRules.list': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'organisation.seatRules.save': write('admin', seatRule, (v) => v.boardSeatRuleIds),
  'organisation.seatRules.delete': write(
    'admin',
    () => ({}),
    (v) => v.boardSeatRuleIds,
  ),
  'organisation.composition': { access: 'tenant', minRole: 'viewer', input: () => ({ date: '2031-04-01' }) },
  'organisation.seatsOn': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ date: '2031-04-01', bodyId: first(v.boardBodyIds) }),
  },
};
