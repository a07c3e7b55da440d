import { z } from 'zod';
import { formatMoney } from '../money/format-money.ts';
import type { Ore } from '../money/ore.ts';
import type { BodyKind, MemberGroup, SeatHolder, SeatRole } from './board.ts';
import { isOrdinaryRole } from './board.ts';

/**
 * "Styrelsens arbete" for a period (issue 21, item 7): the board's composition, its meetings and
 * fees, the other bodies' meetings, the kansli and the auditors, in the sentences the förbund's
 * half-year and annual reports print them (Gävleborg's half-year report 2019, § 2). Pure: the API
 * reads the seats, meetings and fees and this turns them into the report's text; the report issue
 * (23) embeds the same text.
 */

/** A period of the summary: a half-year ('2019-H1') or a year ('2019'). */
export const boardWorkPeriodSchema = z
  .string({ error: 'boardWork.periodInvalid' })
  .regex(/^(20\d\d|2100)(-H[12])?$/, 'boardWork.periodInvalid');

export interface BoardWorkPeriod {
  period: string;
  year: number;
  half: 1 | 2 | null;
  from: string;
  to: string;
}

/** The first and last day of a valid period; null for anything else. */
export function boardWorkPeriod(period: string): BoardWorkPeriod | null {
  if (!boardWorkPeriodSchema.safeParse(period).success) return null;
  const year = Number(period.slice(0, 4));
  const half = period.endsWith('-H1') ? 1 : period.endsWith('-H2') ? 2 : null;
  return {
    period,
    year,
    half,
    from: half === 2 ? `${year}-07-01` : `${year}-01-01`,
    to: half === 1 ? `${year}-06-30` : `${year}-12-31`,
  };
}

/**
 * The date the composition is read on: the period's last day, or today while the period is
 * running (a seat that ends after today is still the board's now, one that starts later is not).
 */
export function compositionDate(period: BoardWorkPeriod, today: string): string {
  return today >= period.from && today < period.to ? today : period.to;
}

const numberWords = [
  'noll',
  'en',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
  'tretton',
  'fjorton',
  'femton',
  'sexton',
  'sjutton',
  'arton',
  'nitton',
  'tjugo',
] as const;

/**
 * A count in Swedish words as reports write them (0–20: "åtta"; above: digits). "En" goes with
 * common-gender nouns (en ledamot), "ett" with neuter ones (ett medlemssamråd).
 */
export function swedishNumberWord(count: number, gender: 'common' | 'neuter' = 'common'): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('swedishNumberWord: a whole number ≥ 0');
  if (count === 1) return gender === 'neuter' ? 'ett' : 'en';
  return numberWords[count] ?? String(count);
}

/** One seat at the composition date, as `readSeatsOn` reads it. */
export interface BoardWorkSeat extends SeatHolder {
  bodyId: string;
}

/** A body with its meetings held in the period (planned ones not counted) and its fees. */
export interface BoardWorkBody {
  id: string;
  kind: BodyKind;
  name: string;
  description: string;
  meetingsHeld: number;
  feeOre: Ore;
}

export interface BoardWorkInput {
  period: BoardWorkPeriod;
  /** In the bodies' order. */
  bodies: readonly BoardWorkBody[];
  /** In `readSeatsOn`'s order (body, role, position). */
  seats: readonly BoardWorkSeat[];
}

export interface BoardWorkBoard {
  bodyId: string;
  name: string;
  description: string;
  /** "Styrelsen består av åtta ordinarie ledamöter och åtta ersättare." */
  sizeSentence: string;
  ordinary: string[];
  substitutes: string[];
  meetings: number;
  meetingsSentence: string;
  feeOre: Ore;
  feeSentence: string;
}

export interface BoardWorkOtherBody {
  bodyId: string;
  kind: BodyKind;
  name: string;
  description: string;
  meetings: number;
  meetingsSentence: string;
  feeOre: Ore;
  /** Its seats as composition lines ("Tommy Berger (S) ordförande - Region Gävleborg"). */
  members: string[];
}

export interface BoardWork {
  period: BoardWorkPeriod;
  /** "Styrelsens arbete 2019-01-01 – 2019-06-30" */
  heading: string;
  /** Null: the förbund has no body of kind board yet. */
  board: BoardWorkBoard | null;
  /** Working committee, review group, strategic group and others, in the bodies' order. */
  bodies: BoardWorkOtherBody[];
  office: { bodyId: string; name: string; description: string; sentence: string | null } | null;
  auditors: { bodyId: string; name: string; description: string; lines: string[] } | null;
}

