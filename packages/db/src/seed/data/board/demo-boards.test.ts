import { describe, expect, it } from 'vitest';
import type { DemoBoard, DemoMeeting } from './demo-board-types.ts';
import { demoBoards } from './demo-boards.ts';

const boardOf = (slug: string): DemoBoard => {
  const board = demoBoards.find((candidate) => candidate.tenantSlug === slug);
  if (!board) throw new Error(`no demo board ${slug}`);
  return board;
};
const gavleborg = boardOf('gavleborg');
const inFirstHalf2019 = (meeting: DemoMeeting) =>
  meeting.date >= '2019-01-01' && meeting.date <= '2019-06-30';
const firstHalfMeetingsOf = (body: string) =>
  gavleborg.meetings.filter((meeting) => meeting.body === body && inFirstHalf2019(meeting));
const seatsOn = (body: string, date: string) =>
  gavleborg.seats.filter(
    (seat) => seat.body === body && seat.fromDate <= date && (seat.toDate === null || seat.toDate >= date),
  );

describe("Gävleborg's demo board reproduces §2 of the half-year report 2019", () => {
  it('has 4 board, 3 working-committee and 3 review-group meetings and one medlemssamråd in 2019-H1', () => {
    expect(firstHalfMeetingsOf('fs')).toHaveLength(4);
    expect(firstHalfMeetingsOf('au')).toHaveLength(3);
    expect(firstHalfMeetingsOf('bg')).toHaveLength(3);
    expect(firstHalfMeetingsOf('ms')).toHaveLength(1);
  });

  it('pays the board exactly 76 627 kr in 2019-H1, and nothing to the officials of FK and AF', () => {
    const attendance = firstHalfMeetingsOf('fs').flatMap((meeting) => meeting.attendance);
    expect(attendance.reduce((sum, entry) => sum + entry.feeOre, 0)).toBe(7_662_700);
    const officials = ['alner-liljedahl', 'g-persson', 'gabrielsson', 'erlandsson'];
    expect(attendance.filter((entry) => officials.includes(entry.person) && entry.feeOre > 0)).toEqual([]);
  });

  it('has eight ordinary members and eight substitutes on the board throughout 2019-H1', () => {
    for (const date of ['2019-01-01', '2019-03-31', '2019-04-01', '2019-06-30']) {
      const seats = seatsOn('fs', date);
      expect(
        seats.filter((seat) => ['chair', 'viceChair', 'member'].includes(seat.role)),
        date,
      ).toHaveLength(8);
      expect(
        seats.filter((seat) => seat.role === 'substitute'),
        date,
      ).toHaveLength(8);
    }
  });

  it('lets a substitute serve at some board meeting, each for an ordinary member absent that day', () => {
    const meetings = firstHalfMeetingsOf('fs');
    const serving = meetings.flatMap((meeting) =>
      meeting.attendance
        .filter((entry) => entry.status === 'serving')
        .map((entry) => ({
          meeting,
          entry,
          absentee: meeting.attendance.find((a) => a.person === entry.servingFor),
        })),
    );
    expect(serving.length).toBeGreaterThanOrEqual(4);
    for (const { absentee } of serving) expect(absentee?.status).toBe('absent');
  });

  it('has the 2016 composition of seven and seven with Ockelbo and Söderhamn co-opted', () => {
    const seats = seatsOn('fs', '2016-02-01');
    expect(seats.filter((seat) => seat.role === 'member')).toHaveLength(7);
    expect(seats.filter((seat) => seat.role === 'substitute')).toHaveLength(7);
    expect(seats.filter((seat) => seat.role === 'coopted').map((seat) => seat.appointer)).toEqual([
      { member: 'Ockelbo kommun' },
      { member: 'Söderhamns kommun' },
    ]);
  });

  it('numbers the board’s paragraphs of 2019 once each, in date order', () => {
    const paragraphs = gavleborg.meetings
      .filter((meeting) => meeting.body === 'fs')
      .toSorted((a, b) => a.date.localeCompare(b.date))
      .flatMap((meeting) => meeting.items.map((item) => item.paragraph));
    expect(paragraphs).toEqual(paragraphs.map((_, index) => index + 1));
  });
});

describe('the demo boards invent no one', () => {
  it('gives Härnösand-Timrå and Insjöriket bodies but no people', () => {
    expect(boardOf('harnosand-timra').bodies.map((body) => body.name)).toEqual([
      'Styrelse',
      'Beredningsgrupp',
      'Utvecklingsgrupp',
      'Verkställande tjänsteman',
    ]);
    expect(boardOf('insjoriket').bodies.map((body) => body.name)).toEqual([
      'Styrelse',
      'Presidium',
      'Beredningsgrupp',
      'Förbundschef',
    ]);
    expect(boardOf('harnosand-timra').people).toEqual([]);
    expect(boardOf('insjoriket').people).toEqual([]);
  });

  it('has no OCR leftovers such as Gavleborg in any text', () => {
    const texts = demoBoards.flatMap((board) => [
      ...board.bodies.flatMap((body) => [body.name, body.description]),
      ...board.people.map((person) => person.name),
      ...board.meetings.flatMap((meeting) =>
        meeting.items.flatMap((item) => [
          item.title,
          item.description,
          item.minutes,
          item.decision?.text ?? '',
        ]),
      ),
    ]);
    for (const text of texts) expect(text).not.toMatch(/Gavleborg|forbund|Forsakring|ersattare|ledamoter/);
  });
});
