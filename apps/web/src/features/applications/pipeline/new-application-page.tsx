/** A new application (or an expected one) — to be built by the pipeline part of issue 22 (see ARCHITECTURE.md, "Ansökningar"). */
export function NewApplicationPage() {
  return null;
}
