import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import type { Message } from '../../../lib/message-key.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';

type Outputs = inferRouterOutputs<AppRouter>;
export type MeetingDetail = Outputs['meetings']['get'];
export type AgendaItem = MeetingDetail['items'][number];

/** What the meeting page hands each of its editable sections (header, agenda). */
export interface MeetingSectionProps {
  meeting: MeetingDetail;
  isEditable: boolean;
  /** Puts a notice on the page (after saving), or clears it. */
  onNotice: (message: Message | null) => void;
}

/** What an agenda item hands each of its parts (documents, minutes). */
export interface ItemPartProps extends Pick<MeetingSectionProps, 'isEditable' | 'onNotice'> {
  meetingId: string;
  item: AgendaItem;
}
export type ItemDocument = AgendaItem['documents'][number];
export type MeetingList = Outputs['meetings']['list'];
export type MeetingSummary = MeetingList['meetings'][number];

/** Editors write meetings, items, documents and minutes; admins approve and delete. */
export const useCanEditMeetings = () => useTenantRole('editor');
export const useCanApproveMinutes = () => useTenantRole('admin');

/** "09:00–12:00", "09:00", or null when no time is set. */
export function meetingTimeText(meeting: { startsAt: string | null; endsAt: string | null }): string | null {
  if (!meeting.startsAt) return meeting.endsAt ? `–${meeting.endsAt}` : null;
  return meeting.endsAt ? `${meeting.startsAt}–${meeting.endsAt}` : meeting.startsAt;
}

const kilobytes = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const megabytes = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** A file's size as Swedes read it: "812 byte", "34 kB", "1,2 MB". */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${kilobytes.format(Math.round(bytes / 1024))} kB`;
  return `${megabytes.format(bytes / (1024 * 1024))} MB`;
}

/** The bytes as base64, in chunks: one String.fromCharCode over 10 MB would overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk)
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  return btoa(binary);
}

/** Meetings grouped by year, latest year first, each year's meetings as listed (latest first). */
export function meetingsByYear<Meeting extends { meetingDate: string }>(
  meetings: readonly Meeting[],
): { year: string; meetings: Meeting[] }[] {
  const groups = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const year = meeting.meetingDate.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), meeting]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, list]) => ({ year, meetings: list }));
}

/** The item's heading: "§ 12 Verksamhetsplan 2020", or the title alone before it is numbered. */
export function itemHeading(item: { paragraph: number | null; title: string }): string {
  return item.paragraph === null ? item.title : `§ ${item.paragraph} ${item.title}`;
}
