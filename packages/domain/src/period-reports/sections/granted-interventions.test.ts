import { describe, expect, it } from 'vitest';
import type { Ore } from '../../money/ore.ts';
import { blocksToPlainText } from '../blocks.ts';
import { grantedInterventionsSection } from './granted-interventions.ts';

const kr = (amount: number) => (amount * 100) as Ore;

describe('grantedInterventionsSection (Beviljade insatser 2020)', () => {
  it('lists the agreements that bind money in the year, as the plan’s §8 introduces them', () => {
    const result = grantedInterventionsSection({
      year: 2020,
      rows: [
        {
          title: 'Lokala samverkansgrupper (MYSAM)',
          leadName: 'Försäkringskassan',
          partyNames: [],
          yearAmountOre: kr(550_000),
        },
        {
          title: 'Förstudie pröva vägar vidare, Bollnäs',
          leadName: null,
          partyNames: [],
          yearAmountOre: kr(400_000),
        },
      ],
      totalOre: kr(950_000),
    });
    if (result.status !== 'ok') throw new Error('expected content');
    expect(blocksToPlainText(result.blocks).replace(/\u00a0/g, ' ')).toBe(
      [
        'Förbundet har ingått avtal om finansiering av följande insatser som kommer att pågå under 2020:',
        'Lokala samverkansgrupper (MYSAM) (huvudman Försäkringskassan): 550 000 kr under 2020',
        'Förstudie pröva vägar vidare, Bollnäs: 400 000 kr under 2020',
        'Sammanlagt 950 000 kr under 2020.',
      ].join('\n'),
    );
  });

  it('asks for decisions and agreements when nothing is granted for the year', () => {
    expect(grantedInterventionsSection({ year: 2031, rows: [], totalOre: kr(0) }).status).toBe('unavailable');
  });
});
