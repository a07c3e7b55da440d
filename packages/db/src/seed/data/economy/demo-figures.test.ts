import { financingSplit, kronor } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { demoFigures } from './demo-figures.ts';

describe('demoFigures', () => {
  it('names the members exactly as the förbund do', () => {
    expect(demoFigures.gavleborg.gavleborgMembers.map((member) => member.name)).toEqual([
      'Försäkringskassan',
      'Arbetsförmedlingen',
      'Region Gävleborg',
      'Gävle kommun',
      'Sandvikens kommun',
      'Hudiksvalls kommun',
      'Bollnäs kommun',
      'Söderhamns kommun',
      'Ljusdals kommun',
      'Ovanåkers kommun',
      'Hofors kommun',
      'Nordanstigs kommun',
      'Ockelbo kommun',
    ]);
    expect(
      demoFigures['harnosand-timra'].harnosandTimraMembers.map((member) => member.name).slice(2),
    ).toEqual(['Region Västernorrland', 'Härnösands kommun', 'Timrå kommun']);
    expect(demoFigures.insjoriket.insjoriketMembers.map((member) => member.name).slice(2)).toEqual([
      'Västra Götalandsregionen',
      'Härryda kommun',
      'Mölndals stad',
      'Partille kommun',
    ]);
  });

  it('labels Insjöriket’s figures as invented', () => {
    expect(demoFigures.insjoriket.insjoriketIsInvented).toBe(true);
  });

  it('splits Insjöriket’s invented 2 000 000 kr municipal quarter by its invented population key', () => {
    const { insjoriketMembers, insjoriketMunicipalityKey } = demoFigures.insjoriket;
    const split = financingSplit({
      members: insjoriketMembers,
      basis: { kind: 'state', state: kronor(4_000_000) },
      key: insjoriketMunicipalityKey,
    });
    // 2 000 000 × 37 800 / 144 600 = 522 821,58…; 67 900 → 939 142,46…; 38 900 → 538 035,96…
    expect(split.lines.slice(2).map((line) => [line.id, line.amount / 100])).toEqual([
      ['harryda', 522_822],
      ['molndal', 939_142],
      ['partille', 538_036],
    ]);
  });
});
