import type { SourceResult } from '@samsyn/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../components/busy-button.tsx';
import { ErrorNotice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { ReportBlocks } from '../blocks/report-blocks.tsx';
import type { SectionMeta } from './section-types.ts';

/**
 * What a generated section draws from the förbund's data, live until adoption — or, where its
 * source has nothing yet, the generator's sentence saying so and "Skriv avsnittet i stället"
 * (the section becomes a written one: `periodReports.sections.update` with source null).
 */
export function GeneratedContent({
  slug,
  section,
  generated,
  canChange,
  onWriteInstead,
}: {
  slug: string;
  section: SectionMeta;
  generated: SourceResult;
  canChange: boolean;
  onWriteInstead: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const titleId = useId();
  const [failure, setFailure] = useState<Message | null>(null);
  const update = useApiMutation(trpc.periodReports.sections.update.mutationOptions(), {
    invalidates: () => [
      { queryKey: trpc.periodReports.pathKey() },
      { queryKey: trpc.reportContent.pathKey() },
    ],
  });

  function writeInstead() {
    if (update.isPending) return;
    setFailure(null);
    update.mutate(
      {
        tenant: slug,
        sectionId: section.id,
        expectedVersion: section.version,
        title: section.title,
        level: section.level,
        numbered: section.numbered,
        enabled: section.enabled,
        source: null,
      },
      { onSuccess: onWriteInstead, onError: (error) => setFailure(errorMessageOf(error)) },
    );
  }

  return (
    <section aria-labelledby={titleId} className="section-generated">
      <h2 id={titleId}>{t('reportSectionsPages.generated.title')}</h2>
      {generated.status === 'ok' ? (
        <>
          <p className="section-generated__intro">{t('reportSectionsPages.generated.intro')}</p>
          <ReportBlocks blocks={generated.blocks} headingLevel={2} />
        </>
      ) : (
        <>
          <div role="note" className="report-notice report-notice--unavailable">
            <strong>{t('reportSectionsPages.blocks.notice.unavailable')}</strong> {generated.reason}
          </div>
          <ErrorNotice message={failure} />
          {canChange ? (
            <div className="button-row">
              <BusyButton isBusy={update.isPending} onClick={writeInstead}>
                {update.isPending ? t('app.working') : t('reportSectionsPages.generated.writeInstead')}
              </BusyButton>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
