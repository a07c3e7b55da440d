import { describe, expect, it } from 'vitest';
import type { Budget } from '../economy/budget.ts';
import { kronor, ore } from '../money/ore.ts';
import {
  gavleborg2020Commitments,
  gavleborg2020PrintedGranted,
  gavleborg2020PrintedOfWhich,
} from '../testing/gavleborg-2020-commitments.ts';
import { budgetCommitments, type PipelineApplication, pipelineAmountsIn } from './commitments.ts';

// Gävleborg's budget 2020 with plan 2021–2022 (verksamhetsplan 2020–2022): the intervention-funds
// line with the printed varav lines as the seed data holds them.
const gavleborg2020: Budget = {
  years: [2020, 2021, 2022],
  lines: [
    {
      code: 'contribution-state',
      name: 'FK/AF',
      kind: 'contribution',
      funderGroup: 'state',
      amounts: [kronor(6_660_000), kronor(6_660_000), kronor(6_660_000)],
    },
    {
      code: 'intervention-funds',
      name: 'Insatsmedel',
      kind: 'cost',
      costKind: 'interventionFunds',
      amounts: [kronor(15_300_000), kronor(9_808_000), kronor(9_748_000)],
      ofWhich: [
        { code: 'granted', name: 'Varav redan beviljat', amounts: [kronor(10_800_000), null, null] },
        {
          code: 'available',
          name: 'Varav tillgängligt för nya insatser',
          amounts: [kronor(4_470_000), null, null],
        },
      ],
    },
    {
      code: 'staff-costs',
      name: 'Personalkostnader',
      kind: 'cost',
      costKind: 'staff',
      amounts: [kronor(2_906_000), kronor(2_912_000), kronor(2_972_000)],
    },
  ],
};

// Härnösand-Timrå's budget 2016 with plan 2017–2018: two intervention-funds lines.
const harnosandTimra2016: Budget = {
  years: [2016, 2017, 2018],
  lines: [
    {
      code: 'premises',
      name: 'Lokal',
      kind: 'cost',
      costKind: 'otherAdministration',
      amounts: [kronor(60_000), kronor(60_000), kronor(60_000)],
    },
    {
      code: 'projects-granted',
      name: 'Beviljade projekt',
      kind: 'cost',
      costKind: 'interventionFunds',
      group: 'Projekt',
      amounts: [kronor(1_650_000), kronor(0), kronor(0)],
    },
    {
      code: 'projects-possible',
      name: 'Ev kommande projekt',
      kind: 'cost',
      costKind: 'interventionFunds',
      group: 'Projekt',
      amounts: [kronor(1_355_000), kronor(2_746_000), kronor(2_746_000)],
    },
  ],
};

const application = (overrides: Partial<PipelineApplication>): PipelineApplication => ({
  status: 'draft',
  expectedYear: null,
  expectedAmountOre: null,
  proposedAmountOre: null,
  requested: [],
  startYear: null,
  ...overrides,
});

describe('budgetCommitments — Gävleborg 2020', () => {
  // Six agreements whose 2020 years sum to 10 800 000 kr (the demo's §8 grants are illustrative).
  const agreementYears = [
    { year: 2020, amountOre: kronor(3_000_000) },
    { year: 2020, amountOre: kronor(2_500_000) },
    { year: 2020, amountOre: kronor(2_000_000) },
    { year: 2020, amountOre: kronor(1_800_000) },
    { year: 2020, amountOre: kronor(1_000_000) },
    { year: 2020, amountOre: kronor(500_000) },
    { year: 2021, amountOre: kronor(1_200_000) },
  ];
  const [y2020, y2021, y2022] = budgetCommitments({ budget: gavleborg2020, agreementYears, pipeline: [] });

  it('computes varav beviljat 10 800 000 kr and tillgängligt 4 500 000 kr of a line of 15 300 000 kr', () => {
    expect(y2020).toMatchObject(gavleborg2020Commitments);
    expect(y2021).toMatchObject({ grantedOre: kronor(1_200_000), availableOre: kronor(8_608_000) });
    expect(y2022).toMatchObject({ grantedOre: 0, availableOre: kronor(9_748_000) });
  });

  it('shows the printed 10 800 + 4 470 as 15 270, 30 000 kr short of the line', () => {
    expect(y2020?.printedOfWhich).toEqual([gavleborg2020PrintedOfWhich]);
    // Plan years leave the varav lines blank: nothing to compare.
    expect(y2021?.printedOfWhich).toEqual([]);
  });

  it('compares the printed varav beviljat with the computed one', () => {
    expect(y2020?.printedGranted).toEqual([gavleborg2020PrintedGranted]);
    const [short] = budgetCommitments({
      budget: gavleborg2020,
      agreementYears: [{ year: 2020, amountOre: kronor(10_000_000) }],
      pipeline: [],
    });
    expect(short?.printedGranted[0]?.differenceOre).toBe(kronor(800_000));
  });

  it('goes negative and says over-committed when the agreements exceed the line', () => {
    const [year] = budgetCommitments({
      budget: gavleborg2020,
      agreementYears: [
        { year: 2020, amountOre: kronor(15_300_000) },
        { year: 2020, amountOre: ore(12_345) },
      ],
      pipeline: [],
    });
    expect(year).toMatchObject({ availableOre: -12_345, isOverCommitted: true });
  });
});

