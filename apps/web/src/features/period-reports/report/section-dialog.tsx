import type { ReactNode } from 'react';
import type { Message } from '../../../lib/message-key.ts';
import type { ReportSection } from '../list/report-shared.ts';
import { FormDialog } from './form-dialog.tsx';
import type { useReportMutations } from './use-report-mutations.ts';

/** What the sections table gives a section's dialog: the section (null: closed), its mutations, the way back. */
export interface SectionDialogProps {
  section: ReportSection | null;
  mutations: ReturnType<typeof useReportMutations>;
  onDone: (message: Message | null) => void;
}

/** A `FormDialog` open while a section is chosen, titled for it; `children` draws its form. */
export function SectionDialog({
  section,
  title,
  onDone,
  children,
}: {
  section: ReportSection | null;
  title: (section: ReportSection) => string;
  onDone: (message: Message | null) => void;
  children: (section: ReportSection) => ReactNode;
}) {
  return (
    <FormDialog isOpen={section !== null} title={section ? title(section) : ''} onCancel={() => onDone(null)}>
      {() => (section ? children(section) : null)}
    </FormDialog>
  );
}
