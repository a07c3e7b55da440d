import type { CompositionFinding, FindingLevel, MemberGroup, SeatHolder } from '@samsyn/domain';
import type { TFunction } from 'i18next';
import type { ExportCell } from '../../interventions/export-xlsx.ts';

/**
 * The organisation page's texts that are more than a lookup: whom a seat represents, its term, a
 * composition finding as a sentence, the composition as spreadsheet rows. Pure, so they are tested
 * beside (organisation-text.test.ts).
 */

/** A seat as the texts need it (the API's SeatOnDate and SeatRecord both have these fields). */
export interface SeatText extends SeatHolder {
  substituteOrder: number | null;
  fromDate: string;
  toDate: string | null;
}

/** "Region Gävleborg", "Kommunerna" or "–". */
export function representsText(t: TFunction, seat: Pick<SeatText, 'memberName' | 'memberGroup'>): string {
  if (seat.memberName !== null) return seat.memberName;
  if (seat.memberGroup !== null) return t(`boardOrganisation.memberGroups.${seat.memberGroup}`);
  return t('boardOrganisation.seats.nobody');
}

/** "Ersättare nr 2", "Ordförande", "Anställd (Förbundschef 100 %)". */
export function roleText(t: TFunction, seat: Pick<SeatText, 'role' | 'title' | 'substituteOrder'>): string {
  const role = t(`boardOrganisation.roles.${seat.role}`);
  const withOrder =
    seat.substituteOrder === null
      ? role
      : t('boardOrganisation.seats.order', { role, order: seat.substituteOrder });
  return seat.title === '' ? withOrder : `${withOrder} (${seat.title})`;
}

/** "2019-04-01 – 2023-03-31", or "2019-04-01 – tills vidare". */
export function periodText(t: TFunction, seat: Pick<SeatText, 'fromDate' | 'toDate'>): string {
  return `${seat.fromDate} – ${seat.toDate ?? t('boardOrganisation.seats.openEnded')}`;
}

/** A finding as a sentence: a group's name from the catalogue where the finding names a group. */
export function findingText(t: TFunction, finding: CompositionFinding): string {
  const group = finding.params.group;
  const groupName =
    typeof group === 'string' && group !== ''
      ? t(`boardOrganisation.memberGroups.${group as MemberGroup}`)
      : '';
  const name =
    finding.params.name === '' || finding.params.name === undefined ? groupName : finding.params.name;
  return t(finding.key as 'boardOrganisation.findings.cooptedOnly', {
    ...finding.params,
    name,
    group: groupName,
  });
}

const levelOrder: Record<FindingLevel, number> = { problem: 0, hint: 1, ok: 2 };

/** Problems first, then hints, then what is in order; within each, as the checks gave them. */
export function sortFindings(findings: readonly CompositionFinding[]): CompositionFinding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => levelOrder[a.finding.level] - levelOrder[b.finding.level] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** The composition as one sheet: a header row, then a row per seat, body by body. */
export function compositionSheet(
  t: TFunction,
  bodies: readonly { name: string; seats: readonly SeatText[] }[],
): ExportCell[][] {
  const header = ['body', 'role', 'name', 'party', 'represents', 'from', 'to'] as const;
  return [
    header.map((key) => t(`boardOrganisation.export.${key}`)),
    ...bodies.flatMap((body) =>
      body.seats.map((seat) => [
        body.name,
        roleText(t, seat),
        seat.personName,
        seat.party,
        representsText(t, seat),
        seat.fromDate,
        seat.toDate ?? '',
      ]),
    ),
  ];
}
