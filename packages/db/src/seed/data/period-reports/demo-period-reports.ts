import { defaultTemplate, type TemplateSection } from '@samsyn/domain';
import type { DemoPeriodReport } from './demo-period-report-types.ts';
import { gavleborgHalfYear2019 } from './gavleborg-halfyear-2019.ts';
import { gavleborgPlan2020_2022Report } from './gavleborg-plan-2020-2022.ts';
import { harnosandTimraPlan2016_2018Report, insjoriketPlan2020Report } from './other-plan-reports.ts';

/**
 * The demo's period reports: Gävleborg's half-year report 2019 (every section ready, not adopted —
 * adopting it with the board's decision of 23 August 2019 is one click) and its verksamhetsplan och
 * budget 2020–2022 in draft; drafts of Härnösand-Timrå's and Insjöriket's plan reports.
 */
export const demoPeriodReports: readonly DemoPeriodReport[] = [
  gavleborgHalfYear2019,
  gavleborgPlan2020_2022Report,
  harnosandTimraPlan2016_2018Report,
  insjoriketPlan2020Report,
];

/**
 * A demo report's sections: its kind's template in order, each written section's text from the
 * data instead of the template's starting text. Throws when the data names a section the template
 * does not have (a title changed in the template): a bug in the seed data.
 */
export function demoReportSections(report: DemoPeriodReport): TemplateSection[] {
  const template = defaultTemplate(report.kind);
  const titles = new Set(template.map((section) => section.title));
  for (const title of [...Object.keys(report.texts), ...Object.keys(report.work)])
    if (!titles.has(title)) throw new Error(`demo period reports: ${report.key} has no section ${title}`);
  return template.map((section) => ({
    ...section,
    body: [...(report.texts[section.title] ?? section.body)],
  }));
}
