import { describe, expect, it } from 'vitest';
import { schemaProblems as problemsOf } from '../testing/schema-problems.ts';
import {
  agendaItemSchema,
  approvalProblems,
  approveMinutesSchema,
  createMeetingSchema,
  itemMinutesSchema,
  meetingHeaderSchema,
  nextParagraphs,
  paragraphText,
} from './meeting.ts';

const body = '6f1c3a52-1d7e-4c9b-9a43-0e6a1c2b3d4e';
const header = {
  meetingDate: '2019-02-15',
  startsAt: '09:00',
  endsAt: '12:00',
  place: 'Kommunhuset, Gävle',
  onlineUrl: '',
  secretary: 'Anna Administratör',
};

describe('the meeting header', () => {
  it('accepts a board meeting with body, date, times and place', () => {
    expect(createMeetingSchema.parse({ bodyId: body, ...header })).toEqual({ bodyId: body, ...header });
  });

  it('takes empty times as no time', () => {
    expect(meetingHeaderSchema.parse({ ...header, startsAt: '', endsAt: '' })).toMatchObject({
      startsAt: null,
      endsAt: null,
    });
  });

  it('refuses an end before the start, beside the end', () => {
    expect(problemsOf(meetingHeaderSchema, { ...header, startsAt: '13:00' })).toEqual([
      'endsAt:boardMeetings.endsBeforeStart',
    ]);
  });

  it('names each bad field with its own key', () => {
    expect(
      problemsOf(createMeetingSchema, {
        ...header,
        bodyId: '',
        meetingDate: '2019-02-30',
        startsAt: '25:00',
        onlineUrl: 'javascript:alert(1)',
      }),
    ).toEqual([
      'bodyId:boardMeetings.bodyRequired',
      'meetingDate:boardMeetings.dateInvalid',
      'startsAt:boardMeetings.startsAtInvalid',
      'onlineUrl:boardMeetings.onlineUrlInvalid',
    ]);
  });
});

describe('an agenda item', () => {
  const plan = '0b7e7a1e-5a7c-4c55-8f5e-2f1f6f0a9b11';

  it('is a general matter unless it concerns something', () => {
    expect(agendaItemSchema.parse({ title: 'Ekonomisk rapport', description: '' })).toEqual({
      title: 'Ekonomisk rapport',
      description: '',
      concernsKind: 'none',
      concernsId: null,
    });
  });

  it('links a plan by id', () => {
    expect(
      agendaItemSchema.parse({
        title: 'Verksamhetsplan',
        description: '',
        concernsKind: 'plan',
        concernsId: plan,
      }),
    ).toMatchObject({ concernsKind: 'plan', concernsId: plan });
  });

  it('wants the id of what it concerns, and no id for a general matter', () => {
    expect(
      problemsOf(agendaItemSchema, {
        title: 'x',
        description: '',
        concernsKind: 'intervention',
        concernsId: '',
      }),
    ).toEqual(['concernsId:boardMeetings.concernsIdRequired']);
    expect(
      problemsOf(agendaItemSchema, { title: 'x', description: '', concernsKind: 'none', concernsId: plan }),
    ).toEqual(['concernsKind:boardMeetings.concernsInvalid']);
  });

  it('refuses an empty title', () => {
    expect(problemsOf(agendaItemSchema, { title: '  ', description: '' })).toEqual([
      'title:boardMeetings.titleRequired',
    ]);
  });

  it('takes a typed paragraph and an empty one as not numbered', () => {
    expect(itemMinutesSchema.parse({ paragraph: '12', minutes: 'Styrelsen beslutar' })).toEqual({
      paragraph: 12,
      minutes: 'Styrelsen beslutar',
    });
    expect(itemMinutesSchema.parse({ paragraph: '', minutes: '' })).toEqual({ paragraph: null, minutes: '' });
    expect(problemsOf(itemMinutesSchema, { paragraph: '0', minutes: '' })).toEqual([
      'paragraph:boardMeetings.paragraphInvalid',
    ]);
  });

  it('prints its paragraph as "§ 12"', () => {
    expect(paragraphText(12)).toBe('§ 12');
    expect(paragraphText(null)).toBe('');
  });
});

