import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { idOfOneRow, useHttpApp } from '../../testing/index.ts';
import { testDocument } from './test-document.ts';

/** Issue 23: a period report's PDF and Word file through GET /api/period-reports/:slug/:id/:version.(pdf|docx). */
const env = useHttpApp(['viewer@gavleborg.demo', 'admin@insjoriket.demo']);
const { cookies } = env;
let draftId: string;
let adoptedId: string;
let demoHalfYearId: string;

beforeAll(async () => {
  const { superuser, gavleborgId: tenantId } = env;
  // A draft with one written section (no generator runs), and an adopted report with its snapshot.
  draftId = await idOfOneRow(superuser`
    insert into period_reports (tenant_id, kind, title, period_start, period_end)
    values (${tenantId}, 'interim', 'Delårsrapport 2041', '2041-01-01', '2041-08-31') returning id`);
  await superuser`
    insert into period_report_sections (tenant_id, report_id, position, level, title, body, text_version)
    values (${tenantId}, ${draftId}, 0, 1, 'Året i korthet',
            ${superuser.json([{ type: 'paragraph', runs: [{ text: 'Ett år med många möten.' }] }])}, 1)`;
  adoptedId = await idOfOneRow(superuser`
    insert into period_reports (tenant_id, kind, title, period_start, period_end, status, adopted_on, adopted_at)
    values (${tenantId}, 'halfYear', 'Halvårsredovisning 2040', '2040-01-01', '2040-06-30', 'adopted',
            '2040-08-23', now()) returning id`);
  await superuser`
    insert into period_report_snapshots (tenant_id, report_id, document)
    values (${tenantId}, ${adoptedId}, ${superuser.json({ ...testDocument, reportId: adoptedId } as never)})`;
  demoHalfYearId = await idOfOneRow(superuser`
    select id from period_reports where tenant_id = ${tenantId} and title = 'Halvårsredovisning 2019'`);
});

const download = (path: string, cookie?: string, site?: string) =>
  env.get(`/api/period-reports/${path}`, cookie, site);

const pdfText = async (response: Response) =>
  (
    await extractText(await getDocumentProxy(new Uint8Array(await response.arrayBuffer())), {
      mergePages: true,
    })
  ).text;

describe('downloading a period report', () => {
  it('gives a viewer the live report as a PDF under its title, never cached or sniffed', async () => {
    const response = await download(`gavleborg/${draftId}/live.pdf`, cookies['viewer@gavleborg.demo']);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Del_rsrapport 2041.pdf"; filename*=UTF-8''Del%C3%A5rsrapport%202041.pdf`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await pdfText(response);
    expect(text).toContain('Delårsrapport 2041');
    expect(text).toContain('Arbetsversion');
    expect(text).toContain('Ett år med många möten.');
  });

  it('gives the adopted version as stored, in Word too', async () => {
    const pdf = await download(`gavleborg/${adoptedId}/adopted.pdf`, cookies['viewer@gavleborg.demo']);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''Halv%C3%A5rsredovisning%202019%20%28fastst%C3%A4lld%29.pdf`,
    );
    expect(await pdfText(pdf)).toContain('Fastställd 23 augusti 2019 (Förbundsstyrelsen 2019-08-23 § 5)');
    const docx = await download(`gavleborg/${adoptedId}/adopted.docx`, cookies['viewer@gavleborg.demo']);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('answers 404 in Swedish for the adopted version of a report not adopted yet', async () => {
    const response = await download(`gavleborg/${draftId}/adopted.pdf`, cookies['viewer@gavleborg.demo']);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(
      'Rapporten är inte fastställd än, så det finns ingen fastställd version att ladda ner.',
    );
  });

  it("finds nothing for another förbund's report, a malformed id or an unknown file", async () => {
    const foreign = await download(`insjoriket/${draftId}/live.pdf`, cookies['admin@insjoriket.demo']);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe('Rapporten finns inte, eller så har du inte tillgång till den.');
    const viewer = cookies['viewer@gavleborg.demo'];
    expect((await download('gavleborg/inte-ett-id/live.pdf', viewer)).status).toBe(404);
    expect((await download(`gavleborg/${draftId}/live.html`, viewer)).status).toBe(404);
    expect((await download(`gavleborg/${draftId}/draft.pdf`, viewer)).status).toBe(404);
  });

  it('refuses the anonymous, non-members and cross-site requests', async () => {
    const path = `gavleborg/${draftId}/live.pdf`;
    expect((await download(path)).status).toBe(401);
    expect((await download(path, cookies['admin@insjoriket.demo'])).status).toBe(403);
    expect((await download(path, cookies['viewer@gavleborg.demo'], 'cross-site')).status).toBe(403);
  });

  it("draws the demo's Halvårsredovisning 2019 live, as PDF and Word", async () => {
    const viewer = cookies['viewer@gavleborg.demo'];
    const pdf = await download(`gavleborg/${demoHalfYearId}/live.pdf`, viewer);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf);
    expect(text).toContain('Samordningsförbund Gävleborg');
    expect(text).toContain('Halvårsredovisning 2019');
    expect((await download(`gavleborg/${demoHalfYearId}/live.docx`, viewer)).status).toBe(200);
  });
});
