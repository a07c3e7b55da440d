/**
 * Swedish strings of the period reports (issue 23) that must be in the first download: the menu
 * entry. Everything else loads with the pages (`../sv-pages.ts`): the labels in `report-labels.ts`,
 * the pages' strings in `period-reports-pages.ts` and `report-sections-pages.ts`.
 */
export const periodReports = {
  ui: {
    title: 'Rapporter',
  },
};
