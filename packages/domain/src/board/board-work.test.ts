import { describe, expect, it } from 'vitest';
import { kronor } from '../money/ore.ts';
import { gavleborgBoard2019 } from '../testing/gavleborg-board-2019.ts';
import {
  auditorLines,
  type BoardWorkBody,
  type BoardWorkPeriod,
  type BoardWorkSeat,
  boardWork,
  boardWorkPeriod,
  compositionDate,
  definiteBodyName,
  meetingsSentence,
  swedishList,
  swedishNumberWord,
} from './board-work.ts';

const h1 = boardWorkPeriod('2019-H1') as BoardWorkPeriod;

const seat = (
  bodyId: string,
  personName: string,
  party: string,
  role: BoardWorkSeat['role'],
  member: string | { group: 'municipalities' | 'state' } | null,
  title = '',
): BoardWorkSeat => ({
  bodyId,
  personName,
  party,
  role,
  title,
  memberName: typeof member === 'string' ? member : null,
  memberGroup: member !== null && typeof member === 'object' ? member.group : null,
});
const municipalities = { group: 'municipalities' } as const;

// Gävleborg's half-year report 2019, § 2, as the seats hold it.
const seats: BoardWorkSeat[] = [
  seat('fs', 'Tommy Berger', 'S', 'chair', 'Region Gävleborg'),
  seat('fs', 'Kenneth Axling', 'S', 'viceChair', municipalities),
  seat('fs', 'Eva Alner Liljedahl', '', 'member', 'Försäkringskassan'),
  seat('fs', 'Gabriella Persson', '', 'member', 'Arbetsförmedlingen'),
  seat('fs', 'Einar Wängmark', 'S', 'member', 'Ovanåkers kommun'),
  seat('fs', 'Ove Schönning', 'S', 'member', 'Ljusdals kommun'),
  seat('fs', 'Stefan Nybom', 'S', 'member', 'Nordanstigs kommun'),
  seat('fs', 'Marianne Persson', 'C', 'member', 'Söderhamns kommun'),
  seat('fs', 'Angelica Gabrielsson', '', 'substitute', 'Försäkringskassan'),
  seat('fs', 'Jonas Erlandsson', '', 'substitute', 'Arbetsförmedlingen'),
  seat('fs', 'Hans Backman', 'L', 'substitute', 'Region Gävleborg'),
  seat('fs', 'Stefan Grandien', 'S', 'substitute', 'Gävle kommun'),
  seat('fs', 'Henrik Persson', 'S', 'substitute', 'Hudiksvalls kommun'),
  seat('fs', 'Hans-Olov Frestadius', 'S', 'substitute', 'Sandvikens kommun'),
  seat('fs', 'Erika Engberg', 'S', 'substitute', 'Bollnäs kommun'),
  seat('fs', 'Anders Öquist', 'S', 'substitute', 'Ockelbo kommun'),
  seat('au', 'Tommy Berger', 'S', 'chair', 'Region Gävleborg'),
  seat('au', 'Förbundschef', '', 'presenter', null, 'Föredragande förbundschef'),
  seat('rev', 'Joakim Jonsson', '', 'auditor', { group: 'state' }, 'KPMG'),
  seat('rev', 'Nils Westling', '', 'auditor', 'Region Gävleborg', 'PwC'),
  seat('rev', 'Nils Westling', '', 'auditor', municipalities, 'PwC'),
  seat('rev', 'Cecilia Axelsson', '', 'expertAssistant', 'Region Gävleborg', 'PwC'),
  seat('rev', 'Cecilia Axelsson', '', 'expertAssistant', municipalities, 'PwC'),
  seat('kansli', 'Förbundschef', '', 'staff', null, 'Förbundschef 100 %'),
  seat('kansli', 'Verksamhetsutvecklare', '', 'staff', null, 'Verksamhetsutvecklare 100 %'),
  seat('kansli', 'Administratör', '', 'staff', null, 'Administratör 40 %'),
];