describe('nextParagraphs', () => {
  const meeting = { id: 'm3', bodyId: 'board', meetingDate: '2019-06-14' };
  const series = [
    { meetingId: 'm1', bodyId: 'board', meetingDate: '2019-02-15', paragraph: 1 },
    { meetingId: 'm1', bodyId: 'board', meetingDate: '2019-02-15', paragraph: 7 },
    { meetingId: 'm2', bodyId: 'board', meetingDate: '2019-04-26', paragraph: 12 },
    { meetingId: 'm2', bodyId: 'board', meetingDate: '2019-04-26', paragraph: null },
    // Another body, another year and a later meeting have series of their own.
    { meetingId: 'au', bodyId: 'committee', meetingDate: '2019-05-10', paragraph: 40 },
    { meetingId: 'old', bodyId: 'board', meetingDate: '2018-12-07', paragraph: 55 },
    { meetingId: 'later', bodyId: 'board', meetingDate: '2019-09-20', paragraph: 30 },
    // The meeting's own earlier numbering is replaced.
    { meetingId: 'm3', bodyId: 'board', meetingDate: '2019-06-14', paragraph: 20 },
  ];

  it("continues from the highest § of the body's earlier meetings that year", () => {
    expect(nextParagraphs(meeting, ['a', 'b', 'c'], series)).toEqual([
      { itemId: 'a', paragraph: 13 },
      { itemId: 'b', paragraph: 14 },
      { itemId: 'c', paragraph: 15 },
    ]);
  });

  it("starts at 1 with the year's first meeting", () => {
    expect(nextParagraphs({ ...meeting, meetingDate: '2019-01-10' }, ['a', 'b'], series)).toEqual([
      { itemId: 'a', paragraph: 1 },
      { itemId: 'b', paragraph: 2 },
    ]);
  });

  it('starts a new series in a new year', () => {
    expect(nextParagraphs({ ...meeting, meetingDate: '2020-02-01' }, ['a'], series)).toEqual([
      { itemId: 'a', paragraph: 1 },
    ]);
    expect(nextParagraphs({ ...meeting, meetingDate: '2018-12-20' }, ['a'], series)).toEqual([
      { itemId: 'a', paragraph: 56 },
    ]);
  });
});

describe('approving the minutes', () => {
  const chair = '11111111-1111-4111-8111-111111111111';
  const adjuster = '22222222-2222-4222-8222-222222222222';
  const stranger = '33333333-3333-4333-8333-333333333333';
  const context = { meetingDate: '2019-02-15', today: '2019-03-01', seatIds: [chair, adjuster] };
  const approval = { approvedOn: '2019-02-20', chairSeatId: chair, adjusterSeatIds: [adjuster] };

  it('accepts the chair and an adjuster of the body on a date between the meeting and today', () => {
    expect(approvalProblems(approval, context)).toEqual([]);
    expect(approvalProblems({ ...approval, approvedOn: '2019-02-15' }, context)).toEqual([]);
    expect(approvalProblems({ ...approval, approvedOn: '2019-03-01' }, context)).toEqual([]);
  });

  it('refuses a date before the meeting or in the future', () => {
    expect(approvalProblems({ ...approval, approvedOn: '2019-02-14' }, context)).toEqual([
      {
        key: 'boardMeetings.approvedBeforeMeeting',
        path: ['approvedOn'],
        params: { meetingDate: '2019-02-15' },
      },
    ]);
    expect(approvalProblems({ ...approval, approvedOn: '2019-03-02' }, context)).toEqual([
      { key: 'boardMeetings.approvedInFuture', path: ['approvedOn'] },
    ]);
  });

  it('refuses signatories without a seat in the body that day, and anyone signing twice', () => {
    expect(
      approvalProblems(
        { ...approval, chairSeatId: stranger, adjusterSeatIds: [adjuster, stranger] },
        context,
      ),
    ).toEqual([
      { key: 'boardMeetings.signatoryNotSeated', path: ['chairSeatId'] },
      { key: 'boardMeetings.signatoryTwice', path: ['adjusterSeatIds', 1] },
    ]);
    expect(approvalProblems({ ...approval, adjusterSeatIds: [chair] }, context)).toEqual([
      { key: 'boardMeetings.signatoryTwice', path: ['adjusterSeatIds', 0] },
    ]);
  });

  it('wants at least one adjuster', () => {
    expect(problemsOf(approveMinutesSchema, { ...approval, adjusterSeatIds: [] })).toEqual([
      'adjusterSeatIds:boardMeetings.adjusterRequired',
    ]);
  });
});
