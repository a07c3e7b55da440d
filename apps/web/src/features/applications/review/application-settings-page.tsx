/** The förbund's formal checklist and review criteria (admins edit) — to be built by the review part of issue 22 (see ARCHITECTURE.md, "Ansökningar"). */
export function ApplicationSettingsPage() {
  return null;
}
