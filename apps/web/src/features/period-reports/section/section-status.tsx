import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Notice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import type { SectionMeta } from './section-types.ts';

/**
 * What the section is built from, whether it is klar (by whom and when), who answers for it and by
 * when; "Markera klart" / "Ta bort klarmarkering" for editors while the report is not adopted.
 */
export function SectionStatus({
  slug,
  section,
  canChange,
  isDirty,
}: {
  slug: string;
  section: SectionMeta;
  /** An editor, and the report not adopted. */
  canChange: boolean;
  /** Unsaved text: marking it klart now would leave the changes out. */
  isDirty: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [failure, setFailure] = useState<Message | null>(null);
  const invalidates = () => [
    { queryKey: trpc.periodReports.pathKey() },
    { queryKey: trpc.reportWorkflow.pathKey() },
  ];
  const mark = useApiMutation(trpc.reportWorkflow.markSectionReady.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'reportSectionsPages.section.markedReady' }),
  });
  const unmark = useApiMutation(trpc.reportWorkflow.unmarkSectionReady.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'reportSectionsPages.section.unmarkedReady' }),
  });
  const isReady = section.readyAt !== null;
  const pending = mark.isPending || unmark.isPending;

  function toggle() {
    if (pending) return;
    setFailure(null);
    if (!isReady && isDirty) {
      setFailure({ key: 'reportSectionsPages.section.saveFirst' });
      return;
    }
    const input = { tenant: slug, sectionId: section.id, expectedVersion: section.version };
    const onError = (error: unknown) => setFailure(errorMessageOf(error));
    if (isReady) {
      mark.reset();
      unmark.mutate(input, { onError });
    } else {
      unmark.reset();
      mark.mutate(input, { onError });
    }
  }

  return (
    <>
      <dl className="summary-list section-facts">
        <dt>{t('reportSectionsPages.section.content')}</dt>
        <dd>{t(`reportLabels.source.${section.source ?? 'written'}`)}</dd>
        <dt>{t('reportSectionsPages.section.status')}</dt>
        <dd>
          <ReadyText section={section} />
        </dd>
        <dt>{t('reportSectionsPages.section.assignee')}</dt>
        <dd>{section.assignee?.name ?? t('reportSectionsPages.section.noAssignee')}</dd>
        <dt>{t('reportSectionsPages.section.deadline')}</dt>
        <dd>
          {section.deadline ? formatDate(section.deadline) : t('reportSectionsPages.section.noDeadline')}
        </dd>
      </dl>
      {section.enabled ? null : <p>{t('reportSectionsPages.section.disabled')}</p>}
      <Notice message={mark.notice ?? unmark.notice} />
      <ErrorNotice message={failure} />
      {canChange ? (
        <div className="button-row">
          <button
            type="button"
            className={`button ${isReady ? 'button--secondary' : 'button--primary'}`}
            aria-disabled={pending}
            onClick={toggle}
          >
            {pending
              ? t('app.working')
              : t(
                  isReady
                    ? 'reportSectionsPages.section.unmarkReady'
                    : 'reportSectionsPages.section.markReady',
                )}
          </button>
        </div>
      ) : null}
    </>
  );
}

function ReadyText({ section }: { section: SectionMeta }) {
  const { t } = useTranslation();
  if (section.readyAt === null) return t('reportSectionsPages.section.notReady');
  const when = formatDateTime(section.readyAt);
  return section.readyBy
    ? t('reportSectionsPages.section.readyBy', { name: section.readyBy.name, when })
    : t('reportSectionsPages.section.readyAt', { when });
}
