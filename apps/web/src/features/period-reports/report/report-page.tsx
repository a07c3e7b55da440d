/** `/f/:slug/rapporter/:reportId`: one report's sections, workflow, adoption and downloads — built by the report part of issue 23. */
export function ReportPage() {
  return null;
}
