import type { ReportSource } from '@samsyn/domain';

interface SectionFacts {
  enabled: boolean;
  readyAt: string | null;
  deadline: string | null;
}

/**
 * A section is overdue when its own deadline has passed (before today in Sweden) and it is not yet
 * marked ready; a disabled section is never overdue (it is not in the document).
 */
export function isOverdue(section: SectionFacts, today: string): boolean {
  return section.enabled && section.readyAt === null && section.deadline !== null && section.deadline < today;
}

/**
 * What stands between the report and "klar för beslut": its enabled sections not yet marked
 * ready, in document order, named by number and title ("1.3 Verksamheten").
 */
export function sectionsNotReady<Section extends SectionFacts & { number: string; title: string }>(
  sections: readonly Section[],
): string[] {
  return sections
    .filter((section) => section.enabled && section.readyAt === null)
    .map((section) => (section.number ? `${section.number} ${section.title}` : section.title));
}

/** The catalogue key of what a section is made of: its generator's label, or "Skrivs av förbundet". */
export const sourceLabelKey = (source: ReportSource | null) =>
  `reportLabels.source.${source ?? 'written'}` as const;

/** Where a section stands in the list: first and last decide which move buttons it offers. */
export function positionOf(index: number, count: number): { isFirst: boolean; isLast: boolean } {
  return { isFirst: index === 0, isLast: index === count - 1 };
}
