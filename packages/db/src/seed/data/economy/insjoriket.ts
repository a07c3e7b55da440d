import {
  type Budget,
  type FinancingMember,
  kronor,
  type MunicipalityAllocationKey,
  type Ore,
} from '@samsyn/domain';

/**
 * Samordningsförbundet Insjöriket. Its plan for 2020 (insjoriket-verksamhetsplan-2020.txt) has no
 * figures, so this budget is INVENTED for the demo: plausible amounts for the activities the plan
 * names (En väg in with Balder, Individsamverkansteam and Aktiv; kunskapsdialoger; the
 * jämställdhetsstrateg and Genuskompassen; a small kansli). Not Insjöriket's real budget.
 */
export const insjoriketIsInvented = true;

export const insjoriketMembers: FinancingMember[] = [
  { id: 'fk', kind: 'fk', name: 'Försäkringskassan' },
  { id: 'af', kind: 'af', name: 'Arbetsförmedlingen' },
  { id: 'vgr', kind: 'region', name: 'Västra Götalandsregionen' },
  { id: 'harryda', kind: 'municipality', name: 'Härryda kommun' },
  { id: 'molndal', kind: 'municipality', name: 'Mölndals stad' },
  { id: 'partille', kind: 'municipality', name: 'Partille kommun' },
];

/** INVENTED: a population key of the right order of magnitude, not official statistics. */
export const insjoriketMunicipalityKey: MunicipalityAllocationKey = {
  kind: 'population',
  asOf: '2019-12-31',
  population: { harryda: 37_800, molndal: 67_900, partille: 38_900 },
};

const amounts = (amount: number): Ore[] => [kronor(amount)];

/** INVENTED budget 2020: 8 000 000 kr in contributions, a deficit of 200 000 kr taken from equity. */
export const insjoriketBudget2020: Budget = {
  years: [2020],
  lines: [
    {
      code: 'contribution-state',
      name: 'Staten (FK+AF)',
      kind: 'contribution',
      funderGroup: 'state',
      amounts: amounts(4_000_000),
    },
    {
      code: 'contribution-region',
      name: 'Västra Götalandsregionen',
      kind: 'contribution',
      funderGroup: 'region',
      memberId: 'vgr',
      amounts: amounts(2_000_000),
    },
    {
      code: 'contribution-municipalities',
      name: 'Kommunerna',
      kind: 'contribution',
      funderGroup: 'municipalities',
      amounts: amounts(2_000_000),
    },
    {
      code: 'individual-interventions',
      name: 'Individinriktade insatser (En väg in)',
      kind: 'cost',
      costKind: 'interventionFunds',
      group: 'Insatser',
      amounts: amounts(5_600_000),
    },
    {
      code: 'knowledge-dialogues',
      name: 'Kunskapsdialoger',
      kind: 'cost',
      costKind: 'interventionFunds',
      group: 'Insatser',
      amounts: amounts(300_000),
    },
    {
      code: 'gender-equality',
      name: 'Jämställdhetsarbete och Genuskompassen',
      kind: 'cost',
      costKind: 'interventionFunds',
      group: 'Insatser',
      amounts: amounts(500_000),
    },
    {
      code: 'staff-costs',
      name: 'Personalkostnader, kansli',
      kind: 'cost',
      costKind: 'staff',
      group: 'Kansli',
      amounts: amounts(1_500_000),
    },
    {
      code: 'other-external-costs',
      name: 'Övriga externa kostnader',
      kind: 'cost',
      costKind: 'otherAdministration',
      group: 'Kansli',
      amounts: amounts(300_000),
    },
  ],
};
