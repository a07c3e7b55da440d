import type { DocumentSection } from '@samsyn/domain';

export interface OutlineEntry {
  sectionId: string;
  /** "1.3 Verksamheten", or the title alone for an unnumbered section (Bilaga 1). */
  label: string;
  /** The level-2 sections under a level-1 one; empty for a level-2 entry. */
  children: OutlineEntry[];
}

/** The anchor of a section in the whole document (`#avsnitt-<id>`), shared by the contents and the section. */
export const sectionAnchor = (sectionId: string) => `avsnitt-${sectionId}`;

const labelOf = (section: Pick<DocumentSection, 'number' | 'title'>) =>
  section.number === '' ? section.title : `${section.number} ${section.title}`;

/**
 * The table of contents: level-1 sections in order, each with the level-2 sections that follow it.
 * A level-2 section before any level-1 one stands at the top level rather than being lost.
 */
export function documentOutline(
  sections: readonly Pick<DocumentSection, 'sectionId' | 'number' | 'title' | 'level'>[],
): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  let parent: OutlineEntry | null = null;
  for (const section of sections) {
    const entry: OutlineEntry = { sectionId: section.sectionId, label: labelOf(section), children: [] };
    if (section.level === 2 && parent) {
      parent.children.push(entry);
    } else {
      outline.push(entry);
      parent = section.level === 1 ? entry : null;
    }
  }
  return outline;
}
