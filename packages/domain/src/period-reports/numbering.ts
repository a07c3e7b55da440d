/**
 * Section numbers from order and level, as the förbund's documents number them: a level-1 section
 * counts 1, 2, 3 …; a level-2 section under it 1.1, 1.2 …; an unnumbered section (Bilaga 1) gets ''
 * and does not count. Disabled sections are left out before numbering, so switching one off
 * renumbers the rest.
 */
export function sectionNumbers(sections: readonly { level: 1 | 2; numbered: boolean }[]): string[] {
  let major = 0;
  let minor = 0;
  return sections.map((section) => {
    if (!section.numbered) return '';
    if (section.level === 1) {
      major += 1;
      minor = 0;
      return String(major);
    }
    minor += 1;
    return `${Math.max(major, 1)}.${minor}`;
  });
}
