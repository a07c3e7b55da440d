import type { Term } from '@samsyn/domain';

/**
 * The meetings of a year's terms for the groups table ("VT 1, HT –"), or null for a year kept only
 * as a yearly total. Pure, so the table cell stays one line.
 */
export function termsSummaryOf(
  yearTerms: readonly { term: Term; meetingsHeld: number }[] | undefined,
  t: (key: 'interventions.localGroups.terms.summary', params: { spring: string; autumn: string }) => string,
): string | null {
  if (!yearTerms || yearTerms.length === 0) return null;
  const of = (term: Term) => {
    const found = yearTerms.find((entry) => entry.term === term);
    return found ? String(found.meetingsHeld) : '–';
  };
  return t('interventions.localGroups.terms.summary', { spring: of('spring'), autumn: of('autumn') });
}
