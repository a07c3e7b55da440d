/**
 * The half-year template's sections as Gävleborg's 2019 report numbers them ("number title"), the
 * expectation the template's, a new report's and the demo report's tests share.
 */
export const halfYearSectionTitles = [
  '1 Förvaltningsberättelse',
  '1.1 Sammanfattning av perioden',
  '1.2 Om förbundet',
  '1.3 Beskrivning av verksamheten',
  '1.4 Måluppfyllelse och resultat',
  '2 Styrelsens arbete',
  '3 Ekonomiskt utfall',
  '3.1 Resultaträkning',
  '3.2 Balansräkning',
  '3.3 Driftredovisning',
  '3.4 Redovisnings- och värderingsprinciper',
  '3.5 Noter',
  '4 Styrelsens beslut',
  '5 Bilagor',
  'Bilaga 1: Mål och resultat av insatser',
  'Bilaga 2: Prognos och finansiellt mål',
] as const;
