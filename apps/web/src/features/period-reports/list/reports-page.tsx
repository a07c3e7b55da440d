/** `/f/:slug/rapporter`: the reports by kind and period with status, progress and deadline — built by the list part of issue 23. */
export function ReportsPage() {
  return null;
}
