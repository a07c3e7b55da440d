import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import { planActivitySection } from './plan-activity.ts';
import { planGoalsSection } from './plan-goals.ts';
import type { ReportPlanInput } from './plan-input.ts';
import { planTargetGroupsSection } from './plan-target-groups.ts';
import { planVisionSection } from './plan-vision.ts';

// Gävleborg's Verksamhetsplan och budget 2020–2022 (§2–5), its Swedish letters restored.
const plan: ReportPlanInput = {
  name: 'Verksamhetsplan och budget 2020–2022',
  firstYear: 2020,
  lastYear: 2022,
  vision:
    'Ett socialt hållbart och jämställt samhälle där individer med behov av samordnad rehabilitering når egen försörjning.\n\nVi uppmuntrar våra parter till att vara innovativa.',
  targetGroups: [
    'Individer, mellan 16–64 år, som är i behov av samordnade insatser för inträde eller återgång till arbetsmarknaden eller annan varaktig försörjning',
    'Personer med behov av samordnade förebyggande insatser',
  ],
  directions: [
    'Den övergripande inriktningen utgörs av insatsfinansiering.',
    'Förbundets andra inriktning …',
  ],
  areas: [],
  goals: [
    {
      areaId: null,
      code: '5.4',
      title: 'Verksamhet i ekonomisk balans',
      description: 'De till Samordningsförbundet tilldelade medlen ska komma parterna till del.',
      indicators: [
        {
          text: 'Det egna kapitalet ska inte överstiga 20 % av förbundets budgeterade intäkter vid årets slut.',
          comparison: 'atMost',
          unit: 'percent',
          targetValue: '20.00',
        },
      ],
      activities: [{ text: 'Följa upp det egna kapitalet varje kvartal.', year: 2021 }],
    },
  ],
};
const text = (result: SourceResult) =>
  result.status === 'ok' ? blocksToPlainText(result.blocks).replace(/\u00a0/g, ' ') : result.reason;

describe('the plan’s sections (§2 Vision, §3 Målgrupp, §4 Verksamhet, §5 Mål)', () => {
  it('writes the vision paragraph by paragraph', () => {
    expect(text(planVisionSection(plan, 2020))).toBe(
      'Ett socialt hållbart och jämställt samhälle där individer med behov av samordnad rehabilitering når egen försörjning.\nVi uppmuntrar våra parter till att vara innovativa.',
    );
  });

  it('joins two target groups into the plan’s one sentence, and lists labelled ones', () => {
    expect(text(planTargetGroupsSection(plan, 2020))).toBe(
      'Samordningsförbundets målgrupp är individer, mellan 16–64 år, som är i behov av samordnade insatser för inträde eller återgång till arbetsmarknaden eller annan varaktig försörjning samt personer med behov av samordnade förebyggande insatser.',
    );
    expect(
      text(
        planTargetGroupsSection(
          { ...plan, targetGroups: ['Individinriktade insatser: individer 16–64 år'] },
          2019,
        ),
      ),
    ).toBe('Samordningsförbundets målgrupper:\nIndividinriktade insatser: individer 16–64 år');
  });

  it('introduces several directions', () => {
    expect(text(planActivitySection(plan, 2020)).split('\n')).toEqual([
      'För att realisera visionen och förbundets syfte har Samordningsförbundets verksamhet flera inriktningar.',
      'Den övergripande inriktningen utgörs av insatsfinansiering.',
      'Förbundets andra inriktning …',
    ]);
  });

  it('gives each goal its heading, description and indicators with targets; activities of the first year only', () => {
    expect(text(planGoalsSection(plan, 2020))).toBe(
      [
        '5.4 Verksamhet i ekonomisk balans',
        'De till Samordningsförbundet tilldelade medlen ska komma parterna till del.',
        'Indikatorer för mål 5.4',
        'Indikator\tMålvärde',
        'Det egna kapitalet ska inte överstiga 20 % av förbundets budgeterade intäkter vid årets slut.\tHögst 20 %',
      ].join('\n'),
    );
  });

  it('says where to register the plan when none covers the year', () => {
    const reason =
      'Ingen verksamhetsplan omfattar 2031. Registrera förbundets verksamhetsplan under Verksamhetsplan, eller välj planen i rapportens uppgifter.';
    for (const section of [planVisionSection, planTargetGroupsSection, planActivitySection, planGoalsSection])
      expect(section(null, 2031)).toEqual({ status: 'unavailable', reason });
  });
});
