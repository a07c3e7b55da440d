import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/notice.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { downloadExcel } from '../national/format-figure.ts';
import type { TeamMember } from './role-cell.tsx';
import { teamExportRows } from './team-rules.ts';

/** The team list as an Excel file, for the förbund's own records. */
export function TeamExport({ slug, team }: { slug: string; team: readonly TeamMember[] }) {
  const { t } = useTranslation();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  async function download() {
    if (isPending) return;
    setIsPending(true);
    setError(null);
    try {
      const rows = teamExportRows(team, t as unknown as (key: string) => string);
      await downloadExcel(`samsyn-anvandare-${slug}.xlsx`, t('administration.team.membersTitle'), rows);
    } catch (failure) {
      setError(errorMessageOf(failure));
    } finally {
      setIsPending(false);
    }
  }
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={isPending}
        onClick={() => void download()}
      >
        {isPending ? t('administration.common.working') : t('administration.team.exportExcel')}
      </button>
      <ErrorNotice message={error} />
    </div>
  );
}
