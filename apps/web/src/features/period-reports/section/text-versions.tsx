import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Notice } from '../../../components/notice.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { ReportBlocks } from '../blocks/report-blocks.tsx';
import type { SectionMeta, SectionTextVersion } from './section-types.ts';

/**
 * Every saved version of the section's text, newest first, each readable in place; "Återställ"
 * (confirmed) saves an older one as the newest, for an editor while the text may change.
 */
export function TextVersions({
  slug,
  section,
  canRestore,
  isDirty,
  onRestored,
}: {
  slug: string;
  section: SectionMeta;
  canRestore: boolean;
  isDirty: boolean;
  onRestored: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const titleId = useId();
  const versions = useQuery(
    trpc.periodReports.sections.texts.queryOptions({ tenant: slug, sectionId: section.id }),
  );
  const [restoring, setRestoring] = useState<SectionTextVersion | null>(null);
  const [failure, setFailure] = useState<Message | null>(null);
  const restore = useApiMutation(trpc.periodReports.sections.restoreText.mutationOptions(), {
    invalidates: () => [
      { queryKey: trpc.periodReports.pathKey() },
      { queryKey: trpc.reportContent.pathKey() },
    ],
    success: (data, variables) => ({
      key: 'reportSectionsPages.versions.restored',
      values: { version: variables.textVersion, newVersion: data.textVersion },
    }),
  });

  return (
    <section aria-labelledby={titleId} className="section-versions">
      <h2 id={titleId}>{t('reportSectionsPages.versions.title')}</h2>
      <Notice message={restore.notice} />
      <QueryState
        query={versions}
        isEmpty={(rows) => rows.length === 0}
        empty={<p>{t('reportSectionsPages.versions.empty')}</p>}
      >
        {(rows) => (
          <ol className="section-versions__list">
            {rows.map((version) => {
              const isCurrent = version.textVersion === section.textVersion;
              const when = formatDateTime(version.savedAt);
              return (
                <li key={version.textVersion} className="section-versions__item">
                  <p className="section-versions__heading">
                    <strong>
                      {t('reportSectionsPages.versions.version', { version: version.textVersion })}
                    </strong>
                    {isCurrent ? ` (${t('reportSectionsPages.versions.current')})` : null},{' '}
                    {version.savedBy
                      ? t('reportSectionsPages.versions.savedBy', { when, name: version.savedBy })
                      : t('reportSectionsPages.versions.savedAt', { when })}
                  </p>
                  <details>
                    <summary>
                      {t('reportSectionsPages.versions.show', { version: version.textVersion })}
                    </summary>
                    <ReportBlocks blocks={version.body} headingLevel={3} />
                  </details>
                  {canRestore && !isCurrent ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('reportSectionsPages.versions.restoreLabel', {
                        version: version.textVersion,
                      })}
                      onClick={() => {
                        setFailure(null);
                        restore.reset();
                        setRestoring(version);
                      }}
                    >
                      {t('reportSectionsPages.versions.restore')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </QueryState>
      <ConfirmDialog
        isOpen={restoring !== null}
        tone="primary"
        title={t('reportSectionsPages.versions.restoreTitle', { version: restoring?.textVersion ?? '' })}
        confirmLabel={t('reportSectionsPages.versions.restore')}
        isPending={restore.isPending}
        error={failure}
        onConfirm={() =>
          restoring &&
          restore.mutate(
            {
              tenant: slug,
              sectionId: section.id,
              expectedVersion: section.version,
              textVersion: restoring.textVersion,
            },
            {
              onSuccess: () => {
                setRestoring(null);
                onRestored();
              },
              onError: (error) => setFailure(errorMessageOf(error)),
            },
          )
        }
        onCancel={() => setRestoring(null)}
      >
        <p>{t('reportSectionsPages.versions.restoreBody', { version: restoring?.textVersion ?? '' })}</p>
        {isDirty ? <p>{t('reportSectionsPages.versions.restoreUnsaved')}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
