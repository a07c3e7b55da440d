/**
 * The förbund's Excel workbook's sheets, in the order of the menu: the expectation the sheets' unit
 * test and the download's browser test share.
 */
export const workbookSheetNames = [
  'Medlemmar',
  'Budget',
  'Medlemsbidrag',
  'Utfall',
  'Balansräkning',
  'Prognos',
  'Insatser',
  'Deltagare per period',
  'Mål',
  'Lokala grupper',
  'Team',
  'Händelselogg',
] as const;
