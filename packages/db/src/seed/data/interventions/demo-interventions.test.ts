import {
  activeAtPeriodEnd,
  budgetUsage,
  goalProblemsForKind,
  goalSchema,
  type IndividualFigures,
  interventionBudgetSchema,
  localGroupYearSchema,
  parsePeriod,
  participantsInPeriod,
  periodNoteSchema,
  personsReached,
  type StructuralFigures,
  validateParticipantFigures,
} from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { demoInterventions } from './demo-interventions.ts';
import { demoReportInterventions } from './demo-test-helpers.ts';
import { demoMemberNames } from './demo-types.ts';

const [gavleborg, harnosandTimra, insjoriket] = demoInterventions;
if (!gavleborg || !harnosandTimra || !insjoriket) throw new Error('three demo förbund expected');

const find = (key: string) => {
  for (const forbund of demoInterventions) {
    const found = forbund.interventions.find((item) => item.key === key);
    if (found) return found;
  }
  throw new Error(`no demo intervention ${key}`);
};
const figuresOf = (key: string) => find(key).figures[0]?.figures;
const budgetOf = (key: string) => find(key).budgets[0];
const kr = (ore: number | undefined) => (ore ?? Number.NaN) / 100;

describe('demo interventions are valid data', () => {
  it('passes every schema and validator, with goals that fit the kind', () => {
    for (const forbund of demoInterventions) {
      expect(demoReportInterventions(forbund).interventions).toHaveLength(forbund.interventions.length);
      for (const item of forbund.interventions) {
        for (const figures of item.figures) {
          expect(parsePeriod(figures.period), item.key).not.toBeNull();
          expect(validateParticipantFigures(figures.figures, item.kind), item.key).toMatchObject({
            ok: true,
          });
        }
        for (const { goal } of item.goals) {
          expect(goalSchema.safeParse(goal).success, item.key).toBe(true);
          expect(goalProblemsForKind(goal, item.kind), item.key).toEqual([]);
        }
        for (const budget of item.budgets)
          expect(interventionBudgetSchema.safeParse(budget).success, item.key).toBe(true);
        for (const note of item.notes) expect(periodNoteSchema.safeParse(note).success, item.key).toBe(true);
      }
      for (const group of forbund.localGroups) {
        for (const year of group.years)
          expect(localGroupYearSchema.safeParse(year).success, group.key).toBe(true);
      }
    }
  });

  it('refers to members only by the agreed names', () => {
    const names = new Set<string>(demoMemberNames);
    for (const forbund of demoInterventions) {
      for (const item of forbund.interventions) {
        for (const name of [item.lead, ...item.partners].filter((name) => name !== 'forbund'))
          expect(names.has(name), name).toBe(true);
      }
    }
  });

  it('marks every record that holds an invented value, and names what was invented', () => {
    for (const forbund of demoInterventions) {
      for (const item of forbund.interventions) {
        for (const record of [item, ...item.goals, ...item.budgets, ...item.figures]) {
          if (record.estimatedFields.length > 0) expect(record.isDemoEstimate).toBe(true);
        }
      }
    }
    expect(
      insjoriket.interventions.every((item) => item.figures.every((entry) => entry.isDemoEstimate)),
    ).toBe(true);
  });

  it('has the interventions the issue names', () => {
    expect(gavleborg.interventions.map((item) => item.name)).toEqual([
      'Trisam individ',
      'Supported Employment coach Gävle',
      'Trisam struktur',
      'Mysam processledare',
      'Mysam kommunspecifika samverkansmedel',
      'Arbetsintegrerande socialt företagande (ASF)',
      'Mentorskap',
      'Naturbaserad grön rehabilitering',
    ]);
    expect(gavleborg.localGroups.map((group) => group.name.replace('Mysam ', ''))).toEqual([
      'Bollnäs',
      'Gävle',
      'Hofors',
      'Hudiksvall',
      'Ljusdal',
      'Nordanstig',
      'Ockelbo',
      'Ovanåker',
      'Sandviken',
      'Söderhamn',
    ]);
    expect(harnosandTimra.interventions.map((item) => item.name)).toEqual(['Etappen', 'Navigator Timrå']);
    expect(insjoriket.interventions.map((item) => [item.name, item.kind])).toEqual([
      ['En väg in', 'individual'],
      ['Balder', 'individual'],
      ['Individsamverkansteam', 'individual'],
      ['Aktiv', 'individual'],
      ['Kunskapsdialoger', 'structural'],
    ]);
  });
});

