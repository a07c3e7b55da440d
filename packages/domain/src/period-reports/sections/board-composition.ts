import type { BodyKind } from '../../board/board.ts';
import { isOrdinaryRole } from '../../board/board.ts';
import { auditorLines, type BoardWorkSeat, compositionLine } from '../../board/board-work.ts';
import type { Block } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import {
  boldParagraph,
  bulletList,
  heading,
  lowerFirst,
  ok,
  textParagraphs,
  unavailable,
} from './content-format.ts';

export interface ReportBody {
  id: string;
  kind: BodyKind;
  name: string;
  description: string;
}

export interface BoardCompositionSectionInput {
  /** The förbund's bodies in their order. */
  bodies: readonly ReportBody[];
  /** The seats held on `date`, in `readSeatsOn`'s order. */
  seats: readonly BoardWorkSeat[];
  /** The period's first day. */
  date: string;
}

function bodyBlocks(body: ReportBody, seats: readonly BoardWorkSeat[]): Block[] {
  const blocks: Block[] = [heading(1, body.name), ...textParagraphs(body.description)];
  if (body.kind === 'board') {
    const ordinary = seats.filter((seat) => isOrdinaryRole(seat.role));
    const substitutes = seats.filter((seat) => seat.role === 'substitute');
    const others = seats.filter((seat) => !isOrdinaryRole(seat.role) && seat.role !== 'substitute');
    if (ordinary.length > 0)
      blocks.push(boldParagraph('Ordinarie ledamöter:'), bulletList(ordinary.map(compositionLine)));
    if (substitutes.length > 0)
      blocks.push(boldParagraph('Ersättare:'), bulletList(substitutes.map(compositionLine)));
    if (others.length > 0) blocks.push(boldParagraph('Övriga:'), bulletList(others.map(compositionLine)));
  } else if (body.kind === 'auditors') {
    blocks.push(...auditorLines(seats).flatMap((line) => textParagraphs(line)));
  } else if (body.kind === 'office') {
    blocks.push(bulletList(seats.map((seat) => seat.title || seat.personName).map(lowerFirst)));
  } else if (seats.length > 0) {
    blocks.push(bulletList(seats.map(compositionLine)));
  }
  return blocks;
}

/**
 * The plan's §6 Arbetsorganisation: the förbund's bodies as they stand on the period's first day —
 * the board's ordinary members and substitutes with whom they represent, the arbetsutskott and the
 * other bodies with their members, the kansli and the auditors — each under its own heading.
 */
export function boardCompositionSection(input: BoardCompositionSectionInput): SourceResult {
  if (input.bodies.length === 0)
    return unavailable(
      'Förbundet har inga organ registrerade. Registrera styrelse, arbetsutskott, kansli och revisorer under Styrelse → Organisation.',
    );
  const blocks = input.bodies.flatMap((body) => {
    const seats = input.seats.filter((seat) => seat.bodyId === body.id);
    // A body nobody sits in and nothing describes would be a bare heading.
    if (seats.length === 0 && !body.description.trim()) return [];
    return bodyBlocks(body, seats);
  });
  if (input.seats.length === 0)
    blocks.push({
      type: 'notice',
      tone: 'unavailable',
      text: `Inga ledamöter är registrerade den ${input.date}. Registrera dem under Styrelse → Organisation.`,
    });
  return ok(blocks);
}
