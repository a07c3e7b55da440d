import { kronor } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { gavleborgDemo } from '../interventions/gavleborg.ts';
import { demoFigures } from './demo-figures.ts';
import { gavleborgAllocationsH1_2019 as allocations } from './gavleborg-allocations.ts';

const interventionFundsActual = () => {
  const line = demoFigures.gavleborg.gavleborgOperatingStatementH1_2019.lines.find(
    (candidate) => candidate.code === allocations.lineCode,
  );
  if (!line) throw new Error('no Insatsmedel line');
  return line.actual;
};

describe("Gävleborg's H1 2019 allocations", () => {
  it('allocate 1 453 760 kr of the 1 514 867 kr Insatsmedel actual, leaving 61 107 kr', () => {
    const allocated = allocations.toInterventions.reduce((sum, row) => sum + row.amount, 0);
    expect(allocated).toBe(kronor(1_453_760));
    expect(interventionFundsActual()).toBe(kronor(1_514_867));
    expect(interventionFundsActual() - allocated).toBe(kronor(61_107));
  });

  it("equal each intervention's typed 2019 spend, and Trisam individ's Bilaga-1 1 kr", () => {
    for (const row of allocations.toInterventions) {
      const intervention = gavleborgDemo.interventions.find((candidate) => candidate.key === row.key);
      expect(intervention, row.key).toBeDefined();
      const typed = intervention?.budgets.find((budget) => budget.year === 2019)?.spendToDate;
      expect(typed ?? kronor(1), row.key).toBe(row.amount);
    }
    const spent = gavleborgDemo.interventions.filter((intervention) =>
      intervention.budgets.some((budget) => budget.year === 2019 && budget.spendToDate > 0),
    );
    expect(spent.map((intervention) => intervention.key).sort()).toEqual(
      allocations.toInterventions
        .map((row) => row.key)
        .filter((key) => key !== 'trisam-individ')
        .sort(),
    );
  });
});
