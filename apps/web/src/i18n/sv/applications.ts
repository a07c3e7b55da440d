/**
 * Swedish strings shared by the applications pages (issue 22) that must be in the first download:
 * the menu entry and the sub-menu. Everything else of the area loads with its pages
 * (`../sv-pages.ts`): the labels in `application-labels.ts`, each slice's page strings in its file.
 */
export const applications = {
  ui: {
    title: 'Ansökningar',
    nav: {
      label: 'Ansökningar om samverkansmedel',
      pipeline: 'Ansökningar',
      reports: 'Rapporter',
      settings: 'Checklista och kriterier',
    },
  },
};
