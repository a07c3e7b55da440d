import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
export type SectionReport = Outputs['periodReports']['get'];
export type SectionMeta = SectionReport['sections'][number];
export type SectionContent = Outputs['reportContent']['section'];
export type SectionTextVersion = Outputs['periodReports']['sections']['texts'][number];
export type SectionComment = Outputs['reportWorkflow']['comments']['list'][number];

/** Where a report's pages live: its overview, its whole document, one of its sections. */
export const reportPath = (slug: string, reportId: string) => `/f/${slug}/rapporter/${reportId}`;
export const documentPath = (slug: string, reportId: string) => `${reportPath(slug, reportId)}/dokument`;
export const sectionPath = (slug: string, reportId: string, sectionId: string) =>
  `${reportPath(slug, reportId)}/avsnitt/${sectionId}`;

/** "1.3 Verksamheten", or the title alone for an unnumbered section (Bilaga 1). */
export const numberedTitle = (section: { number: string; title: string }) =>
  section.number === '' ? section.title : `${section.number} ${section.title}`;
