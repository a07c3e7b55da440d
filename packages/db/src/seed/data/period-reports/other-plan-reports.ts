import type { DemoPeriodReport } from './demo-period-report-types.ts';

/**
 * Drafts of the other demo förbunds' verksamhetsplan reports, from their demo plans: the template's
 * generated sections only (their seeds are the plans themselves, already in the plan's tables), so
 * the list page shows more than one förbund's reports and a plan report without written texts.
 */
const draftFromPlan = ({
  startedAt,
  ...report
}: Pick<DemoPeriodReport, 'key' | 'tenantSlug' | 'title' | 'periodStart' | 'periodEnd' | 'deadline'> & {
  plan: string;
  /** When the editor started the draft (ISO timestamp). */
  startedAt: string;
}): DemoPeriodReport => ({
  ...report,
  kind: 'plan',
  texts: {},
  written: { by: 'editor', at: startedAt },
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
  startedAt: '2015-10-01T09:00:00+02:00',
});

export const insjoriketPlan2020Report = draftFromPlan({
  key: 'insjoriket-plan-2020',
  tenantSlug: 'insjoriket',
  title: 'Verksamhetsplan och budget 2020',
  periodStart: '2020-01-01',
  periodEnd: '2020-12-31',
  deadline: '2019-11-29',
  plan: 'Verksamhetsplan 2020',
  startedAt: '2019-10-01T09:00:00+02:00',
});
