import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorPage } from '../../../components/error-page.tsx';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { NotFoundPage, type WayBack } from '../../errors/not-found-page.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { NotesEditor } from '../notes/notes-editor.tsx';
import { GeneratedContent } from './generated-content.tsx';
import { SectionComments } from './section-comments.tsx';
import { SectionNav } from './section-nav.tsx';
import { SectionStatus } from './section-status.tsx';
import {
  numberedTitle,
  reportPath,
  type SectionContent,
  type SectionMeta,
  type SectionReport,
} from './section-types.ts';
import { TextVersions } from './text-versions.tsx';
import { UnsavedChangesGuard } from './unsaved-changes-guard.tsx';
import { type TextLock, WrittenText } from './written-text.tsx';
import './section.css';

/** `/f/:slug/rapporter/:reportId/avsnitt/:sectionId`: one section's generated content, text, versions and comments. */
export function SectionPage() {
  const { t } = useTranslation();
  const { reportId = '', sectionId = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const report = useQuery(trpc.periodReports.get.queryOptions({ tenant: tenant.slug, reportId }));
  const content = useQuery(
    trpc.reportContent.section.queryOptions({ tenant: tenant.slug, reportId, sectionId }),
  );
  const back: WayBack = { to: `/f/${tenant.slug}/rapporter`, label: t('periodReports.title') };
  if (report.isError)
    return <ErrorPage error={report.error} onRetry={() => void report.refetch()} back={back} />;
  if (report.isPending) return <LoadingStatus />;
  const section = report.data.sections.find((candidate) => candidate.id === sectionId);
  if (!section) return <NotFoundPage back={back} />;
  if (content.isError)
    return <ErrorPage error={content.error} onRetry={() => void content.refetch()} back={back} />;
  if (content.isPending) return <LoadingStatus />;
  // A new section starts afresh: its own editor, no unsaved changes carried over.
  return <SectionView key={section.id} report={report.data} section={section} content={content.data} />;
}

function SectionView({
  report,
  section,
  content,
}: {
  report: SectionReport;
  section: SectionMeta;
  content: SectionContent;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const [isDirty, setIsDirty] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [arrival, setArrival] = useState<Message | null>(null);
  const isAdopted = report.report.status === 'adopted';
  const canChange = canEdit && !isAdopted;
  const lock: TextLock = isAdopted
    ? 'adopted'
    : !canEdit
      ? 'readOnly'
      : section.readyAt !== null
        ? 'ready'
        : null;
  const restartEditor = () => {
    setIsDirty(false);
    setEditorKey((key) => key + 1);
  };
  const title = numberedTitle(section);
  return (
    <article className="section-page">
      <p className="section-page__report">
        <Link to={reportPath(tenant.slug, report.report.id)}>
          {t('reportSectionsPages.section.backToReport', { title: report.report.title })}
        </Link>
      </p>
      <PageHeading titleParts={[title, report.report.title, tenant.name]}>{title}</PageHeading>
      <UnsavedChangesGuard isDirty={isDirty} />
      {isAdopted ? <p className="notice">{t('reportSectionsPages.section.adopted')}</p> : null}
      {!canEdit ? <p>{t('reportSectionsPages.section.readOnly')}</p> : null}
      <SectionStatus slug={tenant.slug} section={section} canChange={canChange} isDirty={isDirty} />
      <Notice message={arrival} />
      {/* The notes' editor draws each note's table with its check, so the generated preview of the
          same tables would show them twice. */}
      {content.generated && section.source !== 'notes' ? (
        <GeneratedContent
          slug={tenant.slug}
          section={section}
          generated={content.generated}
          canChange={canChange}
          onWriteInstead={() => setArrival({ key: 'reportSectionsPages.generated.writeInsteadDone' })}
        />
      ) : null}
      {section.source === 'notes' ? <NotesEditor reportId={report.report.id} canEdit={canChange} /> : null}
      <WrittenText
        key={editorKey}
        slug={tenant.slug}
        section={section}
        written={content.written}
        lock={lock}
        hasGenerated={content.generated !== null}
        onReloaded={restartEditor}
        onDirtyChange={setIsDirty}
      />
      <TextVersions
        slug={tenant.slug}
        section={section}
        canRestore={lock === null}
        isDirty={isDirty}
        onRestored={restartEditor}
      />
      <SectionComments slug={tenant.slug} sectionId={section.id} canChange={canChange} />
      <SectionNav report={report} section={section} />
    </article>
  );
}
