import {
  type BalanceLine,
  type Budget,
  type FinancingMember,
  type FinancingOverride,
  type FinancingSplitInput,
  type ForecastInputLine,
  type IncomeStatementFigures,
  type InvoicedContribution,
  kronor,
  type MunicipalityAllocationKey,
  type OperatingStatementInputLine,
  type Ore,
  percent,
} from '@samsyn/domain';

/**
 * Samordningsförbund Gävleborg, from its own documents (shared/seeds): the half-year report 2019
 * (gavleborg-halvarsredovisning-2019.txt) and the plan 2020–2022
 * (gavleborg-verksamhetsplan-budget-2020-2022.txt). Every figure is the document's; where the
 * document contradicts itself the comment says which figure is used and why.
 */

export const gavleborgMembers: FinancingMember[] = [
  { id: 'fk', kind: 'fk', name: 'Försäkringskassan' },
  { id: 'af', kind: 'af', name: 'Arbetsförmedlingen' },
  { id: 'region-gavleborg', kind: 'region', name: 'Region Gävleborg' },
  { id: 'gavle', kind: 'municipality', name: 'Gävle kommun' },
  { id: 'sandviken', kind: 'municipality', name: 'Sandvikens kommun' },
  { id: 'hudiksvall', kind: 'municipality', name: 'Hudiksvalls kommun' },
  { id: 'bollnas', kind: 'municipality', name: 'Bollnäs kommun' },
  { id: 'soderhamn', kind: 'municipality', name: 'Söderhamns kommun' },
  { id: 'ljusdal', kind: 'municipality', name: 'Ljusdals kommun' },
  { id: 'ovanaker', kind: 'municipality', name: 'Ovanåkers kommun' },
  { id: 'hofors', kind: 'municipality', name: 'Hofors kommun' },
  { id: 'nordanstig', kind: 'municipality', name: 'Nordanstigs kommun' },
  { id: 'ockelbo', kind: 'municipality', name: 'Ockelbo kommun' },
];

/**
 * Gävleborg's fördelningsnyckel among the municipalities, as agreed percentages. The seeds give no
 * key and no population figures; these percentages are derived from the contributions in not 1 of
 * the half-year report: each municipality's amount / 1 664 875 kr lies within 0,0008 percentage
 * points of a one-decimal percentage, and the ten add up to exactly 100,0 %. (Gävle's 36,6 % is
 * more than its share of the county's population, so this is an agreed key, not a population key.)
 */
export const gavleborgMunicipalityKey: MunicipalityAllocationKey = {
  kind: 'agreed',
  percentages: {
    gavle: '36.6',
    sandviken: '13.3',
    hudiksvall: '13.0',
    bollnas: '9.2',
    soderhamn: '8.8',
    ljusdal: '6.5',
    ovanaker: '3.9',
    hofors: '3.3',
    nordanstig: '3.3',
    ockelbo: '2.1',
  },
};

/**
 * The contributions of the first half of 2019 as not 1 books them. How they arise: the year's
 * contributions are 13 319 000 kr (half-year report 1.2), i.e. a state part of 6 659 500 that the
 * region and the municipalities each match with half, 3 329 750 (budget in bilaga 2). For the half
 * year that is 3 329 750 / 1 664 875 / 1 664 875 = 6 659 500 kr. But the state paid 3 330 000 kr,
 * a round figure 250 kr above its matched half (also in 2018: 1 665 000 for H1), and six
 * municipalities' amounts differ by ±1 kr from the largest-remainder split of the key — the förbund
 * rounded by hand. Both are kept as overrides with a comment, so the split reproduces every krona
 * and reports the deviation from 50/25/25.
 */
export const gavleborgFinancingH1_2019: FinancingSplitInput = {
  members: gavleborgMembers,
  basis: { kind: 'state', state: kronor(3_329_750) },
  key: gavleborgMunicipalityKey,
  overrides: [
    {
      lineId: 'state',
      amount: kronor(3_330_000),
      comment: 'Statens utbetalning för halvåret enligt not 1 (avrundat belopp)',
    },
    ...(
      [
        ['gavle', 609_345],
        ['hudiksvall', 216_435],
        ['bollnas', 153_168],
        ['soderhamn', 146_510],
        ['hofors', 54_940],
        ['nordanstig', 54_940],
      ] as const
    ).map(
      ([lineId, amount]): FinancingOverride => ({
        lineId,
        amount: kronor(amount),
        comment: 'Fakturerat belopp enligt not 1 (förbundets avrundning)',
      }),
    ),
  ],
};