const roleWords: Partial<Record<SeatRole, string>> = {
  chair: 'ordförande',
  viceChair: 'vice ordförande',
  coopted: 'adjungerad',
  presenter: 'föredragande',
  expertAssistant: 'sakkunnigt biträde',
};

const groupNames: Record<MemberGroup, string> = { municipalities: 'Kommunerna', state: 'Staten' };

/** Whom a seat represents, as § 2 writes it: the member, or "Kommunerna" for the group. */
const representing = (seat: BoardWorkSeat): string =>
  seat.memberName ?? (seat.memberGroup ? groupNames[seat.memberGroup] : '');

/** "Tommy Berger (S) ordförande - Region Gävleborg", "Eva Alner Liljedahl - Försäkringskassan". */
export function compositionLine(seat: BoardWorkSeat): string {
  const party = seat.party ? ` (${seat.party})` : '';
  const role = roleWords[seat.role] ?? (seat.role === 'staff' ? seat.title : '');
  const who = representing(seat);
  return `${seat.personName}${party}${role ? ` ${role}` : ''}${who ? ` - ${who}` : ''}`;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** "under första halvåret 2019", "under andra halvåret 2019", "under 2019". */
function periodPhrase(period: BoardWorkPeriod): string {
  if (period.half === 1) return `under första halvåret ${period.year}`;
  if (period.half === 2) return `under andra halvåret ${period.year}`;
  return `under ${period.year}`;
}

/** "Arbetsutskott" → "Arbetsutskottet"; a name of several words or an unknown ending stays as it is. */
export function definiteBodyName(name: string): string {
  if (/\s/.test(name.trim())) return name;
  const endings: ReadonlyArray<[RegExp, string]> = [
    [/utskott$/i, 'utskottet'],
    [/grupp$/i, 'gruppen'],
    [/ium$/i, 'iet'],
    [/råd$/i, 'rådet'],
    [/styrelse$/i, 'styrelsen'],
    [/kansli$/i, 'kansliet'],
  ];
  for (const [ending, definite] of endings) if (ending.test(name)) return name.replace(ending, definite);
  return name;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('sv-SE') + text.slice(1);

/** An enumeration in Swedish: "a", "a och b", "a, b och c". */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

function boardOf(body: BoardWorkBody, seats: readonly BoardWorkSeat[]): BoardWorkBoard {
  const ordinary = seats.filter((seat) => isOrdinaryRole(seat.role));
  const substitutes = seats.filter((seat) => seat.role === 'substitute');
  const ordinaryCount = ordinary.length;
  const substituteCount = substitutes.length;
  const sizeSentence =
    `Styrelsen består av ${swedishNumberWord(ordinaryCount)} ordinarie ${plural(ordinaryCount, 'ledamot', 'ledamöter')}` +
    ` och ${swedishNumberWord(substituteCount)} ersättare.`;
  const meetingsSentence =
    body.meetingsHeld === 0
      ? 'Styrelsen har inte haft något möte under perioden.'
      : `Styrelsen har under perioden haft ${body.meetingsHeld} ${plural(body.meetingsHeld, 'möte', 'möten')}.`;
  return {
    bodyId: body.id,
    name: body.name,
    description: body.description,
    sizeSentence,
    ordinary: ordinary.map(compositionLine),
    substitutes: substitutes.map(compositionLine),
    meetings: body.meetingsHeld,
    meetingsSentence,
    feeOre: body.feeOre,
    feeSentence: `Utbetalda arvoden till styrelsen för perioden har uppgått till ${formatMoney(body.feeOre)}.`,
  };
}

/** § 2's sentence on a body's meetings, in the wording the report uses for its kind. */
export function meetingsSentence(
  body: Pick<BoardWorkBody, 'kind' | 'name' | 'meetingsHeld'>,
  period: BoardWorkPeriod,
) {
  const count = body.meetingsHeld;
  const subject = definiteBodyName(body.name);
  if (body.kind === 'other' && /samråd$/i.test(body.name)) {
    const name = lowerFirst(body.name);
    return count === 0
      ? `Samordningsförbundet har inte genomfört något ${name} under perioden.`
      : `Samordningsförbundet har genomfört ${swedishNumberWord(count, 'neuter')} ${name} under perioden.`;
  }
  if (body.kind === 'reviewGroup')
    return `${subject} har träffats ${count} ${plural(count, 'gång', 'gånger')} under perioden.`;
  return `${subject} har haft ${count} ${plural(count, 'möte', 'möten')} ${periodPhrase(period)}.`;
}

/** "Förbundets kansli består av förbundschef 100 %, verksamhetsutvecklare 100 % och administratör 40 %." */
function officeSentence(seats: readonly BoardWorkSeat[]): string | null {
  if (seats.length === 0) return null;
  const staff = seats.map((seat) => lowerFirst(seat.title || seat.personName));
  return `Förbundets kansli består av ${swedishList(staff)}.`;
}

interface AuditorPerson {
  name: string;
  role: SeatRole;
  /** The seat's title: the audit firm ("KPMG"). */
  firm: string;
  parties: string[];
}

const appointerNames: Record<MemberGroup, string> = { municipalities: 'länets kommuner', state: 'staten' };

/**
 * One line per appointing party, as § 2 prints them: "För staten: Joakim Jonsson, KPMG", "För
 * Region Gävleborg och länets kommuner: Nils Westling och sakkunnigt biträde Cecilia Axelsson,
 * PwC". A person appointed by several parties holds one seat per party; they are one name here.
 */
export function auditorLines(seats: readonly BoardWorkSeat[]): string[] {
  const people = new Map<string, AuditorPerson>();
  for (const seat of seats) {
    if (seat.role !== 'auditor' && seat.role !== 'expertAssistant') continue;
    const party = seat.memberName ?? (seat.memberGroup ? appointerNames[seat.memberGroup] : '');
    const person = people.get(seat.personName) ?? {
      name: seat.personName,
      role: seat.role,
      firm: seat.title,
      parties: [],
    };
    if (party && !person.parties.includes(party)) person.parties.push(party);
    people.set(seat.personName, person);
  }
  const groups = new Map<string, AuditorPerson[]>();
  for (const person of people.values()) {
    const key = swedishList(person.parties);
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  return [...groups].map(([parties, members]) => {
    const sameFirm = members.every((member) => member.firm === members[0]?.firm);
    const names = members.map((member) => {
      const role = member.role === 'expertAssistant' ? 'sakkunnigt biträde ' : '';
      return `${role}${member.name}${!sameFirm && member.firm ? `, ${member.firm}` : ''}`;
    });
    const firm = sameFirm && members[0]?.firm ? `, ${members[0].firm}` : '';
    return `${parties ? `För ${parties}: ` : ''}${swedishList(names)}${firm}`;
  });
}

/** The summary of a period from its bodies, meetings, fees and the seats at the composition date. */
export function boardWork({ period, bodies, seats }: BoardWorkInput): BoardWork {
  const seatsOf = (bodyId: string) => seats.filter((seat) => seat.bodyId === bodyId);
  const boardBody = bodies.find((body) => body.kind === 'board');
  const office = bodies.find((body) => body.kind === 'office');
  const auditors = bodies.find((body) => body.kind === 'auditors');
  return {
    period,
    heading: `Styrelsens arbete ${period.from} – ${period.to}`,
    board: boardBody ? boardOf(boardBody, seatsOf(boardBody.id)) : null,
    bodies: bodies
      .filter(
        (body) =>
          !['board', 'office', 'auditors'].includes(body.kind) ||
          (body.kind === 'board' && body !== boardBody),
      )
      .map((body) => ({
        bodyId: body.id,
        kind: body.kind,
        name: body.name,
        description: body.description,
        meetings: body.meetingsHeld,
        meetingsSentence: meetingsSentence(body, period),
        feeOre: body.feeOre,
        members: seatsOf(body.id).map(compositionLine),
      })),
    office: office
      ? {
          bodyId: office.id,
          name: office.name,
          description: office.description,
          sentence: officeSentence(seatsOf(office.id)),
        }
      : null,
    auditors: auditors
      ? {
          bodyId: auditors.id,
          name: auditors.name,
          description: auditors.description,
          lines: auditorLines(seatsOf(auditors.id)),
        }
      : null,
  };
}
