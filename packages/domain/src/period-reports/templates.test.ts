import { describe, expect, it } from 'vitest';
import { sectionNumbers } from './numbering.ts';
import { defaultTemplate } from './templates.ts';

describe('defaultTemplate', () => {
  it("numbers the half-year report's sections as Gävleborg's 2019 report", () => {
    const template = defaultTemplate('halfYear');
    const numbered = sectionNumbers(template).map((number, index) =>
      `${number} ${template[index]?.title}`.trim(),
    );
    expect(numbered).toEqual([
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
    ]);
  });
  it('has the verksamhetsplan och budget in eight generated sections', () => {
    expect(defaultTemplate('plan').map((s) => s.source)).toEqual([
      'organisation',
      'planVision',
      'planTargetGroups',
      'planActivity',
      'planGoals',
      'boardComposition',
      'budget',
      'grantedInterventions',
    ]);
  });
});
