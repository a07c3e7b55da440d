import { describe, expect, it } from 'vitest';
import { halfYearSectionTitles } from '../testing/index.ts';
import { sectionNumbers } from './numbering.ts';
import { defaultTemplate } from './templates.ts';

describe('defaultTemplate', () => {
  it("numbers the half-year report's sections as Gävleborg's 2019 report", () => {
    const template = defaultTemplate('halfYear');
    const numbered = sectionNumbers(template).map((number, index) =>
      `${number} ${template[index]?.title}`.trim(),
    );
    expect(numbered).toEqual(halfYearSectionTitles);
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
