/** The API's download of a report's file (apps/api/src/features/report-output/report-file-route.ts). */
export function reportFileUrl(
  slug: string,
  reportId: string,
  version: 'live' | 'adopted',
  kind: 'pdf' | 'docx',
): string {
  return `/api/period-reports/${encodeURIComponent(slug)}/${encodeURIComponent(reportId)}/${version}.${kind}`;
}
