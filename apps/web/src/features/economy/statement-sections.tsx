import { useTranslation } from 'react-i18next';
import { AmountRow, ReportTable, type ReportTableSection } from './report-table.tsx';
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

/**
 * A budget statement as a report table: its sections with their totals, then the result row
 * (`result`: its amounts on screen, already formatted; null leaves a cell empty).
 */
export function StatementTable<Figures>({
  caption,
  headers,
  sections,
  columns,
  result,
}: {
  caption: string;
  headers: string[];
  sections: readonly StatementSection<Figures>[];
  columns: readonly StatementColumn<Figures>[];
  result: readonly (string | null)[];
}) {
  const { t } = useTranslation();
  return (
    <ReportTable
      caption={caption}
      headers={headers}
      sections={statementTableSections(sections, columns)}
      footer={<AmountRow heading={t('economy.reports.result')} isTotal amounts={result} />}
    />
  );
}
