import { describe, expect, it } from 'vitest';
import { signaturesSection, signingPlace } from './signatures.ts';

// §4 of Gävleborg's half-year report 2019, in the seats' order (readSeatsOn: chair, vice chair, members, substitutes).
const seats = [
  { personName: 'Tommy Berger', role: 'chair' as const },
  { personName: 'Kenneth Axling', role: 'viceChair' as const },
  { personName: 'Eva Alner Liljedahl', role: 'member' as const },
  { personName: 'Gabriella Persson', role: 'member' as const },
  { personName: 'Angelica Gabrielsson', role: 'substitute' as const },
  { personName: 'Förbundschef', role: 'presenter' as const },
];

describe('signaturesSection (§4 Styrelsens beslut)', () => {
  it('signs with the ordförande, vice ordförande and members, in Gävle on 23 August 2019', () => {
    expect(
      signaturesSection({
        seats,
        seatsOn: '2019-08-23',
        adoption: { place: 'Gävle', date: '2019-08-23' },
        tenantName: 'Samordningsförbund Gävleborg',
      }),
    ).toEqual({
      status: 'ok',
      blocks: [
        {
          type: 'signatures',
          placeAndDate: 'Gävle den 23 augusti 2019',
          signers: [
            { name: 'Tommy Berger', role: 'Ordförande' },
            { name: 'Kenneth Axling', role: 'Vice ordförande' },
            { name: 'Eva Alner Liljedahl', role: 'Ledamot' },
            { name: 'Gabriella Persson', role: 'Ledamot' },
          ],
        },
      ],
    });
  });

  it('has no place or date before adoption', () => {
    const result = signaturesSection({ seats, seatsOn: '2019-06-30', adoption: null, tenantName: 'X' });
    expect(result.status === 'ok' && result.blocks[0]).toMatchObject({
      type: 'signatures',
      placeAndDate: null,
    });
  });

  it('takes the place before the first comma, or the förbund’s town', () => {
    expect(signingPlace('Gävle, Kansliet, Norra Kungsgatan 1', 'X')).toBe('Gävle');
    expect(signingPlace('', 'Samordningsförbund Gävleborg')).toBe('Gävleborg');
    expect(signingPlace(' ', 'Samordningsförbundet Härnösand-Timrå')).toBe('Härnösand-Timrå');
  });

  it('asks for the board’s members when no one sits on the date', () => {
    expect(signaturesSection({ seats: [], seatsOn: '2031-12-31', adoption: null, tenantName: 'X' })).toEqual({
      status: 'unavailable',
      reason:
        'Styrelsen har inga ordinarie ledamöter registrerade den 2031-12-31. Registrera ledamöterna under Styrelse → Organisation.',
    });
  });
});
