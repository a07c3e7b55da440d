import type { Block } from '@samsyn/domain';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../components/busy-button.tsx';
import { ErrorNotice, Notice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { ReportBlocks } from '../blocks/report-blocks.tsx';
import { blocksToEditor, type EditorToBlocks, editorToBlocks } from './editor-blocks.ts';
import type { SectionMeta } from './section-types.ts';

// ProseMirror and TipTap are ≈ 100 KB gzip: only someone who may write downloads them.
const TextEditor = lazy(() => import('./text-editor.tsx').then((m) => ({ default: m.TextEditor })));

/** Why the text cannot be changed now, if it cannot. */
export type TextLock = 'adopted' | 'ready' | 'readOnly' | null;

/** The written blocks as the editor would give them back, to tell a real change from none. */
const comparable = (blocks: readonly Block[]) =>
  JSON.stringify(editorToBlocks(blocksToEditor(blocks)).blocks);

/**
 * The kansli's text of a section: the editor for someone who may write it now (Spara with the
 * version the page loaded; a stale one says so and offers to load the newer text), otherwise the
 * text as the document shows it. The page mounts it anew when the text is replaced from outside
 * (a restored version, the newer text after a conflict), so the editor starts again from it.
 */
export function WrittenText({
  slug,
  section,
  written,
  lock,
  hasGenerated,
  onReloaded,
  onDirtyChange,
}: {
  slug: string;
  section: SectionMeta;
  written: readonly Block[];
  lock: TextLock;
  hasGenerated: boolean;
  onReloaded: () => void;
  onDirtyChange: (isDirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const titleId = useId();
  const labelId = useId();
  const hintId = useId();
  const editorId = useId();
  const latest = useRef<EditorToBlocks | null>(null);
  const [baseline, setBaseline] = useState(() => comparable(written));
  const [isDirty, setIsDirty] = useState(false);
  const [failure, setFailure] = useState<Message | null>(null);
  const [dropped, setDropped] = useState<EditorToBlocks['dropped']>([]);
  const save = useApiMutation(trpc.periodReports.sections.saveText.mutationOptions(), {
    invalidates: () => [
      { queryKey: trpc.periodReports.pathKey() },
      { queryKey: trpc.reportContent.pathKey() },
    ],
    success: (data) => ({ key: 'reportSectionsPages.text.saved', values: { version: data.textVersion } }),
  });

  const markDirty = (dirty: boolean) => {
    setIsDirty(dirty);
    onDirtyChange(dirty);
  };

  function onSave() {
    if (save.isPending) return;
    const result = latest.current ?? editorToBlocks(blocksToEditor(written));
    setFailure(null);
    setDropped([]);
    save.mutate(
      { tenant: slug, sectionId: section.id, expectedVersion: section.version, body: result.blocks },
      {
        onSuccess: () => {
          setBaseline(JSON.stringify(result.blocks));
          setDropped(result.dropped);
          markDirty(false);
        },
        onError: (error) => setFailure(errorMessageOf(error)),
      },
    );
  }

  async function onReload() {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.periodReports.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.reportContent.pathKey() }),
    ]);
    setFailure(null);
    latest.current = null;
    markDirty(false);
    onReloaded();
  }

  const isStale = failure?.key === 'errors.conflict.stale';
  return (
    <section aria-labelledby={titleId} className="section-text">
      <h2 id={titleId}>{t('reportSectionsPages.text.title')}</h2>
      <p>
        {t(
          hasGenerated ? 'reportSectionsPages.text.afterGenerated' : 'reportSectionsPages.text.writtenIntro',
        )}
      </p>
      {lock === null ? (
        <>
          <p id={labelId} className="field__label">
            {t('reportSectionsPages.text.editorLabel')}
          </p>
          <p id={hintId} className="field__hint">
            {t('reportSectionsPages.text.editorHint')}
          </p>
          <Suspense
            fallback={
              <p role="status" className="loading-status">
                {t('reportSectionsPages.text.loading')}
              </p>
            }
          >
            <TextEditor
              initial={written}
              editorId={editorId}
              labelId={labelId}
              hintId={hintId}
              onChange={(result) => {
                latest.current = result;
                markDirty(JSON.stringify(result.blocks) !== baseline);
              }}
            />
          </Suspense>
          <Notice message={save.notice} />
          {dropped.length > 0 ? (
            <Notice
              tone="info"
              message={{
                key: 'reportSectionsPages.text.dropped',
                values: {
                  what: dropped.map((what) => t(`reportSectionsPages.text.droppedWhat.${what}`)).join(', '),
                },
              }}
            />
          ) : null}
          <ErrorNotice message={failure} />
          <div className="button-row">
            <BusyButton tone="primary" isBusy={save.isPending} onClick={onSave}>
              {save.isPending ? t('reportSectionsPages.text.saving') : t('reportSectionsPages.text.save')}
            </BusyButton>
            {isStale ? (
              <button type="button" className="button button--secondary" onClick={() => void onReload()}>
                {t('reportSectionsPages.text.reload')}
              </button>
            ) : null}
            {isDirty ? (
              <span className="section-text__unsaved">{t('reportSectionsPages.text.unsaved')}</span>
            ) : null}
          </div>
        </>
      ) : (
        <>
          {lock === 'ready' ? <p className="notice">{t('reportSectionsPages.text.lockedReady')}</p> : null}
          {written.length === 0 ? (
            <p>{t('reportSectionsPages.text.empty')}</p>
          ) : (
            <ReportBlocks blocks={written} headingLevel={2} />
          )}
        </>
      )}
    </section>
  );
}