describe('demo interventions hold the seed figures', () => {
  it('gives the SE coach 20 participants in 2019 (8 women, 12 men), 11 ended (3 women, 8 men), 9 active on 30 June', () => {
    const se = figuresOf('se-coach-gavle') as IndividualFigures;
    expect(participantsInPeriod(se)).toEqual({ total: 20, women: 8, men: 12, otherUnknown: 0 });
    expect(se.ended).toEqual({ total: 11, women: 3, men: 8, otherUnknown: 0 });
    expect(se.outcomes?.work).toEqual({ total: 6, women: 1, men: 5, otherUnknown: 0 });
    expect(se.outcomes?.studies.total).toBe(1);
    expect(se.outcomes?.otherPlanning.total).toBe(4);
    expect(activeAtPeriodEnd(se).total).toBe(9);
  });

  it('gives Trisam individ 363 new cases (225 women = 62 %) and 196 follow-up cases, 559 in all', () => {
    const trisam = figuresOf('trisam-individ') as IndividualFigures;
    expect(trisam.new).toEqual({ total: 363, women: 225, men: 138, otherUnknown: 0 });
    expect(trisam.ongoing.total).toBe(196);
    expect(participantsInPeriod(trisam).total).toBe(559);
    expect(budgetOf('trisam-individ')).toBeUndefined();
  });

  it('reaches 383 individuals as the seed counts them: 363 new Trisam cases + the SE coach’s 20', () => {
    const trisam = figuresOf('trisam-individ') as IndividualFigures;
    const se = figuresOf('se-coach-gavle') as IndividualFigures;
    expect(trisam.new.total + participantsInPeriod(se).total).toBe(383);
  });

  it('reaches 349 people in the structural interventions: 82 + 75 (Mysam) + 130 (Trisam) + 62 (ASF)', () => {
    const structural = gavleborg.interventions
      .filter((item) => item.kind === 'structural')
      .flatMap((item) => item.figures.map((entry) => entry.figures as StructuralFigures));
    expect(structural.reduce((sum, figures) => sum + personsReached(figures), 0)).toBe(349);
  });

  it('holds the budgets and spend of Bilaga 1', () => {
    const rows = [
      ['se-coach-gavle', 536_013, 284_723, 53],
      ['trisam-struktur', 1_600_000, 658_614, 41],
      ['mysam-processledare', 540_000, 229_119, 42],
      ['mysam-kommunspecifika-medel', 4_994_625, 28_118, 1],
      ['asf', 512_730, 253_185, 49],
      ['mentorskap', 500_000, 0, 0],
      ['naturbaserad-gron-rehabilitering', 457_000, 0, 0],
    ] as const;
    for (const [key, budget, spend, percent] of rows) {
      const row = budgetOf(key);
      expect([key, kr(row?.totalBudget), kr(row?.spendToDate)]).toEqual([key, budget, spend]);
      expect(row && budgetUsage(row).percentUsed, key).toBe(percent);
    }
  });

  it('splits the municipality-specific funds over the ten local groups to the öre, Gävle 1 828 035 kr, and their spend is 28 118 kr', () => {
    const years = gavleborg.localGroups.map((group) => group.years[0]);
    expect(kr(years.reduce((sum, year) => sum + (year?.budget ?? 0), 0))).toBe(4_994_625);
    expect(kr(years.reduce((sum, year) => sum + (year?.spend ?? 0), 0))).toBe(28_118);
    expect(kr(gavleborg.localGroups.find((group) => group.key === 'gavle')?.years[0]?.budget)).toBe(
      1_828_035,
    );
    expect(kr(gavleborg.localGroups.find((group) => group.key === 'ockelbo')?.years[0]?.budget)).toBe(
      104_886,
    );
  });

  it('gives Härnösand-Timrå Etappen 1 100 000 kr and Navigator Timrå 550 000 kr: the 1 650 tkr of granted projects', () => {
    expect(kr(budgetOf('etappen')?.totalBudget)).toBe(1_100_000);
    expect(kr(budgetOf('navigator-timra')?.totalBudget)).toBe(550_000);
  });

  it('holds Insjöriket’s Kunskapsdialoger to at least 4 a year and reports 5', () => {
    const dialogues = find('kunskapsdialoger');
    expect(dialogues.goals[0]?.goal).toMatchObject({
      type: 'count',
      measure: 'meetings_held',
      target: 4,
      period: '2020',
    });
    expect(dialogues.figures[0]?.figures).toMatchObject({ kind: 'structural', meetingsHeld: 5 });
  });
});
