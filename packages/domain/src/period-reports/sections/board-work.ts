import type { BoardWork } from '../../board/board-work.ts';
import type { Block } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import { boldParagraph, bulletList, heading, ok, textParagraphs, unavailable } from './content-format.ts';

/**
 * §2 Styrelsens arbete, drawn from the board's own summary (`boardWork`, issue 21) with its
 * sentences: the board's description and size, its composition (ordinary members and
 * substitutes), its meetings and fees, then each other body that met or has members (arbetsutskott,
 * beredningsgrupp, medlemssamråd …), the kansli and the auditors. A body that neither met nor has
 * anyone in it in the period has nothing to report and is left out.
 */
export function boardWorkSection(work: BoardWork): SourceResult {
  const board = work.board;
  if (!board)
    return unavailable(
      'Förbundet har ingen styrelse registrerad. Registrera styrelsen, dess ledamöter och möten under Styrelse → Organisation och Styrelse → Möten.',
    );
  if (board.ordinary.length === 0 && board.substitutes.length === 0 && board.meetings === 0)
    return unavailable(
      `Styrelsen har varken ledamöter eller möten registrerade för ${work.period.from} – ${work.period.to}. Registrera ledamöterna under Styrelse → Organisation och mötena under Styrelse → Möten.`,
    );
  const blocks: Block[] = [
    ...textParagraphs(board.description),
    ...textParagraphs(board.sizeSentence),
    heading(1, 'Styrelsens sammansättning'),
  ];
  if (board.ordinary.length > 0)
    blocks.push(boldParagraph('Ordinarie ledamöter:'), bulletList(board.ordinary));
  if (board.substitutes.length > 0) blocks.push(boldParagraph('Ersättare:'), bulletList(board.substitutes));
  blocks.push(
    heading(1, 'Styrelsens sammanträden'),
    ...textParagraphs(`${board.meetingsSentence}\n${board.feeSentence}`),
  );
  for (const body of work.bodies) {
    if (body.meetings === 0 && body.members.length === 0) continue;
    blocks.push(heading(1, body.name), ...textParagraphs(body.description));
    // A body its description does not present is presented by its members.
    if (!body.description.trim() && body.members.length > 0) blocks.push(bulletList(body.members));
    blocks.push(...textParagraphs(body.meetingsSentence));
  }
  if (work.office && (work.office.sentence || work.office.description.trim()))
    blocks.push(
      heading(1, work.office.name),
      ...textParagraphs(work.office.sentence ?? work.office.description),
    );
  if (work.auditors && work.auditors.lines.length > 0)
    blocks.push(
      heading(1, work.auditors.name),
      ...textParagraphs(work.auditors.description),
      ...work.auditors.lines.flatMap((line) => textParagraphs(line)),
    );
  return ok(blocks);
}
