import { AmountRow, type ReportTableSection } from './report-table.tsx';
import type { StatementColumn, StatementSection } from './statement-columns.ts';

/**
 * The sections of a statement as the report table's sections: a row per line and the section's
 * total set off below them. The columns are the ones the sheet export uses, so screen and file agree.
 */
export function statementTableSections<Figures>(
  sections: readonly StatementSection<Figures>[],
  columns: readonly StatementColumn<Figures>[],
): ReportTableSection[] {
  return sections.map((section) => ({
    key: section.key,
    label: section.label,
    rows: (
      <>
        {section.part.lines.map((line) => (
          <AmountRow
            key={line.code}
            heading={line.name}
            amounts={columns.map((column) => column.text(line))}
          />
        ))}
        <AmountRow
          heading={section.totalLabel}
          isTotal
          amounts={columns.map((column) => column.text(section.part.total))}
        />
      </>
    ),
  }));
}
