import type { DemoPeriodReport } from './demo-period-report-types.ts';

/**
 * Drafts of the other demo förbunds' verksamhetsplan reports, from their demo plans: the template's
 * generated sections only (their seeds are the plans themselves, already in the plan's tables), so
 * the list page shows more than one förbund's reports and a plan report without written texts.
 */
const draftFromPlan = (
  report: Pick<
    DemoPeriodReport,
    'key' | 'tenantSlug' | 'title' | 'periodStart' | 'periodEnd' | 'deadline'
  > & {
    plan: string;
  },
): DemoPeriodReport => ({
  ...report,
  kind: 'plan',
  texts: {},
  written: { by: 'editor', at: `${report.periodStart}T00:00:00+01:00` },
  work: {},
  notes: [],
  ready: null,
});

export const harnosandTimraPlan2016_2018Report = draftFromPlan({
  key: 'harnosand-timra-plan-2016-2018',
  tenantSlug: 'harnosand-timra',
  title: 'Verksamhetsplan och budget 2016–2018',
  periodStart: '2016-01-01',
  periodEnd: '2018-12-31',
  deadline: '2015-11-30',
  plan: 'Verksamhetsplan 2016–2018',
});

export const insjoriketPlan2020Report = draftFromPlan({
  key: 'insjoriket-plan-2020',
  tenantSlug: 'insjoriket',
  title: 'Verksamhetsplan och budget 2020',
  periodStart: '2020-01-01',
  periodEnd: '2020-12-31',
  deadline: '2019-11-29',
  plan: 'Verksamhetsplan 2020',
});
