import { describe, expect, it } from 'vitest';
import { type BoardWorkSeat, boardWork, boardWorkPeriod } from '../../board/board-work.ts';
import type { Ore } from '../../money/ore.ts';
import { blocksToPlainText } from '../blocks.ts';
import { boardWorkSection } from './board-work.ts';

const period = boardWorkPeriod('2019-H1');
if (!period) throw new Error('period');
const seat = (personName: string, party: string, role: BoardWorkSeat['role'], memberName: string | null) => ({
  bodyId: 'fs',
  personName,
  party,
  role,
  title: '',
  memberName,
  memberGroup: memberName ? null : ('municipalities' as const),
});
const body = (
  id: string,
  kind: 'board' | 'workingCommittee' | 'strategicGroup',
  name: string,
  meetingsHeld: number,
) => ({
  id,
  kind,
  name,
  description: '',
  meetingsHeld,
  feeOre: (kind === 'board' ? 7_662_700 : 0) as Ore,
});

describe('boardWorkSection (§2 Styrelsens arbete)', () => {
  const work = boardWork({
    period,
    bodies: [
      body('fs', 'board', 'Förbundsstyrelse', 4),
      body('au', 'workingCommittee', 'Arbetsutskott', 3),
      body('scg', 'strategicGroup', 'Strategisk chefsgrupp', 0),
    ],
    seats: [
      seat('Tommy Berger', 'S', 'chair', 'Region Gävleborg'),
      seat('Kenneth Axling', 'S', 'viceChair', null),
      seat('Angelica Gabrielsson', '', 'substitute', 'Försäkringskassan'),
    ],
  });

  it('prints the composition, the four meetings and the fees in § 2’s sentences, without a body that never met', () => {
    const result = boardWorkSection(work);
    if (result.status !== 'ok') throw new Error('expected content');
    expect(blocksToPlainText(result.blocks).replace(/\u00a0/g, ' ')).toBe(
      [
        'Styrelsen består av två ordinarie ledamöter och en ersättare.',
        'Styrelsens sammansättning',
        'Ordinarie ledamöter:',
        'Tommy Berger (S) ordförande - Region Gävleborg',
        'Kenneth Axling (S) vice ordförande - Kommunerna',
        'Ersättare:',
        'Angelica Gabrielsson - Försäkringskassan',
        'Styrelsens sammanträden',
        'Styrelsen har under perioden haft 4 möten.',
        'Utbetalda arvoden till styrelsen för perioden har uppgått till 76 627 kr.',
        'Arbetsutskott',
        'Arbetsutskottet har haft 3 möten under första halvåret 2019.',
      ].join('\n'),
    );
  });

  it('asks for the board when the förbund has none, and for seats or meetings when it has neither', () => {
    expect(boardWorkSection({ ...work, board: null }).status).toBe('unavailable');
    const empty = boardWork({ period, bodies: [body('fs', 'board', 'Förbundsstyrelse', 0)], seats: [] });
    expect(boardWorkSection(empty)).toEqual({
      status: 'unavailable',
      reason:
        'Styrelsen har varken ledamöter eller möten registrerade för 2019-01-01 – 2019-06-30. Registrera ledamöterna under Styrelse → Organisation och mötena under Styrelse → Möten.',
    });
  });
});
