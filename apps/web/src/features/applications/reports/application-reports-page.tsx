/** Beviljade insatser <år>, the pipeline, commitments per year ahead, payments due, reports overdue — to be built by the reports part of issue 22 (see ARCHITECTURE.md, "Ansökningar"). */
export function ApplicationReportsPage() {
  return null;
}
