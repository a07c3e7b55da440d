/** `/f/:slug/rapporter/ny`: a new report (kind, period, deadline), copying the last one of its kind — built by the list part of issue 23. */
export function NewReportPage() {
  return null;
}
