/**
 * The economy's words other pages need before its page strings load: the menu's title and the
 * line kinds, funder groups, periods and report sections the förbund's workbook export writes.
 */
export const economyWords = {
  title: 'Ekonomi',
  kinds: {
    contribution: 'Medlemsbidrag',
    otherIncome: 'Övriga intäkter',
    financialIncome: 'Finansiella intäkter',
    cost: 'Kostnad',
    financialCost: 'Finansiella kostnader',
  },
  funderGroups: {
    state: 'Staten (FK+AF)',
    region: 'Regionen',
    municipalities: 'Kommunerna',
  },
  contributions: {
    periods: { year: 'Helår', H1: 'Första halvåret', H2: 'Andra halvåret' },
  },
  reports: {
    sections: {
      fixedAssets: 'Anläggningstillgångar',
      currentAssets: 'Omsättningstillgångar',
      equity: 'Eget kapital',
      provisions: 'Avsättningar',
      longTermLiabilities: 'Långfristiga skulder',
      currentLiabilities: 'Kortfristiga skulder',
    },
  },
};
