/** `/f/:slug/rapporter/:reportId/dokument`: the whole document, live or as adopted — built by the sections part of issue 23. */
export function ReportDocumentPage() {
  return null;
}
