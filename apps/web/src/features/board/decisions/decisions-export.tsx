import type { DecisionKind } from '@samsyn/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/export-button.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { exportXlsx } from '../../interventions/export-xlsx.ts';
import { type DecisionRowText, decisionsSheet } from './decision-text.ts';

interface ListInput {
  tenant: string;
  q?: string;
  year?: number;
  kind?: DecisionKind;
}

/**
 * Everything the register's filters match as an .xlsx (not only the pages shown): read 200 at a
 * time, written in the browser by the project's workbook helper, loaded on the first press.
 */
export function DecisionsExport({ input }: { input: ListInput }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  async function onExport() {
    const rows: DecisionRowText[] = [];
    let cursor: number | null = 0;
    while (cursor !== null) {
      const page: { rows: DecisionRowText[]; nextCursor: number | null } = await queryClient.fetchQuery(
        trpc.decisions.list.queryOptions({ ...input, limit: 200, cursor }),
      );
      rows.push(...page.rows);
      cursor = page.nextCursor;
    }
    await exportXlsx(
      t('boardDecisions.fileName', { slug: input.tenant }),
      t('boardDecisions.sheetName'),
      decisionsSheet(t, rows),
    );
  }
  return (
    <ExportButton
      label="boardDecisions.excel"
      workingLabel="boardDecisions.exporting"
      failedMessage="boardDecisions.exportFailed"
      onExport={onExport}
    />
  );
}
