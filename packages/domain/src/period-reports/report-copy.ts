import type { Block } from './blocks.ts';
import type { ReportKind, ReportSource } from './report-enums.ts';
import { defaultTemplate } from './templates.ts';

/**
 * What a new report starts with (issue 23): the structure and texts of the förbund's last report
 * of the same kind, or the default template when there is none. Pure; the API inserts the result.
 */

/** A section's place and kind in its report's structure, as the report's sections store it. */
export interface SectionOutline {
  level: 1 | 2;
  numbered: boolean;
  title: string;
  source: ReportSource | null;
  custom: boolean;
  enabled: boolean;
}

/** A section as it is copied: its place and kind, and its current written text. */
export interface CopiedSection extends SectionOutline {
  body: Block[];
}

/** One row of a note's specification, in öre. */
export interface CopiedNoteLine {
  label: string;
  current: number;
  previous: number;
}

export interface CopiedNote {
  number: number;
  title: string;
  statementLine: string;
  lines: CopiedNoteLine[];
}

export interface StartingContent {
  sections: CopiedSection[];
  notes: CopiedNote[];
}

/**
 * The sections (in order) and notes of a new report of `kind`. From the last report: every
 * section as it was (own ones and switched-off ones included, with their texts; readiness,
 * assignees and deadlines are the new period's own business), and each note with the same rows,
 * last period's figure as "previous" and the current one to be filled in (0). Without one: the
 * template of the kind, every section on, no notes.
 */
export function startingContent(
  kind: ReportKind,
  last: { sections: readonly CopiedSection[]; notes: readonly CopiedNote[] } | null,
): StartingContent {
  if (last === null) {
    return {
      sections: defaultTemplate(kind).map((section) => ({
        level: section.level,
        numbered: section.numbered,
        title: section.title,
        source: section.source,
        custom: false,
        enabled: true,
        body: [...section.body],
      })),
      notes: [],
    };
  }
  return {
    sections: last.sections.map((section) => ({
      level: section.level,
      numbered: section.numbered,
      title: section.title,
      source: section.source,
      custom: section.custom,
      enabled: section.enabled,
      body: section.body,
    })),
    notes: last.notes.map((note) => ({
      number: note.number,
      title: note.title,
      statementLine: note.statementLine,
      lines: note.lines.map((line) => ({ label: line.label, current: 0, previous: line.current })),
    })),
  };
}