/** Not 1, 2019-06-30 column: the contributions as invoiced and booked per member. */
export const gavleborgInvoicedH1_2019: InvoicedContribution[] = [
  { id: 'state', name: 'Driftbidrag från staten', amount: kronor(3_330_000) },
  { id: 'bollnas', name: 'Bollnäs kommun', amount: kronor(153_168) },
  { id: 'ljusdal', name: 'Ljusdals kommun', amount: kronor(108_217) },
  { id: 'hofors', name: 'Hofors kommun', amount: kronor(54_940) },
  { id: 'nordanstig', name: 'Nordanstigs kommun', amount: kronor(54_940) },
  { id: 'ockelbo', name: 'Ockelbo kommun', amount: kronor(34_962) },
  { id: 'ovanaker', name: 'Ovanåkers kommun', amount: kronor(64_930) },
  { id: 'sandviken', name: 'Sandvikens kommun', amount: kronor(221_428) },
  { id: 'soderhamn', name: 'Söderhamns kommun', amount: kronor(146_510) },
  { id: 'hudiksvall', name: 'Hudiksvalls kommun', amount: kronor(216_435) },
  { id: 'gavle', name: 'Gävle kommun', amount: kronor(609_345) },
  { id: 'region-gavleborg', name: 'Region Gävleborg', amount: kronor(1_664_875) },
];

/** Budget 2019 as bilaga 2 (prognos) gives it; the interest of 500 kr is why its result is −899 500, not −900 000. */
export const gavleborgBudget2019: Budget = {
  years: [2019],
  lines: [
    {
      code: 'contribution-state',
      name: 'Driftsbidrag från Försäkringskassan och AF',
      kind: 'contribution',
      funderGroup: 'state',
      amounts: [kronor(6_659_500)],
    },
    {
      code: 'contribution-region',
      name: 'Driftsbidrag från Region Gävleborg',
      kind: 'contribution',
      funderGroup: 'region',
      memberId: 'region-gavleborg',
      amounts: [kronor(3_329_750)],
    },
    {
      code: 'contribution-municipalities',
      name: 'Driftsbidrag från kommunerna',
      kind: 'contribution',
      funderGroup: 'municipalities',
      amounts: [kronor(3_329_750)],
    },
    { code: 'other-income', name: 'Övriga rörelseintäkter', kind: 'otherIncome', amounts: [kronor(0)] },
    { code: 'interest-income', name: 'Ränteintäkter', kind: 'financialIncome', amounts: [kronor(500)] },
    {
      code: 'intervention-funds',
      name: 'Insatsmedel',
      kind: 'cost',
      costKind: 'interventionFunds',
      amounts: [kronor(10_819_000)],
    },
    {
      code: 'staff-costs',
      name: 'Personalkostnader, kansli',
      kind: 'cost',
      costKind: 'staff',
      amounts: [kronor(2_900_000)],
    },
    {
      code: 'other-external-costs',
      name: 'Övriga externa kostnader',
      kind: 'cost',
      costKind: 'otherAdministration',
      amounts: [kronor(500_000)],
    },
  ],
};

/** Driftredovisning 3.3, 2019-06-30, line by line as printed (one revenue line, without the interest). */
export const gavleborgOperatingStatementH1_2019: {
  period: { from: string; to: string };
  lines: OperatingStatementInputLine[];
} = {
  period: { from: '2019-01-01', to: '2019-06-30' },
  lines: [
    {
      code: 'intervention-funds',
      name: 'Insatsmedel',
      kind: 'cost',
      budget: kronor(10_819_000),
      actual: kronor(1_514_867),
    },
    {
      code: 'staff-costs',
      name: 'Personalkostnader, kansli',
      kind: 'cost',
      budget: kronor(2_900_000),
      actual: kronor(1_595_908),
    },
    {
      code: 'other-external-costs',
      name: 'Övriga externa kostnader',
      kind: 'cost',
      budget: kronor(500_000),
      actual: kronor(204_285),
    },
    {
      code: 'contributions',
      name: 'Medlemsavgifter, intäkter och bidrag',
      kind: 'revenue',
      budget: kronor(13_319_000),
      actual: kronor(6_659_747),
    },
  ],
};

/** Resultaträkning 3.1, 2019-01-01 – 2019-06-30. */
export const gavleborgIncomeStatementH1_2019: IncomeStatementFigures = {
  revenue: kronor(6_659_748),
  costs: kronor(3_315_060),
  depreciation: kronor(0),
  financialIncome: kronor(0),
  financialCosts: kronor(265),
  extraordinaryItems: kronor(0),
};

