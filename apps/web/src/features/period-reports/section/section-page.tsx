/** `/f/:slug/rapporter/:reportId/avsnitt/:sectionId`: one section's generated content, text, versions and comments — built by the sections part of issue 23. */
export function SectionPage() {
  return null;
}