const body = (id: string, kind: BoardWorkBody['kind'], name: string, meetingsHeld: number, feeKr = 0) => ({
  id,
  kind,
  name,
  description: '',
  meetingsHeld,
  feeOre: kronor(feeKr),
});
const bodies: BoardWorkBody[] = [
  body('fs', 'board', 'Förbundsstyrelse', 4, 76_627),
  body('au', 'workingCommittee', 'Arbetsutskott', 3),
  body('bg', 'reviewGroup', 'Beredningsgrupp', 3),
  body('scg', 'strategicGroup', 'Strategisk chefsgrupp', 0),
  body('rev', 'auditors', 'Revisorer', 0),
  body('kansli', 'office', 'Kansli', 0),
  body('ms', 'other', 'Medlemssamråd', 1),
];

// The seed prints "Ljusdal kommun"; the member's name is Ljusdals kommun. Its fee line has two
// spaces ("76 627  kr"); Samsyn writes one no-break space before the unit.
const normalise = (line: string) => line.replace(/\s+/g, ' ').trim();

describe('boardWork reproduces § 2 "Styrelsens arbete" of Gävleborg’s half-year report 2019', () => {
  const work = boardWork({ period: h1, bodies, seats });

  it('has the heading, the board’s size and its composition lines as printed', () => {
    expect(work.heading).toBe('Styrelsens arbete 2019-01-01 – 2019-06-30');
    expect(work.board?.sizeSentence).toBe('Styrelsen består av åtta ordinarie ledamöter och åtta ersättare.');
    expect(work.board?.ordinary).toEqual(gavleborgBoard2019.ordinary);
    expect(work.board?.substitutes).toEqual(gavleborgBoard2019.substitutes);
  });

  it('says the board’s meetings and fees in the report’s words', () => {
    expect(work.board?.meetingsSentence).toBe('Styrelsen har under perioden haft 4 möten.');
    expect(normalise(work.board?.feeSentence ?? '')).toBe(
      normalise('Utbetalda arvoden till styrelsen för perioden har uppgått till 76 627  kr.'),
    );
    expect(work.board?.feeOre).toBe(7_662_700);
  });

  it('counts the other bodies’ meetings as the report does', () => {
    expect(work.bodies.map((other) => other.meetingsSentence)).toEqual([
      'Arbetsutskottet har haft 3 möten under första halvåret 2019.',
      'Beredningsgruppen har träffats 3 gånger under perioden.',
      'Strategisk chefsgrupp har haft 0 möten under första halvåret 2019.',
      'Samordningsförbundet har genomfört ett medlemssamråd under perioden.',
    ]);
    expect(work.bodies[0]?.members).toEqual([
      'Tommy Berger (S) ordförande - Region Gävleborg',
      'Förbundschef föredragande',
    ]);
  });

  it('describes the kansli and the auditors per appointing party', () => {
    expect(work.office?.sentence).toBe(
      'Förbundets kansli består av förbundschef 100 %, verksamhetsutvecklare 100 % och administratör 40 %.',
    );
    expect(work.auditors?.lines).toEqual([
      'För staten: Joakim Jonsson, KPMG',
      'För Region Gävleborg och länets kommuner: Nils Westling och sakkunnigt biträde Cecilia Axelsson, PwC',
    ]);
  });

  it('has no board and no office or auditors for a förbund without bodies', () => {
    expect(boardWork({ period: h1, bodies: [], seats: [] })).toEqual({
      period: h1,
      heading: 'Styrelsens arbete 2019-01-01 – 2019-06-30',
      board: null,
      bodies: [],
      office: null,
      auditors: null,
    });
  });

  it('writes one member and no meetings in the singular and the negative', () => {
    const small = boardWork({
      period: h1,
      bodies: [body('s', 'board', 'Styrelse', 0)],
      seats: [
        seat('s', 'A', '', 'chair', 'Försäkringskassan'),
        seat('s', 'B', '', 'substitute', 'Försäkringskassan'),
      ],
    });
    expect(small.board?.sizeSentence).toBe('Styrelsen består av en ordinarie ledamot och en ersättare.');
    expect(small.board?.meetingsSentence).toBe('Styrelsen har inte haft något möte under perioden.');
    expect(small.board?.feeSentence).toBe(
      'Utbetalda arvoden till styrelsen för perioden har uppgått till 0\u00a0kr.',
    );
  });
});

