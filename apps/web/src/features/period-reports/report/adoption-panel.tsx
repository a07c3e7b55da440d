import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import type { ReportDetail } from '../list/report-shared.ts';
import { AdoptDialog } from './adopt-dialog.tsx';
import { ReportDifferences } from './report-differences.tsx';

/**
 * Adoption: once adopted, "Fastställd <date> genom <decision>" and what changed since; before,
 * for admins, "Fastställ" (a report marked ready for decision) with the board's decisions to
 * choose from, or what is needed first.
 */
export function AdoptionPanel({
  detail,
  onNotice,
}: {
  detail: ReportDetail;
  onNotice: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const isAdmin = useTenantRole('admin');
  const [isAdopting, setIsAdopting] = useState(false);
  // After adoption the button that opened the dialog is gone: focus goes to the banner's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(false);
  const { report } = detail;
  useEffect(() => {
    if (!focusHeading || report.status !== 'adopted') return;
    heading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, report.status]);
  if (report.status === 'adopted')
    return (
      <section aria-labelledby="report-adoption" className="report-panel report-adopted">
        <h2 id="report-adoption" ref={heading} tabIndex={-1}>
          {t('periodReportsPages.adoption.heading')}
        </h2>
        <p className="notice notice--info">
          {t('periodReportsPages.adoption.adoptedBy', {
            date: report.adoptedOn ? formatDate(report.adoptedOn) : t('periodReportsPages.none'),
            decision: report.decisionLabel ?? t('periodReportsPages.none'),
          })}
        </p>
        <ReportDifferences reportId={report.id} />
      </section>
    );
  if (!isAdmin) return null;
  return (
    <section aria-labelledby="report-adoption" className="report-panel no-print">
      <h2 id="report-adoption">{t('periodReportsPages.adoption.heading')}</h2>
      {report.status === 'ready' ? (
        <>
          <p>{t('periodReportsPages.adoption.intro')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              onNotice(null);
              setIsAdopting(true);
            }}
          >
            {t('periodReportsPages.adoption.adopt')}
          </button>
        </>
      ) : (
        <p>{t('periodReportsPages.adoption.notReady')}</p>
      )}
      <AdoptDialog
        isOpen={isAdopting}
        report={report}
        onDone={(adopted) => {
          setIsAdopting(false);
          if (!adopted) return;
          setFocusHeading(true);
          onNotice({ key: 'periodReportsPages.adoption.adopted' });
        }}
      />
    </section>
  );
}
