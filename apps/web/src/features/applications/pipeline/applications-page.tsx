/** The pipeline: applications by status, filters, new application — to be built by the pipeline part of issue 22 (see ARCHITECTURE.md, "Ansökningar"). */
export function ApplicationsPage() {
  return null;
}
