import { parsePeriod, resultsReport } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { demoInterventions } from './demo-interventions.ts';
import { demoMemberNamesById, demoReportInterventions } from './demo-test-helpers.ts';

const gavleborg = demoInterventions[0];
if (!gavleborg) throw new Error('Gävleborg demo expected');
const { period, interventions } = demoReportInterventions(gavleborg);
const report = resultsReport({
  period,
  forbundName: gavleborg.forbundName,
  memberNames: demoMemberNamesById,
  interventions,
});
const row = (name: string) => {
  const found = report.find((entry) => entry.name === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

describe('resultsReport — Gävleborg H1 2019', () => {
  it('lists individual-level interventions first, then structural, each in Swedish name order', () => {
    expect(report.map((entry) => [entry.kind, entry.name])).toEqual([
      ['individual', 'Supported Employment coach Gävle'],
      ['individual', 'Trisam individ'],
      ['structural', 'Arbetsintegrerande socialt företagande (ASF)'],
      ['structural', 'Mentorskap'],
      ['structural', 'Mysam kommunspecifika samverkansmedel'],
      ['structural', 'Mysam processledare'],
      ['structural', 'Naturbaserad grön rehabilitering'],
      ['structural', 'Trisam struktur'],
    ]);
  });

  it("computes the SE coach's goal: 7 of 11 to work or studies, 64 % against 40 %", () => {
    const se = row('Supported Employment coach Gävle');
    expect(se.goals[1]?.followUp).toMatchObject({
      type: 'share',
      actual: { numerator: 7, denominator: 11 },
      actualPercent: 64,
      status: 'met',
    });
    expect(se.leadOrganisation).toBe('Arbetsförmedlingen');
    expect(se.partners).toEqual(['Gävle kommun', 'Försäkringskassan', 'Region Gävleborg']);
    expect(se.targetGroup.labels).toEqual(['Unga vuxna 16–29 år', 'Aktivitetsersättning', 'Psykisk ohälsa']);
    expect(se.methods).toEqual(['Supported Employment (SE)', 'Coachning', 'SIUS']);
    expect(se.budgetUsage?.percentUsed).toBe(53);
  });

  it('computes Trisam individ as 559 of 800 cases, 70 %, with the förbund as lead and no budget', () => {
    const trisam = row('Trisam individ');
    expect(trisam.goals[0]?.followUp).toMatchObject({
      type: 'count',
      target: 800,
      actual: 559,
      percentOfTarget: 70,
      status: 'not_yet_met',
    });
    expect(trisam.leadOrganisation).toBe('Samordningsförbund Gävleborg');
    expect(trisam.totalBudget).toBeNull();
    expect(trisam.budgetUsage).toBeNull();
    expect(trisam.participantRegistration).toBe('volume_only');
  });

  it('shows Trisam struktur at 1 600 000 kr budget and 658 614 kr spent, 41 %', () => {
    expect(row('Trisam struktur')).toMatchObject({
      totalBudget: 160_000_000,
      spend: 65_861_400,
      budgetUsage: { percentUsed: 41 },
    });
  });

  it('follows ASF up with the entered counts: 0 of 4 trainings, 5 of 10 local ASF groups', () => {
    const asf = row('Arbetsintegrerande socialt företagande (ASF)');
    expect(asf.goals.map((goal) => [goal.followUp.type, goal.followUp.status])).toEqual([
      ['count', 'not_yet_met'],
      ['qualitative', 'not_met'],
      ['count', 'not_yet_met'],
      ['qualitative', 'not_measured_yet'],
    ]);
    expect(asf.goals[2]?.followUp).toMatchObject({ actual: 5, target: 10, percentOfTarget: 50 });
  });

  it('carries the results text and comment of the period', () => {
    expect(row('Mentorskap').comment).toBe(
      'Med anledning av Arbetsförmedlingens varsel har beslut fattats om att skjuta upp starten av denna insats.',
    );
  });
});

describe('resultsReport — which interventions a period shows', () => {
  it('leaves out an intervention that ended before the period and one that starts after it', () => {
    const h2 = parsePeriod('2019-H2');
    if (!h2) throw new Error('period');
    const names = resultsReport({
      period: h2,
      forbundName: 'x',
      memberNames: demoMemberNamesById,
      interventions,
    }).map((entry) => entry.name);
    expect(names).toContain('Trisam struktur');
    const y2020 = parsePeriod('2020');
    if (!y2020) throw new Error('period');
    const in2020 = resultsReport({
      period: y2020,
      forbundName: 'x',
      memberNames: demoMemberNamesById,
      interventions,
    }).map((entry) => entry.name);
    expect(in2020).not.toContain('Trisam struktur');
    expect(in2020).not.toContain('Supported Employment coach Gävle');
    expect(in2020).not.toContain('Naturbaserad grön rehabilitering');
    expect(in2020).toContain('Trisam individ');
  });

  it('sorts Å, Ä and Ö after Z', () => {
    const base = interventions[2];
    if (!base) throw new Error('intervention');
    const named = ['Öppen ingång', 'Zon', 'Ängen', 'Åter'].map((name, index) => ({
      ...base,
      intervention: { ...base.intervention, id: `id-${index}`, name },
    }));
    const names = resultsReport({
      period,
      forbundName: 'x',
      memberNames: demoMemberNamesById,
      interventions: named,
    }).map((entry) => entry.name);
    expect(names).toEqual(['Zon', 'Åter', 'Ängen', 'Öppen ingång']);
  });
});
