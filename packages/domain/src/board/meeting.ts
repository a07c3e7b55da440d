import { z } from 'zod';
import { multiLineText, optionalText, requiredText, singleLineText } from '../text.ts';
import type { ValidationProblem } from '../validation-problem.ts';

/**
 * A meeting of one of the förbund's bodies (issue 21): its header, its agenda items (ärenden) in
 * order with their paragraph (§) and minutes, and the approval of the minutes (justering). The
 * schemas are the API's inputs and the web forms' resolvers alike; every message is a stable key
 * under `boardMeetings.*` shown in Swedish beside its field.
 */

/** planned → held (minutes being written) → approved (the record: locked). */
export const meetingStatuses = ['planned', 'held', 'approved'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/** A time of day as a time input gives it ("09:30"); empty is no time. */
const timeOfDay = (key: string) =>
  z.preprocess(
    blankToNull,
    z
      .string({ error: key })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, key)
      .nullable(),
  );

const meetingFields = {
  meetingDate: z.iso.date({ error: 'boardMeetings.dateInvalid' }),
  startsAt: timeOfDay('boardMeetings.startsAtInvalid'),
  endsAt: timeOfDay('boardMeetings.endsAtInvalid'),
  place: optionalText(singleLineText, 500, 'boardMeetings.placeTooLong'),
  // An online meeting's link (Teams, Zoom): shown in the kallelse, so only web addresses.
  onlineUrl: singleLineText({ typeError: 'boardMeetings.onlineUrlInvalid' })
    .max(2000, 'boardMeetings.onlineUrlInvalid')
    .regex(/^(https?:\/\/\S+)?$/, 'boardMeetings.onlineUrlInvalid'),
  // Protokollförare: often the kansli's administrator, who holds no seat, so a name, not a seat.
  secretary: optionalText(singleLineText, 200, 'boardMeetings.secretaryTooLong'),
};

const checkTimes = (meeting: { startsAt: string | null; endsAt: string | null }, ctx: z.RefinementCtx) => {
  // "HH:MM" texts compare as times; zod runs this even when a time was refused, so only valid ones.
  const valid = (time: string | null) => time !== null && /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
  if (
    valid(meeting.startsAt) &&
    valid(meeting.endsAt) &&
    (meeting.endsAt as string) < (meeting.startsAt as string)
  )
    ctx.addIssue({ code: 'custom', message: 'boardMeetings.endsBeforeStart', path: ['endsAt'] });
};

/** A meeting's header as `meetings.update` edits it (the body stays: the § series is the body's). */
export const meetingHeaderSchema = z.object(meetingFields).superRefine(checkTimes);
export type MeetingHeader = z.output<typeof meetingHeaderSchema>;

/** A new meeting: the body and the header (`meetings.create`, the "Nytt möte" form). */
export const createMeetingSchema = z
  .object({ bodyId: z.uuid({ error: 'boardMeetings.bodyRequired' }), ...meetingFields })
  .superRefine(checkTimes);
export type CreateMeetingInput = z.output<typeof createMeetingSchema>;

/**
 * What an item is about: a plan, an intervention, an application (issue 22) or a period report
 * (issue 23, whose Fastställ offers this item's decision first). 'none': a general matter.
 */
export const itemConcernKinds = ['none', 'plan', 'intervention', 'application', 'report'] as const;
export type ItemConcernKind = (typeof itemConcernKinds)[number];

/** An agenda item's title, description and what it concerns (`meetings.items.add`). */
export const agendaItemSchema = z
  .object({
    title: requiredText(singleLineText, 500, 'boardMeetings.titleRequired', 'boardMeetings.titleTooLong'),
    description: optionalText(multiLineText, 20000, 'boardMeetings.descriptionTooLong'),
    concernsKind: z.enum(itemConcernKinds, { error: 'boardMeetings.concernsInvalid' }).default('none'),
    concernsId: z.preprocess(blankToNull, z.uuid({ error: 'boardMeetings.concernsIdInvalid' }).nullable()),
  })
  .superRefine((item, ctx) => {
    if (item.concernsKind === 'none' && item.concernsId !== null)
      ctx.addIssue({ code: 'custom', message: 'boardMeetings.concernsInvalid', path: ['concernsKind'] });
    if (item.concernsKind !== 'none' && item.concernsId === null)
      ctx.addIssue({ code: 'custom', message: 'boardMeetings.concernsIdRequired', path: ['concernsId'] });
  });
