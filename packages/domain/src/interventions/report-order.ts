import type { InterventionKind } from './intervention.ts';

const collator = new Intl.Collator('sv');
const kindOrder: Record<InterventionKind, number> = { individual: 0, structural: 1 };

/**
 * The order of interventions in every report: individual-level first, then structural (as
 * Bilaga 1 and Uppföljning Finsam list them), then by name in Swedish order (Å, Ä, Ö after Z),
 * then by id so equal names keep a stable order.
 */
export function compareReportOrder(
  a: { kind: InterventionKind; name: string; id: string },
  b: { kind: InterventionKind; name: string; id: string },
): number {
  return (
    kindOrder[a.kind] - kindOrder[b.kind] ||
    collator.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
