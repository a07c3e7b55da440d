/**
 * The insatser feature's words other pages need before its page strings load: the menu's title,
 * and the kinds, statuses and goal words that the audit log finds by value on the eager catalogue
 * (`features/audit/catalogue-key.ts`) and the förbund's workbook export writes (its unit tests read
 * the eager catalogue).
 */
export const interventionsWords = {
  title: 'Insatser',
  kinds: {
    individual: 'Individinriktad',
    structural: 'Strukturinriktad',
  },
  statuses: {
    pre_study: 'Förstudie',
    ongoing: 'Pågående',
    paused: 'Vilande',
    ended: 'Avslutad',
  },
  goals: {
    types: { count: 'Antal', share: 'Andel', qualitative: 'Kvalitativt' },
    comparisons: { at_least: 'Minst', at_most: 'Högst' },
  },
};
