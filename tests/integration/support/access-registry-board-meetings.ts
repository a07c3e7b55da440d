/**
 * Access rules of `meetings.*` (issue 21, the board), spread into the main registry. The victim's
 * meeting is held, not approved, with one item and a link document (support/victim-board.ts), so
 * each hostile input names a real row of another förbund; the harmless inputs carry a stale
 * version (CONFLICT before anything changes) or input the schema refuses.
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const stale = 999_999;
const first = (ids: string[]) => ids[0] ?? noSuchId;
const meeting = (v: Victim) => first(v.boardMeetingIds);
const item = (v: Victim) => first(v.boardItemIds);
const header = {
  meetingDate: '2031-03-02',
  startsAt: '09:00',
  endsAt: '10:00',
  place: 'Kapat rum',
  onlineUrl: '',
  secretary: 'Kapare',
};
const agendaItem = { title: 'Kapat ärende', description: '', concernsKind: 'none', concernsId: null };

/** A write carrying the meeting's version: the hostile input, and the same with a stale version. */
const meetingWrite = (
  minRole: 'editor' | 'admin',
  input: (v: Victim) => Record<string, unknown>,
): AccessRule => ({
  access: 'tenant',
  minRole,
  input: (v) => ({ meetingId: meeting(v), expectedVersion: 1, ...input(v) }),
  harmless: (v) => ({ meetingId: meeting(v), expectedVersion: stale, ...input(v) }),
});
/** A write carrying the item's version. */
const itemWrite = (input: (v: Victim) => Record<string, unknown>): AccessRule => ({
  access: 'tenant',
  minRole: 'editor',
  input: (v) => ({ itemId: item(v), expectedVersion: 1, ...input(v) }),
  harmless: (v) => ({ itemId: item(v), expectedVersion: stale, ...input(v) }),
});

export const meetingsAccessRules: Record<string, AccessRule> = {
  'meetings.list': { access: 'tenant', minRole: 'viewer', input: (v) => ({ bodyId: first(v.boardBodyIds) }) },
  'meetings.get': { access: 'tenant', minRole: 'viewer', input: (v) => ({ meetingId: meeting(v) }) },
  // Harmless: a meeting without a date is refused before anything is written.
  'meetings.create': {
    access: 'tenant',
    minRole: 'editor',
    input: (v) => ({ bodyId: first(v.boardBodyIds), ...header }),
    harmless: (v) => ({ bodyId: first(v.boardBodyIds), ...header, meetingDate: '' }),
  },
  'meetings.update': meetingWrite('editor', () => header),
  'meetings.markHeld': meetingWrite('editor', () => ({})),
  'meetings.delete': meetingWrite('admin', () => ({})),
  'meetings.numberParagraphs': meetingWrite('editor', () => ({})),
  'meetings.approve': meetingWrite('admin', (v) => ({
    approvedOn: '2031-03-02',
    chairSeatId: first(v.boardSeatIds),
    adjusterSeatIds: [noSuchId],
  })),
  'meetings.items.add': meetingWrite('editor', () => agendaItem),
  'meetings.items.update': itemWrite(() => ({ ...agendaItem, paragraph: 9, minutes: 'Kapat protokoll' })),
  'meetings.items.move': meetingWrite('editor', (v) => ({ itemId: item(v), step: 1 })),
  'meetings.items.remove': meetingWrite('editor', (v) => ({ itemId: item(v) })),
  'meetings.documents.add': itemWrite(() => ({
    document: { kind: 'link', title: 'Kapad länk', url: 'https://example.org/kapad' },
  })),
  'meetings.documents.remove': itemWrite((v) => ({ documentId: first(v.boardDocumentIds) })),
};