/**
 * Resultaträkning 3.1, 2018-01-01 – 2018-06-30. The printed revenue is 3 337 234 kr, but the printed
 * net cost (−825 808), result (−827 090) and not 1's total row (3 377 234) all need 3 377 234 kr: the
 * printed line has two digits swapped. The figure that makes the report's own results hold is used.
 */
export const gavleborgIncomeStatementH1_2018: IncomeStatementFigures = {
  revenue: kronor(3_377_234),
  costs: kronor(4_203_042),
  depreciation: kronor(0),
  financialIncome: kronor(0),
  financialCosts: kronor(1_282),
  extraordinaryItems: kronor(0),
};

/** Balansräkning 3.2, 2019-06-30. */
export const gavleborgBalance2019_06_30: BalanceLine[] = [
  { code: 'receivables', name: 'Fordringar', section: 'currentAssets', amount: kronor(58_131), note: 3 },
  { code: 'cash-and-bank', name: 'Kassa och bank', section: 'currentAssets', amount: kronor(10_030_589) },
  { code: 'equity', name: 'Eget kapital', section: 'equity', amount: kronor(5_301_726) },
  {
    code: 'current-liabilities',
    name: 'Kortfristiga skulder',
    section: 'currentLiabilities',
    amount: kronor(1_104_544),
  },
  {
    code: 'accrued-costs',
    name: 'Upplupna kostnader och förutbetalda intäkter',
    section: 'currentLiabilities',
    amount: kronor(3_682_450),
    note: 4,
  },
];

/** Balansräkning 3.2, 2018-12-31. */
export const gavleborgBalance2018_12_31: BalanceLine[] = [
  { code: 'receivables', name: 'Fordringar', section: 'currentAssets', amount: kronor(322_121), note: 3 },
  { code: 'cash-and-bank', name: 'Kassa och bank', section: 'currentAssets', amount: kronor(4_203_015) },
  { code: 'equity', name: 'Eget kapital', section: 'equity', amount: kronor(1_957_303) },
  {
    code: 'current-liabilities',
    name: 'Kortfristiga skulder',
    section: 'currentLiabilities',
    amount: kronor(1_618_726),
  },
  {
    code: 'accrued-costs',
    name: 'Upplupna kostnader och förutbetalda intäkter',
    section: 'currentLiabilities',
    amount: kronor(949_107),
    note: 4,
  },
];

/** The notes' specifications with their stated totals, [2019-06-30, previous column]. */
export const gavleborgNotes = {
  /** Not 1 Verksamhetens intäkter (2018 column: Söderhamn 73 225, Hudiksvall 108 267 as printed). */
  revenue: {
    lines2019: [
      3_330_000, 153_168, 108_217, 54_940, 54_940, 34_962, 64_930, 221_428, 146_510, 216_435, 609_345,
      1_664_875, 0,
    ].map(kronor),
    stated2019: kronor(6_659_750),
    lines2018: [
      1_665_000, 76_584, 54_109, 27_470, 27_470, 17_481, 32_465, 110_714, 73_225, 108_267, 304_673, 832_438,
      47_307,
    ].map(kronor),
    stated2018: kronor(3_377_234),
  },
  /** Not 2 Verksamhetens kostnader: salaries, pensions, rent, consultants, hired staff, other. */
  costs: {
    lines2019: [1_290_218, 331_910, 83_234, 1_225_684, 74_896, 309_118].map(kronor),
    stated2019: kronor(3_315_060),
    lines2018: [1_505_553, 60_963, 44_208, 2_238_183, 0, 309_287].map(kronor),
    stated2018: kronor(4_203_042),
  },
  /** Not 3 Fordringar: VAT, trade receivables, tax account, prepaid costs. */
  receivables: {
    lines2019: [58_122, 0, 9, 0].map(kronor),
    stated2019: kronor(58_131),
    lines2018: [108_896, 1_711, 102_358, 109_156].map(kronor),
    stated2018: kronor(322_121),
  },
  /** Not 4 Upplupna kostnader: ASF Nordanstig, IPS Hudiksvall, holiday pay, prepaid income, audit, other. */
  accruedCosts: {
    lines2019: [0, 0, 288_700, 3_329_750, 37_000, 27_000].map(kronor),
    stated2019: kronor(3_682_450),
    lines2018: [153_349, 497_063, 233_695, 0, 35_000, 30_000].map(kronor),
    stated2018: kronor(949_107),
  },
} satisfies Record<string, { lines2019: Ore[]; stated2019: Ore; lines2018: Ore[]; stated2018: Ore }>;

