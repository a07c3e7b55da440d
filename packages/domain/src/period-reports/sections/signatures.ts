import type { SeatRole } from '../../board/board.ts';
import type { Block } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import { ok, swedishDateWords, unavailable } from './content-format.ts';

/** One seat of the board on the signing date, in `readSeatsOn`'s order. */
export interface SignatureSeat {
  personName: string;
  role: SeatRole;
}

export interface SignaturesSectionInput {
  /** The board's seats on the adoption date (before adoption: on the period's last day). */
  seats: readonly SignatureSeat[];
  /** The date the seats are read on, for the sentence when there are none. */
  seatsOn: string;
  /** The adopting meeting's place and date; null before adoption. */
  adoption: { place: string; date: string } | null;
  tenantName: string;
}

const signerRoles: ReadonlyArray<[SeatRole, string]> = [
  ['chair', 'Ordförande'],
  ['viceChair', 'Vice ordförande'],
  ['member', 'Ledamot'],
];

/**
 * Where a report is signed: the meeting's place up to its first comma ("Gävle, Kansliet" → "Gävle"),
 * or — a meeting without a place — the town in the förbund's name ("Samordningsförbund Gävleborg"
 * → "Gävleborg").
 */
export function signingPlace(meetingPlace: string, tenantName: string): string {
  const place = meetingPlace.split(',')[0]?.trim() ?? '';
  return place || tenantName.replace(/^samordningsförbund(et)?\s+/i, '').trim();
}

/** "Gävle den 23 augusti 2019". */
export const placeAndDate = (place: string, date: string): string => `${place} den ${swedishDateWords(date)}`;

/**
 * §4 Styrelsens beslut: the signature block of the board's ordförande, vice ordförande and ordinary
 * members, in that order, with place and date of the adopting meeting once adopted.
 */
export function signaturesSection(input: SignaturesSectionInput): SourceResult {
  const signers = signerRoles.flatMap(([role, label]) =>
    input.seats.filter((seat) => seat.role === role).map((seat) => ({ name: seat.personName, role: label })),
  );
  if (signers.length === 0)
    return unavailable(
      `Styrelsen har inga ordinarie ledamöter registrerade den ${input.seatsOn}. Registrera ledamöterna under Styrelse → Organisation.`,
    );
  const adoption = input.adoption;
  const block: Block = {
    type: 'signatures',
    placeAndDate: adoption
      ? placeAndDate(signingPlace(adoption.place, input.tenantName), adoption.date)
      : null,
    signers,
  };
  return ok([block]);
}
