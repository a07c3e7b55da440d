import { uppfoljningFinsam } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { demoInterventions } from './demo-interventions.ts';
import { demoReportInterventions } from './demo-test-helpers.ts';

const [gavleborg, , insjoriket] = demoInterventions;
if (!gavleborg || !insjoriket) throw new Error('demo förbund expected');

describe('uppfoljningFinsam — Gävleborg H1 2019', () => {
  const result = uppfoljningFinsam(demoReportInterventions(gavleborg));

  it('gives each individual-level intervention its budget, spend and participants by gender', () => {
    const se = result.rows.find((row) => row.name === 'Supported Employment coach Gävle');
    expect(se).toMatchObject({
      kind: 'individual',
      totalBudget: 53_601_300,
      spend: 28_472_300,
      individual: {
        planned: { total: 22 },
        actual: { total: 20, women: 8, men: 12, otherUnknown: 0 },
        ended: { total: 11 },
      },
      structural: null,
    });
  });

  it('gives each structural intervention the people reached and meetings held', () => {
    expect(
      result.rows.find((row) => row.name === 'Arbetsintegrerande socialt företagande (ASF)')?.structural,
    ).toEqual({
      staffReached: 0,
      managersReached: 0,
      unspecifiedReached: 62,
      personsReached: 62,
      meetingsHeld: 14,
    });
    expect(result.rows.find((row) => row.name === 'Naturbaserad grön rehabilitering')?.structural).toBeNull();
  });

  it('totals 559 + 20 participants, 349 people reached, and 9 140 368 kr budget / 1 453 759 kr spend across the two kinds', () => {
    expect(result.totals.individual.actualParticipants).toEqual({
      total: 579,
      women: 233,
      men: 150,
      otherUnknown: 196,
    });
    expect(result.totals.structural.personsReached).toBe(349);
    expect((result.totals.individual.totalBudget + result.totals.structural.totalBudget) / 100).toBe(
      9_140_368,
    );
    expect((result.totals.individual.spend + result.totals.structural.spend) / 100).toBe(1_453_759);
  });

  it('carries the Uppföljning Finsam fields the seeds give: SUS, Mentorskap by the NNS indicators, no ESF', () => {
    expect(result.rows.map((row) => [row.name, row.followUpMethod])).toContainEqual([
      'Mentorskap',
      'indicators',
    ]);
    expect(result.rows.filter((row) => row.followUpMethod === 'sus')).toHaveLength(7);
    expect(result.rows.some((row) => row.isEsfFunded)).toBe(false);
    // Without the books' spend the typed spend is used, and said to be typed.
    expect(result.rows.find((row) => row.name === 'Supported Employment coach Gävle')?.spendSource).toBe(
      'typed',
    );
  });

  it('lists rows individual-level first', () => {
    expect(result.rows.map((row) => row.kind)).toEqual([
      'individual',
      'individual',
      'structural',
      'structural',
      'structural',
      'structural',
      'structural',
      'structural',
    ]);
  });
});

describe('uppfoljningFinsam — Insjöriket 2020', () => {
  it('sums planned and actual participants of the four individual-level interventions', () => {
    const { totals } = uppfoljningFinsam(demoReportInterventions(insjoriket));
    expect(totals.individual.plannedParticipants).toEqual({
      total: 295,
      women: 157,
      men: 138,
      otherUnknown: 0,
    });
    expect(totals.individual.actualParticipants.total).toBe(161 + 62 + 47 + 44);
    expect(totals.structural.meetingsHeld).toBe(5);
  });
});
