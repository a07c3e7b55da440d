import { type Budget, type FinancingMember, kronor, type Ore } from '@samsyn/domain';

/**
 * Samordningsförbundet Härnösand-Timrå, budget 2016 with plan 2017–2018
 * (harnosand-timra-verksamhetsplan-2016-2018.txt, section 8; tkr there, kronor here). The document
 * says "Landstinget Västernorrland"; the member is named as it is today.
 */
export const harnosandTimraMembers: FinancingMember[] = [
  { id: 'fk', kind: 'fk', name: 'Försäkringskassan' },
  { id: 'af', kind: 'af', name: 'Arbetsförmedlingen' },
  { id: 'region-vasternorrland', kind: 'region', name: 'Region Västernorrland' },
  { id: 'harnosand', kind: 'municipality', name: 'Härnösands kommun' },
  { id: 'timra', kind: 'municipality', name: 'Timrå kommun' },
];

const tkr = (...amounts: number[]): Ore[] => amounts.map((amount) => kronor(amount * 1000));

export const harnosandTimraBudget2016_2018: Budget = {
  years: [2016, 2017, 2018],
  lines: [
    {
      code: 'contribution-state',
      name: 'Försäkringskassan Västernorrland, Arbetsförmedlingen',
      kind: 'contribution',
      funderGroup: 'state',
      amounts: tkr(1811, 1811, 1811),
    },
    {
      code: 'contribution-region',
      name: 'Landstinget Västernorrland',
      kind: 'contribution',
      funderGroup: 'region',
      memberId: 'region-vasternorrland',
      amounts: tkr(906, 906, 906),
    },
    {
      code: 'contribution-harnosand',
      name: 'Härnösands kommun',
      kind: 'contribution',
      funderGroup: 'municipalities',
      memberId: 'harnosand',
      amounts: tkr(453, 453, 453),
    },
    {
      code: 'contribution-timra',
      name: 'Timrå kommun',
      kind: 'contribution',
      funderGroup: 'municipalities',
      memberId: 'timra',
      amounts: tkr(453, 453, 453),
    },
    {
      code: 'premises',
      name: 'Lokalkostnader',
      kind: 'cost',
      costKind: 'otherAdministration',
      group: 'Kansli',
      amounts: tkr(20, 20, 20),
    },
    {
      code: 'travel',
      name: 'Resekostnader',
      kind: 'cost',
      costKind: 'otherAdministration',
      group: 'Kansli',
      amounts: tkr(30, 30, 30),
    },
    {
      code: 'representation',
      name: 'Representation',
      kind: 'cost',
      costKind: 'otherAdministration',
      group: 'Kansli',
      amounts: tkr(5, 5, 5),
    },
    {
      code: 'office-supplies',
      name: 'Kontorsmaterial',
      kind: 'cost',
      costKind: 'otherAdministration',
      group: 'Kansli',
      amounts: tkr(17, 17, 17),
    },
    {
      code: 'fees',
      name: 'Arvoden',
      kind: 'cost',
      costKind: 'otherAdministration',
      group: 'Kansli',
      amounts: tkr(50, 50, 50),
    },
    {
      code: 'other',
      name: 'Övriga kostnader',
      kind: 'cost',
      costKind: 'otherAdministration',
      group: 'Kansli',
      amounts: tkr(15, 15, 15),
    },
    {
      code: 'hired-staff',
      name: 'Inhyrd personal',
      kind: 'cost',
      costKind: 'staff',
      group: 'Kansli',
      amounts: tkr(700, 700, 700),
    },
    {
      code: 'training',
      name: 'Utbildning/konferens',
      kind: 'cost',
      costKind: 'otherAdministration',
      group: 'Kansli',
      amounts: tkr(40, 40, 40),
    },
    {
      code: 'projects-granted',
      name: 'Beviljade projekt',
      kind: 'cost',
      costKind: 'interventionFunds',
      group: 'Projekt',
      amounts: tkr(1650, 0, 0),
    },
    {
      code: 'projects-possible',
      name: 'Ev kommande projekt',
      kind: 'cost',
      costKind: 'interventionFunds',
      group: 'Projekt',
      amounts: tkr(1355, 2746, 2746),
    },
  ],
};

/** Equity per the balance budget: 984 tkr at the end of 2015 (prognos). */
export const harnosandTimraOpeningEquity2016: Ore = kronor(984_000);