/**
 * Bilaga 2, prognos per 2019-12-31 (budget, actual to 2019-06-30, forecast). "Övriga rörelseintäkter"
 * 109 156 kr appears here as H1 income, though the income statement does not contain it (it is the
 * prepaid cost of 2018-12-31 in not 3); kept as the forecast table prints it.
 */
export const gavleborgForecast2019: { year: number; openingEquity: Ore; lines: ForecastInputLine[] } = {
  year: 2019,
  openingEquity: kronor(1_957_303),
  lines: [
    {
      code: 'contribution-state',
      name: 'Driftsbidrag från Försäkringskassan och AF',
      kind: 'revenue',
      budget: kronor(6_659_500),
      actualToDate: kronor(3_330_000),
      forecast: kronor(6_659_500),
    },
    {
      code: 'contribution-region',
      name: 'Driftsbidrag från Region Gävleborg',
      kind: 'revenue',
      budget: kronor(3_329_750),
      actualToDate: kronor(1_664_875),
      forecast: kronor(3_329_750),
    },
    {
      code: 'contribution-municipalities',
      name: 'Driftsbidrag från kommunerna',
      kind: 'revenue',
      budget: kronor(3_329_750),
      actualToDate: kronor(1_664_875),
      forecast: kronor(3_329_750),
    },
    {
      code: 'other-income',
      name: 'Övriga rörelseintäkter',
      kind: 'revenue',
      budget: kronor(0),
      actualToDate: kronor(109_156),
      forecast: kronor(0),
    },
    {
      code: 'interest-income',
      name: 'Ränteintäkter',
      kind: 'revenue',
      budget: kronor(500),
      actualToDate: kronor(0),
      forecast: kronor(500),
    },
    {
      code: 'intervention-funds',
      name: 'Insatsmedel',
      kind: 'cost',
      budget: kronor(10_819_000),
      actualToDate: kronor(1_514_867),
      forecast: kronor(6_100_000),
    },
    {
      code: 'staff-costs',
      name: 'Personalkostnader',
      kind: 'cost',
      budget: kronor(2_900_000),
      actualToDate: kronor(1_595_908),
      forecast: kronor(2_900_000),
    },
    {
      code: 'other-external-costs',
      name: 'Övriga externa kostnader',
      kind: 'cost',
      budget: kronor(500_000),
      actualToDate: kronor(204_285),
      forecast: kronor(500_000),
    },
  ],
};

/** Gävleborg's equity goal (verksamhetsplan 2020–2022, 5.4): at most 20 % of budgeted revenue. */
export const gavleborgEquityLimit = percent(20);

/** Budget 2020 with plan 2021–2022 (tkr in the document, kronor here). */
export const gavleborgBudget2020_2022: Budget = {
  years: [2020, 2021, 2022],
  lines: [
    {
      code: 'contribution-state',
      name: 'Försäkringskassan/Arbetsförmedlingen',
      kind: 'contribution',
      funderGroup: 'state',
      amounts: [6_660_000, 6_660_000, 6_660_000].map(kronor),
    },
    {
      code: 'contribution-region',
      name: 'Region Gävleborg',
      kind: 'contribution',
      funderGroup: 'region',
      memberId: 'region-gavleborg',
      amounts: [3_330_000, 3_330_000, 3_330_000].map(kronor),
    },
    {
      code: 'contribution-municipalities',
      name: 'Kommunerna',
      kind: 'contribution',
      funderGroup: 'municipalities',
      amounts: [3_330_000, 3_330_000, 3_330_000].map(kronor),
    },
    {
      code: 'intervention-funds',
      name: 'Insatsmedel',
      kind: 'cost',
      costKind: 'interventionFunds',
      amounts: [15_300_000, 9_808_000, 9_748_000].map(kronor),
      ofWhich: [
        // As printed: 10 800 + 4 470 = 15 270 tkr, 30 tkr short of the line's 15 300 tkr.
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
      amounts: [2_906_000, 2_912_000, 2_972_000].map(kronor),
    },
    {
      code: 'other-external-costs',
      name: 'Övriga externa kostnader',
      kind: 'cost',
      costKind: 'otherAdministration',
      amounts: [600_000, 600_000, 600_000].map(kronor),
    },
  ],
};
