import {
  budgetCommitments,
  finsamPartyProblems,
  localGroupBudgetProblems,
  type Ore,
  type PipelineApplication,
} from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { gavleborgBoard } from '../board/gavleborg.ts';
import { gavleborgBudget2020_2022 } from '../economy/gavleborg.ts';
import { harnosandTimraBudget2016_2018 } from '../economy/harnosand-timra.ts';
import { gavleborgDemo } from '../interventions/gavleborg.ts';
import type { DemoApplication, DemoForbundApplications } from './demo-application-types.ts';
import { demoApplications } from './demo-applications.ts';
import { gavleborgApplications } from './gavleborg.ts';
import { harnosandTimraApplications } from './harnosand-timra.ts';

const statusOf = (application: DemoApplication) => application.history.at(-1)?.to ?? 'expected';

/** The commitments' inputs as the API reads them from the loaded data. */
function commitmentInputs(forbund: DemoForbundApplications) {
  const agreementYears = forbund.applications.flatMap((application) =>
    (application.agreement?.years ?? []).map((row) => ({ year: row.year, amountOre: row.amountOre as Ore })),
  );
  const pipeline: PipelineApplication[] = forbund.applications
    .filter((application) => !['granted', 'rejected', 'withdrawn'].includes(statusOf(application)))
    .map((application) => ({
      status: statusOf(application),
      expectedYear: application.expected?.year ?? null,
      expectedAmountOre: (application.expected?.amountOre ?? null) as Ore | null,
      proposedAmountOre: (application.proposedOre ?? null) as Ore | null,
      startYear: application.startDate ? Number(application.startDate.slice(0, 4)) : null,
      requested: application.budgetYears.map((row) => ({
        year: row.year,
        requestedOre: row.requestedOre as Ore,
      })),
    }));
  return { agreementYears, pipeline };
}

describe('the demo applications', () => {
  it('give Härnösand-Timrå 2016 the budget’s figures: beviljat 1 650 000, tillgängligt and expected 1 355 000 kr', () => {
    const [year2016] = budgetCommitments({
      budget: harnosandTimraBudget2016_2018,
      ...commitmentInputs(harnosandTimraApplications),
    });
    expect(year2016).toMatchObject({
      year: 2016,
      interventionFundsOre: 300_500_000,
      grantedOre: 165_000_000,
      availableOre: 135_500_000,
      expectedOre: 135_500_000,
      isOverCommitted: false,
    });
  });

  it('give Gävleborg 2020 beviljat 10 800 000 and tillgängligt 4 500 000 kr; the printed 10 800 + 4 470 are 30 000 kr short', () => {
    const [year2020] = budgetCommitments({
      budget: gavleborgBudget2020_2022,
      ...commitmentInputs(gavleborgApplications),
    });
    expect(year2020).toMatchObject({ year: 2020, grantedOre: 1_080_000_000, availableOre: 450_000_000 });
    expect(year2020?.printedOfWhich).toEqual([
      expect.objectContaining({ lineCode: 'intervention-funds', differenceOre: 3_000_000 }),
    ]);
    expect(year2020?.printedGranted).toEqual([
      expect.objectContaining({ printedOre: 1_080_000_000, computedOre: 1_080_000_000, differenceOre: 0 }),
    ]);
  });

  it('keep the Finsam rule from received on, and keep each local group within its 2019 budget', () => {
    for (const forbund of demoApplications) {
      for (const application of forbund.applications) {
        const problems = finsamPartyProblems(
          { leadMemberId: application.lead, partyMemberIds: application.parties },
          statusOf(application),
        );
        expect(problems, application.key).toEqual([]);
      }
    }
    const submitted = gavleborgApplications.applications.filter(
      (application) => application.localGroup && !['expected', 'draft'].includes(statusOf(application)),
    );
    expect(submitted.map((application) => application.key)).toEqual([
      'sandviken-fontanhus',
      'ljusdal-kartlaggning',
      'ockelbo-se-ips',
    ]);
    for (const application of submitted) {
      const group = gavleborgDemo.localGroups.find((candidate) => candidate.name === application.localGroup);
      const rooms = (group?.years ?? []).map((year) => ({
        year: year.year,
        budgetOre: year.budget,
        committedOre: gavleborgApplications.applications
          .filter((other) => other !== application && other.localGroup === application.localGroup)
          .flatMap((other) => other.agreement?.years ?? [])
          .filter((row) => row.year === year.year)
          .reduce((sum, row) => sum + row.amountOre, 0),
      }));
      expect(localGroupBudgetProblems(application.budgetYears, rooms), application.key).toEqual([]);
    }
  });

  it('grant the May 2019 applications with the amounts of the board’s decisions that name them', () => {
    const may = gavleborgBoard.meetings.find((meeting) => meeting.key === 'gavleborg-fs-2019-05-24');
    const decided = gavleborgApplications.applications.filter((application) => application.decision?.board);
    expect(decided).toHaveLength(4);
    for (const application of decided) {
      const item = may?.items.find(
        (candidate) => candidate.paragraph === application.decision?.board?.paragraph,
      );
      expect(item?.concerns, application.key).toEqual({ application: application.title });
      expect(item?.decision?.grantedAmountOre, application.key).toBe(application.decision?.grantedOre);
    }
  });

  it('mark every application with an invented field as a demo estimate, naming the fields', () => {
    for (const forbund of demoApplications) {
      for (const application of forbund.applications) {
        expect(application.isDemoEstimate, application.key).toBe(application.estimatedFields.length > 0);
        if (application.agreement) expect(application.agreement.isDemoEstimate, application.key).toBe(true);
      }
    }
  });
});