export type AgendaItemInput = z.output<typeof agendaItemSchema>;

/** The paragraph (§) and the minutes' text of an item. */
export const itemMinutesSchema = z.object({
  paragraph: z.preprocess(
    blankToNull,
    z.coerce
      .number({ error: 'boardMeetings.paragraphInvalid' })
      .int('boardMeetings.paragraphInvalid')
      .min(1, 'boardMeetings.paragraphInvalid')
      .max(9999, 'boardMeetings.paragraphInvalid')
      .nullable(),
  ),
  minutes: optionalText(multiLineText, 50000, 'boardMeetings.minutesTooLong'),
});
export type ItemMinutesInput = z.output<typeof itemMinutesSchema>;

/** The approval of the minutes: the date, the chair (ordförande) and at least one adjuster (justerare). */
export const approveMinutesSchema = z.object({
  approvedOn: z.iso.date({ error: 'boardMeetings.approvedOnInvalid' }),
  chairSeatId: z.uuid({ error: 'boardMeetings.chairRequired' }),
  adjusterSeatIds: z
    .array(z.uuid({ error: 'boardMeetings.adjusterInvalid' }), { error: 'boardMeetings.adjusterRequired' })
    .min(1, 'boardMeetings.adjusterRequired')
    .max(10, 'boardMeetings.adjustersTooMany'),
});
export type ApproveMinutesInput = z.output<typeof approveMinutesSchema>;

/**
 * The approval's rules that need the meeting: approved on a date not before the meeting and not
 * after today (Swedish time, the caller's `todayInSweden()`); the chair and every adjuster hold a
 * seat in the body on the meeting date; nobody signs twice.
 */
export function approvalProblems(
  approval: ApproveMinutesInput,
  context: { meetingDate: string; today: string; seatIds: readonly string[] },
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (approval.approvedOn < context.meetingDate)
    problems.push({
      key: 'boardMeetings.approvedBeforeMeeting',
      path: ['approvedOn'],
      params: { meetingDate: context.meetingDate },
    });
  else if (approval.approvedOn > context.today)
    problems.push({ key: 'boardMeetings.approvedInFuture', path: ['approvedOn'] });
  const seated = new Set(context.seatIds);
  if (!seated.has(approval.chairSeatId))
    problems.push({ key: 'boardMeetings.signatoryNotSeated', path: ['chairSeatId'] });
  const seen = new Set([approval.chairSeatId]);
  for (const [index, seatId] of approval.adjusterSeatIds.entries()) {
    if (seen.has(seatId))
      problems.push({ key: 'boardMeetings.signatoryTwice', path: ['adjusterSeatIds', index] });
    else if (!seated.has(seatId))
      problems.push({ key: 'boardMeetings.signatoryNotSeated', path: ['adjusterSeatIds', index] });
    seen.add(seatId);
  }
  return problems;
}

/** One numbered item of a body's meetings, as `nextParagraphs` reads the series. */
export interface ParagraphInSeries {
  meetingId: string;
  bodyId: string;
  meetingDate: string;
  paragraph: number | null;
}

/**
 * The paragraphs (§) for a meeting's items in agenda order. The series runs per body and calendar
 * year: it continues from the highest § of the same body's earlier meetings that year (earlier by
 * date), and starts at 1 with the year's first meeting. Later meetings and other bodies' never
 * count, nor the meeting's own earlier numbering (it is numbered again).
 */
export function nextParagraphs(
  meeting: { id: string; bodyId: string; meetingDate: string },
  itemIds: readonly string[],
  series: readonly ParagraphInSeries[],
): { itemId: string; paragraph: number }[] {
  const year = meeting.meetingDate.slice(0, 4);
  let highest = 0;
  for (const entry of series) {
    const inSeries =
      entry.meetingId !== meeting.id &&
      entry.bodyId === meeting.bodyId &&
      entry.meetingDate.slice(0, 4) === year &&
      entry.meetingDate < meeting.meetingDate;
    if (inSeries && entry.paragraph !== null) highest = Math.max(highest, entry.paragraph);
  }
  return itemIds.map((itemId, index) => ({ itemId, paragraph: highest + index + 1 }));
}

/** "§ 12", or '' for an item not yet numbered. */
export function paragraphText(paragraph: number | null): string {
  return paragraph === null ? '' : `§ ${paragraph}`;
}
