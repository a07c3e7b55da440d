import type { Sql } from '@samsyn/db';
import { DomainError, isDomainError, type ReportDocument } from '@samsyn/domain';
import type { Context as HonoContext } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { attachmentResponse, readForDownload } from '../../http/file-download.ts';
import { readReportDocument } from '../report-content/read-report-document.ts';
import { readTenantLogo } from '../tenant-logo/tenant-logo.ts';
import { type OutputVersion, type ReportLogo, reportFileName } from './print-model.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';

const reportId = z.uuid();
const fileOf = /^(live|adopted)\.(pdf|docx)$/;

const contentTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * The answer when there is no such file: plain Swedish for whoever followed the link, since a
 * download opens outside the app and no page is there to translate a reason key.
 */
const notFoundTexts = {
  notAdopted: 'Rapporten är inte fastställd än, så det finns ingen fastställd version att ladda ner.',
  notFound: 'Rapporten finns inte, eller så har du inte tillgång till den.',
};

/**
 * GET /api/period-reports/:slug/:reportId/:version.(pdf|docx) — a period report as a tagged PDF or
 * a Word file, `live` (built now from the data) or `adopted` (the snapshot frozen at adoption).
 * Any member of the förbund: the document and the logo are read in one READ ONLY tenant
 * transaction (session, membership, row-level security), then drawn outside it. Another förbund's
 * report, a malformed id and the adopted version of a report not yet adopted are 404 with a
 * Swedish sentence; no session is 401 as for every other download.
 */
export async function reportFileRoute(c: HonoContext<AppEnv>, sql: Sql): Promise<Response> {
  const id = reportId.safeParse(c.req.param('reportId'));
  const file = fileOf.exec(c.req.param('file') ?? '');
  let read: { document: ReportDocument; logo: ReportLogo | null };
  try {
    read = await readForDownload(c, sql, async (tx, tenant, session) => {
      if (!id.success || !file) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'periodReport' });
      const ctx = { tx, tenant, actor: { userId: session.user.id, requestId: c.get('requestId') } };
      const [document, logo] = await Promise.all([
        readReportDocument(ctx, { reportId: id.data, version: file[1] as OutputVersion }),
        readTenantLogo(tx, tenant.id),
      ]);
      return { document, logo };
    });
  } catch (error) {
    if (isDomainError(error) && error.code === 'NOT_FOUND') {
      const text =
        error.reason === 'reportContent.notAdopted' ? notFoundTexts.notAdopted : notFoundTexts.notFound;
      return c.text(text, 404, { 'cache-control': 'no-store' });
    }
    throw error;
  }
  // Checked inside the transaction; here for the types.
  if (!file) throw new DomainError('NOT_FOUND', 'notFound');
  const version = file[1] as OutputVersion;
  const kind = file[2] as keyof typeof contentTypes;
  const options = { version, logo: read.logo };
  const content =
    kind === 'pdf' ? renderPdf(read.document, options) : await renderDocx(read.document, options);
  return attachmentResponse(content, contentTypes[kind], `${reportFileName(read.document, version)}.${kind}`);
}
