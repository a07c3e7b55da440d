import type { DocumentSection, ReportDocument } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorPage } from '../../../components/error-page.tsx';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { headingTag, ReportBlocks } from '../blocks/report-blocks.tsx';
import { numberedTitle, reportPath, sectionPath } from '../section/section-types.ts';
import { documentOutline, type OutlineEntry, sectionAnchor } from './document-outline.ts';
import './report-document.css';

/** `?version=faststalld` asks for the adopted snapshot; anything else is the live document. */
const ADOPTED_PARAM = 'faststalld';

/** `/f/:slug/rapporter/:reportId/dokument`: the whole document on A4, live or as adopted. */
export function ReportDocumentPage() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const [params] = useSearchParams();
  const version = params.get('version') === ADOPTED_PARAM ? 'adopted' : 'live';
  const trpc = useTRPC();
  const tenant = useTenant();
  const document = useQuery(
    trpc.reportContent.document.queryOptions({ tenant: tenant.slug, reportId, version }),
  );
  if (document.isPending) return <LoadingStatus />;
  if (document.isError)
    return (
      <ErrorPage
        error={document.error}
        onRetry={() => void document.refetch()}
        back={{ to: `/f/${tenant.slug}/rapporter`, label: t('periodReports.title') }}
      />
    );
  return <DocumentView document={document.data} isSnapshot={version === 'adopted'} />;
}

function DocumentView({ document, isSnapshot }: { document: ReportDocument; isSnapshot: boolean }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const base = `${reportPath(tenant.slug, document.reportId)}/dokument`;
  const period = t('reportSectionsPages.document.period', {
    start: formatDate(document.periodStart),
    end: formatDate(document.periodEnd),
  });
  return (
    <article className="report-document">
      <div className="button-row no-print">
        <Link to={reportPath(tenant.slug, document.reportId)}>{t('reportSectionsPages.document.back')}</Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('reportSectionsPages.document.print')}
        </button>
      </div>
      {document.status === 'adopted' ? (
        <nav
          className="report-document__versions no-print"
          aria-label={t('reportSectionsPages.document.versionSwitch')}
        >
          <ul>
            <li>
              <Link to={`${base}?version=${ADOPTED_PARAM}`} aria-current={isSnapshot ? 'page' : undefined}>
                {t('reportSectionsPages.document.adoptedVersion')}
              </Link>
            </li>
            <li>
              <Link to={base} aria-current={isSnapshot ? undefined : 'page'}>
                {t('reportSectionsPages.document.liveVersion')}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
      <header className="report-document__header">
        <p className="report-document__forbund">{document.tenantName}</p>
        <PageHeading titleParts={[document.title, tenant.name]}>{document.title}</PageHeading>
        <p>{period}</p>
        {document.adoptedOn ? (
          <p>
            {document.decisionLabel
              ? t('reportSectionsPages.document.adoptedBy', {
                  date: formatDate(document.adoptedOn),
                  decision: document.decisionLabel,
                })
              : t('reportSectionsPages.document.adoptedOn', { date: formatDate(document.adoptedOn) })}
          </p>
        ) : null}
        <p className="report-document__version no-print">
          {isSnapshot
            ? t('reportSectionsPages.document.adoptedNote')
            : t('reportSectionsPages.document.liveNote', { when: formatDateTime(document.builtAt) })}
        </p>
      </header>
      {document.sections.length === 0 ? (
        <p>{t('reportSectionsPages.document.noSections')}</p>
      ) : (
        <>
          <nav className="report-document__contents" aria-labelledby="report-contents">
            <h2 id="report-contents">{t('reportSectionsPages.document.contents')}</h2>
            <OutlineList entries={documentOutline(document.sections)} />
          </nav>
          {document.sections.map((section) => (
            <DocumentPart
              key={section.sectionId}
              section={section}
              editTo={
                canEdit && !isSnapshot ? sectionPath(tenant.slug, document.reportId, section.sectionId) : null
              }
            />
          ))}
        </>
      )}
    </article>
  );
}

function OutlineList({ entries }: { entries: OutlineEntry[] }) {
  return (
    <ol className="report-document__outline">
      {entries.map((entry) => (
        <li key={entry.sectionId}>
          <a href={`#${sectionAnchor(entry.sectionId)}`}>{entry.label}</a>
          {entry.children.length > 0 ? <OutlineList entries={entry.children} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** One section as the document prints it: its numbered heading, what is generated, then the text. */
function DocumentPart({ section, editTo }: { section: DocumentSection; editTo: string | null }) {
  const { t } = useTranslation();
  const headingLevel = section.level + 1;
  const Heading = headingTag(headingLevel);
  const headingId = `${sectionAnchor(section.sectionId)}-rubrik`;
  const title = numberedTitle(section);
  const generated = section.generated;
  const isEmpty =
    (generated === null || (generated.status === 'ok' && generated.blocks.length === 0)) &&
    section.written.length === 0;
  return (
    <section
      id={sectionAnchor(section.sectionId)}
      aria-labelledby={headingId}
      className={`report-document__section report-document__section--level-${section.level}`}
    >
      <Heading id={headingId}>{title}</Heading>
      {generated?.status === 'ok' ? (
        <ReportBlocks blocks={generated.blocks} headingLevel={headingLevel} />
      ) : null}
      {generated?.status === 'unavailable' ? (
        <div role="note" className="report-notice report-notice--unavailable">
          <strong>{t('reportSectionsPages.blocks.notice.unavailable')}</strong> {generated.reason}
        </div>
      ) : null}
      {section.written.length > 0 ? (
        <ReportBlocks blocks={section.written} headingLevel={headingLevel} />
      ) : null}
      {isEmpty ? (
        <p className="report-document__empty">{t('reportSectionsPages.document.emptySection')}</p>
      ) : null}
      {editTo ? (
        <p className="no-print">
          <Link to={editTo}>{t('reportSectionsPages.document.editSection', { title })}</Link>
        </p>
      ) : null}
    </section>
  );
}
