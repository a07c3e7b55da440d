import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../blocks.ts';
import { boardCompositionSection } from './board-composition.ts';

const seat = (
  bodyId: string,
  personName: string,
  role: 'chair' | 'member' | 'substitute' | 'staff',
  memberName: string,
  title = '',
) => ({
  bodyId,
  personName,
  party: role === 'staff' ? '' : 'S',
  role,
  title,
  memberName: memberName || null,
  memberGroup: null,
});

describe('boardCompositionSection (§6 Arbetsorganisation)', () => {
  it('lists the board’s ordinary members and substitutes with whom they represent, then the other bodies', () => {
    const result = boardCompositionSection({
      date: '2020-01-01',
      bodies: [
        {
          id: 'fs',
          kind: 'board',
          name: 'Styrelse',
          description: 'Samordningsförbundet leds av en styrelse.',
        },
        { id: 'au', kind: 'workingCommittee', name: 'Arbetsutskott', description: '' },
        { id: 'scg', kind: 'strategicGroup', name: 'Strategisk chefsgrupp', description: '' },
        { id: 'kansli', kind: 'office', name: 'Kansli', description: '' },
      ],
      seats: [
        seat('fs', 'Tommy Berger', 'chair', 'Region Gävleborg'),
        seat('fs', 'Stefan Grandien', 'substitute', 'Gävle kommun'),
        seat('au', 'Tommy Berger', 'chair', 'Region Gävleborg'),
        seat('kansli', 'Förbundschef', 'staff', '', 'Förbundschef 100 %'),
      ],
    });
    expect(result.status === 'ok' && blocksToPlainText(result.blocks)).toBe(
      [
        'Styrelse',
        'Samordningsförbundet leds av en styrelse.',
        'Ordinarie ledamöter:',
        'Tommy Berger (S) ordförande - Region Gävleborg',
        'Ersättare:',
        'Stefan Grandien (S) - Gävle kommun',
        'Arbetsutskott',
        'Tommy Berger (S) ordförande - Region Gävleborg',
        'Kansli',
        'förbundschef 100 %',
      ].join('\n'),
    );
  });

  it('asks for the bodies when the förbund has none', () => {
    expect(boardCompositionSection({ date: '2020-01-01', bodies: [], seats: [] }).status).toBe('unavailable');
  });
});
