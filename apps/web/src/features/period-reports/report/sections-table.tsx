import { todayInSweden } from '@samsyn/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/notice.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { focusMoved } from '../../plan/plan-form-parts.tsx';
import type { ReportDetail, ReportSection } from '../list/report-shared.ts';
import { SectionAssignDialog } from './section-assign-dialog.tsx';
import { SectionEditDialog } from './section-edit-dialog.tsx';
import { SectionRow } from './section-row.tsx';
import { useReportMutations } from './use-report-mutations.ts';

export type SectionAct = (run: () => Promise<unknown>, message: Message, after?: () => void) => Promise<void>;

/**
 * The report's sections in document order: number, title (to the section's page), what it is
 * made of, who writes it by when, ready mark, comments; for editors each row's actions. After a
 * move the focus stays on the moved row's button; every change is announced, every refusal shown.
 */
export function SectionsTable({
  report,
  sections,
  canChange,
  onNotice,
}: {
  report: ReportDetail['report'];
  sections: ReportSection[];
  canChange: boolean;
  onNotice: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const today = todayInSweden();
  const mutations = useReportMutations();
  const tableRef = useRef<HTMLTableElement>(null);
  const [error, setError] = useState<Message | null>(null);
  const [editing, setEditing] = useState<ReportSection | null>(null);
  const [assigning, setAssigning] = useState<ReportSection | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ id: string; step: -1 | 1 } | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    focusMoved(tableRef.current, focusAfter.id, focusAfter.step);
    setFocusAfter(null);
  }, [focusAfter]);
  // A deleted section's row (and its "Ändra" that opened the dialog) is gone: focus the table's heading.
  const [focusHeading, setFocusHeading] = useState(false);
  useEffect(() => {
    if (!focusHeading) return;
    document.getElementById('report-sections')?.focus();
    setFocusHeading(false);
  }, [focusHeading]);
  const act: SectionAct = async (run, message, after) => {
    onNotice(null);
    setError(null);
    try {
      await run();
      onNotice(message);
      after?.();
    } catch (failure) {
      setError(errorMessageOf(failure));
    }
  };
  const caption = t('periodReportsPages.sections.caption', { title: report.title });
  return (
    <>
      <ErrorNotice message={error} />
      <ScrollRegion label={caption}>
        <table className="report-sections" ref={tableRef}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('periodReportsPages.sections.number')}</th>
              <th scope="col">{t('periodReportsPages.sections.title')}</th>
              <th scope="col">{t('periodReportsPages.sections.source')}</th>
              <th scope="col">{t('periodReportsPages.sections.assignee')}</th>
              <th scope="col">{t('periodReportsPages.sections.deadline')}</th>
              <th scope="col">{t('periodReportsPages.sections.ready')}</th>
              <th scope="col">{t('periodReportsPages.sections.comments')}</th>
              {canChange ? <th scope="col">{t('periodReportsPages.sections.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {sections.map((section, index) => (
              <SectionRow
                key={section.id}
                report={report}
                section={section}
                index={index}
                count={sections.length}
                today={today}
                canChange={canChange}
                mutations={mutations}
                act={act}
                onMoved={(step) => setFocusAfter({ id: section.id, step })}
                onEdit={() => setEditing(section)}
                onAssign={() => setAssigning(section)}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <SectionEditDialog
        section={editing}
        mutations={mutations}
        onDone={(message) => {
          setEditing(null);
          if (message) onNotice(message);
          if (message?.key === 'periodReportsPages.sectionForm.deleted') setFocusHeading(true);
        }}
      />
      <SectionAssignDialog
        section={assigning}
        mutations={mutations}
        onDone={(message) => {
          setAssigning(null);
          if (message) onNotice(message);
        }}
      />
    </>
  );
}
