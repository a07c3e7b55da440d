/** The printable review opinion (yttrande) of one application — to be built by the review part of issue 22 (see ARCHITECTURE.md, "Ansökningar"). */
export function ReviewOpinionPage() {
  return null;
}