describe('budgetCommitments — Härnösand-Timrå 2016', () => {
  it('adds both intervention-funds lines and computes beviljat 1 650 000 kr, tillgängligt 1 355 000 kr', () => {
    const [y2016, y2017] = budgetCommitments({
      budget: harnosandTimra2016,
      agreementYears: [
        { year: 2016, amountOre: kronor(1_100_000) },
        { year: 2016, amountOre: kronor(550_000) },
      ],
      pipeline: [],
    });
    expect(y2016).toMatchObject({
      interventionFundsOre: kronor(3_005_000),
      grantedOre: kronor(1_650_000),
      availableOre: kronor(1_355_000),
      printedOfWhich: [],
      printedGranted: [],
    });
    expect(y2017).toMatchObject({ interventionFundsOre: kronor(2_746_000), grantedOre: 0 });
  });
});

describe('the pipeline beside the commitments', () => {
  it('puts an expected application’s amount in its expected year and drafts to review at their requested years', () => {
    const [y2016, y2017] = budgetCommitments({
      budget: harnosandTimra2016,
      agreementYears: [],
      pipeline: [
        application({ status: 'expected', expectedYear: 2016, expectedAmountOre: kronor(300_000) }),
        application({
          status: 'underReview',
          requested: [
            { year: 2016, requestedOre: kronor(200_000) },
            { year: 2017, requestedOre: kronor(100_000) },
          ],
        }),
        application({ status: 'received', requested: [{ year: 2017, requestedOre: kronor(50_000.5) }] }),
        // Closed ones never count.
        application({ status: 'withdrawn', requested: [{ year: 2016, requestedOre: kronor(999_000) }] }),
        application({ status: 'granted', requested: [{ year: 2016, requestedOre: kronor(999_000) }] }),
      ],
    });
    expect([y2016?.expectedOre, y2016?.proposedOre]).toEqual([kronor(500_000), 0]);
    expect([y2017?.expectedOre, y2017?.proposedOre]).toEqual([kronor(150_000.5), 0]);
  });

  it('counts a proposal at its proposed amount split over the requested years, or its requested years', () => {
    const proposal = application({
      status: 'proposal',
      proposedAmountOre: kronor(100_000),
      requested: [
        { year: 2016, requestedOre: kronor(100_000) },
        { year: 2017, requestedOre: kronor(300_000) },
      ],
    });
    expect(pipelineAmountsIn(proposal, 2016)).toEqual({ expectedOre: 0, proposedOre: kronor(25_000) });
    expect(pipelineAmountsIn(proposal, 2017)).toEqual({ expectedOre: 0, proposedOre: kronor(75_000) });
    const unproposed = application({
      status: 'proposal',
      requested: [{ year: 2016, requestedOre: kronor(40_000) }],
    });
    expect(pipelineAmountsIn(unproposed, 2016)).toEqual({ expectedOre: 0, proposedOre: kronor(40_000) });
    const noYears = application({ status: 'proposal', proposedAmountOre: kronor(70_000), startYear: 2017 });
    expect(pipelineAmountsIn(noYears, 2017).proposedOre).toBe(kronor(70_000));
  });
});