describe('Swedish number words and lists', () => {
  it('writes 1–20 in words, in the common or the neuter gender for one', () => {
    const oneToTwenty =
      'en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo';
    expect(Array.from({ length: 20 }, (_, index) => swedishNumberWord(index + 1))).toEqual(
      oneToTwenty.split(' '),
    );
    expect(swedishNumberWord(1, 'neuter')).toBe('ett');
    expect(swedishNumberWord(0)).toBe('noll');
    expect(swedishNumberWord(21)).toBe('21');
    expect(() => swedishNumberWord(-1)).toThrow(RangeError);
    expect(() => swedishNumberWord(1.5)).toThrow(RangeError);
  });

  it('joins a list with commas and "och"', () => {
    expect(swedishList([])).toBe('');
    expect(swedishList(['a'])).toBe('a');
    expect(swedishList(['a', 'b'])).toBe('a och b');
    expect(swedishList(['a', 'b', 'c'])).toBe('a, b och c');
  });

  it('gives a body’s name its definite form where the ending is known', () => {
    expect(definiteBodyName('Arbetsutskott')).toBe('Arbetsutskottet');
    expect(definiteBodyName('Beredningsgrupp')).toBe('Beredningsgruppen');
    expect(definiteBodyName('Presidium')).toBe('Presidiet');
    expect(definiteBodyName('Utvecklingsgrupp')).toBe('Utvecklingsgruppen');
    expect(definiteBodyName('Strategisk chefsgrupp')).toBe('Strategisk chefsgrupp');
    expect(definiteBodyName('Revision')).toBe('Revision');
  });
});

describe('periods', () => {
  it('reads half-years and years, and nothing else', () => {
    expect(boardWorkPeriod('2019-H1')).toEqual({
      period: '2019-H1',
      year: 2019,
      half: 1,
      from: '2019-01-01',
      to: '2019-06-30',
    });
    expect(boardWorkPeriod('2019-H2')).toMatchObject({ from: '2019-07-01', to: '2019-12-31' });
    expect(boardWorkPeriod('2019')).toMatchObject({ half: null, from: '2019-01-01', to: '2019-12-31' });
    for (const bad of ['2019-06', '2019-H3', '19', '1999', '2019-h1', ''])
      expect(boardWorkPeriod(bad), bad).toBeNull();
  });

  it('reads the composition on the period’s last day, or today while it runs', () => {
    expect(compositionDate(h1, '2026-12-04')).toBe('2019-06-30');
    expect(compositionDate(h1, '2019-03-15')).toBe('2019-03-15');
    expect(compositionDate(h1, '2018-12-31')).toBe('2019-06-30');
  });

  it('words the working committee’s meetings per period', () => {
    const year = boardWorkPeriod('2019') as BoardWorkPeriod;
    const h2 = boardWorkPeriod('2019-H2') as BoardWorkPeriod;
    const au = { kind: 'workingCommittee' as const, name: 'Arbetsutskott', meetingsHeld: 1 };
    expect(meetingsSentence(au, year)).toBe('Arbetsutskottet har haft 1 möte under 2019.');
    expect(meetingsSentence(au, h2)).toBe('Arbetsutskottet har haft 1 möte under andra halvåret 2019.');
    expect(meetingsSentence({ kind: 'reviewGroup', name: 'Beredningsgrupp', meetingsHeld: 1 }, h2)).toBe(
      'Beredningsgruppen har träffats 1 gång under perioden.',
    );
    expect(meetingsSentence({ kind: 'other', name: 'Medlemssamråd', meetingsHeld: 0 }, h2)).toBe(
      'Samordningsförbundet har inte genomfört något medlemssamråd under perioden.',
    );
  });

  it('names an auditor without a party without "För"', () => {
    expect(auditorLines([seat('rev', 'A', '', 'auditor', null, 'EY')])).toEqual(['A, EY']);
    expect(
      auditorLines([seat('rev', 'A', '', 'auditor', 'X', 'EY'), seat('rev', 'B', '', 'auditor', 'X', 'PwC')]),
    ).toEqual(['För X: A, EY och B, PwC']);
  });
});
