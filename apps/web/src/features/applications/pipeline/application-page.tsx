/** One application: its fields, parties, goals, budget, attachments, history and the sections of review, decision and agreement — to be built by the pipeline part of issue 22 (see ARCHITECTURE.md, "Ansökningar"). */
export function ApplicationPage() {
  return null;
}
