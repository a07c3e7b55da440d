/**
 * Access rules of `meetingAttendance.*` (issue 21, the board): a meeting's attendance, an item's
 * jäv and the fees, spread into the main registry. The hostile inputs name the victim's held
 * meeting, its item and its seat; the harmless ones carry a stale version (CONFLICT before
 * anything changes).
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;

/** An editor's write carrying a version: version 1 in the hostile input, stale in the harmless one. */
const write = (input: (v: Victim) => Record<string, unknown>): AccessRule => ({
  access: 'tenant',
  minRole: 'editor',
  input: (v) => ({ ...input(v), expectedVersion: 1 }),
  harmless: (v) => ({ ...input(v), expectedVersion: stale }),
});

export const meetingAttendanceAccessRules: Record<string, AccessRule> = {
  'meetingAttendance.get': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ meetingId: first(v.boardMeetingIds) }),
  },
  'meetingAttendance.save': write((v) => ({
    meetingId: first(v.boardMeetingIds),
    rows: [{ seatId: first(v.boardSeatIds), status: 'absent', servingForSeatId: null, fee: '0' }],
  })),
  'meetingAttendance.conflicts': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ itemId: first(v.boardItemIds) }),
  },
  'meetingAttendance.declare': write((v) => ({
    itemId: first(v.boardItemIds),
    seatId: first(v.boardSeatIds),
    reason: 'Kapat jäv',
  })),
  'meetingAttendance.withdraw': write((v) => ({
    itemId: first(v.boardItemIds),
    seatId: first(v.boardSeatIds),
  })),
  'meetingAttendance.fees': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ from: '2031-01-01', to: '2031-12-31' }),
  },
};
