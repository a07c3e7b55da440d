/** The printable funding agreement summary of one application — to be built by the agreements part of issue 22 (see ARCHITECTURE.md, "Ansökningar"). */
export function AgreementPage() {
  return null;
}
