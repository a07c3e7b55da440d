import { describe, expect, it } from 'vitest';
import { riskBand, riskMatrix, riskSchema, riskScore } from './risk.ts';

const risk = {
  event: 'Arbetsförmedlingens omorganisation',
  likelihood: 4,
  consequence: 3,
  controlMeasures: '',
  owner: 'Förbundschef',
  reviewedOn: '2020-02-20',
};

describe('risk score and bands', () => {
  it('multiplies likelihood and consequence', () => {
    expect(riskScore({ likelihood: 4, consequence: 3 })).toBe(12);
  });
  it('bands the scores 1–3 low, 4–6 medium, 8–9 high, 12–16 very high', () => {
    expect([1, 3, 4, 6, 8, 9, 12, 16].map(riskBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'veryHigh',
      'veryHigh',
    ]);
  });
});

describe('riskMatrix', () => {
  it('has four rows from consequence 4 down and four likelihood columns, each risk in its cell', () => {
    const matrix = riskMatrix([
      { id: 'a', likelihood: 4, consequence: 3 },
      { id: 'b', likelihood: 1, consequence: 1 },
    ]);
    expect(matrix.map((row) => row[0]?.consequence)).toEqual([4, 3, 2, 1]);
    expect(matrix[0]?.map((cell) => cell.likelihood)).toEqual([1, 2, 3, 4]);
    expect(matrix[1]?.[3]).toMatchObject({ score: 12, band: 'veryHigh', risks: [{ id: 'a' }] });
    expect(matrix[3]?.[0]?.risks).toEqual([{ id: 'b', likelihood: 1, consequence: 1 }]);
    expect(matrix.flat().reduce((sum, cell) => sum + cell.risks.length, 0)).toBe(2);
  });
});

describe('riskSchema', () => {
  it('takes a risk as the board writes it', () => {
    expect(riskSchema.parse(risk)).toEqual(risk);
  });
  it('refuses levels outside 1–4, an empty event and a day that does not exist', () => {
    const issues = riskSchema
      .safeParse({ ...risk, event: ' ', likelihood: 5, consequence: 0, reviewedOn: '2020-02-30' })
      .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['event', 'planRisk.eventRequired'],
      ['likelihood', 'planRisk.likelihoodInvalid'],
      ['consequence', 'planRisk.consequenceInvalid'],
      ['reviewedOn', 'planRisk.reviewedOnInvalid'],
    ]);
  });
});
