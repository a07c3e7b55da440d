import type { TFunction } from 'i18next';

/** A seat holder as lists show them: "Tommy Berger (S)". */
export function seatName(seat: { personName: string; party: string }): string {
  return seat.party ? `${seat.personName} (${seat.party})` : seat.personName;
}

/** Whom the seat represents: the member's name, "Kommunerna" or "Staten" for a group, else nothing. */
export function seatRepresents(
  t: TFunction,
  seat: { memberName: string | null; memberGroup?: 'municipalities' | 'state' | null },
): string {
  if (seat.memberName) return seat.memberName;
  return seat.memberGroup ? t(`boardAttendance.groups.${seat.memberGroup}`) : '';
}
