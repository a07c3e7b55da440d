import {
  type DemoAppointer,
  type DemoBoardBody,
  type DemoBoardPerson,
  type DemoBoardSeat,
  type DemoSeatRole,
  type DemoSeatRule,
  kr,
} from './demo-board-types.ts';

/**
 * Samordningsförbund Gävleborg's bodies, people, seats and seat rules, from its documents
 * (shared/seeds): the half-year report 2019 §2 "Styrelsens arbete" (the 2019 composition, the
 * arbetsutskott, beredningsgrupp, kansli, medlemssamråd and the auditors, by name), the plan 2016
 * ("Organisation": seven and seven, Ockelbo and Söderhamn co-opted) and the plan 2020–2022
 * ("Arbetsorganisation": the strategisk chefsgrupp, five municipal seats).
 *
 * People: only those the documents print by name are people here. Where a document names nobody
 * (the 2016 board, the kansli's staff), the person is named by the seat ("Ledamot för
 * Arbetsförmedlingen 2016", "Förbundschef (namn ej tryckt)") so the demo never invents a
 * real-looking person. The beredningsgrupp and the strategisk chefsgrupp have no people at all.
 */

const fk = { member: 'Försäkringskassan' } as const;
const af = { member: 'Arbetsförmedlingen' } as const;
const region = { member: 'Region Gävleborg' } as const;
const municipalities = { group: 'municipalities' } as const;
const state = { group: 'state' } as const;
const municipality = (name: string) => ({ member: name });

export const gavleborgBodies: readonly DemoBoardBody[] = [
  {
    key: 'fs',
    kind: 'board',
    name: 'Förbundsstyrelse',
    description:
      'Samordningsförbundet leds av en styrelse. Styrelsen är förbundets högsta beslutande organ och har ansvar för ' +
      'utveckling och ekonomi. Styrelsens arbete regleras i förbundsordningen. I styrelsen ingår politiskt valda ' +
      'representanter för länets kommuner och Region Gävleborg. Arbetsförmedlingen och Försäkringskassan företräds ' +
      'av tjänstemän. Ersättarna har närvaro- och yttranderätt.',
    quorumRule: 'half',
    // The report prints only the period's total (76 627 kr); 2 200 kr per meeting is the demo's
    // illustrative fee (see gavleborg-meetings.ts for how the total is reached).
    meetingFeeOre: kr(2_200),
    // Gävleborg's books have no fee line of their own: the politicians' fees are part of
    // Personalkostnader ("Löner och sociala avgifter", not 2 of the half-year report), so there is
    // no line to compare the fees with — set to it, the page would show a difference of millions.
    // Härnösand-Timrå's "Arvoden" line shows the comparison.
    feeLineCode: null,
  },
  {
    key: 'au',
    kind: 'workingCommittee',
    name: 'Arbetsutskott',
    description:
      'Ett arbetsutskott är utsett av styrelsen och består av ordförande, vice ordförande, Arbetsförmedlingens och ' +
      'Försäkringskassans ordinarie ledamöter. Föredragande är förbundschef. Arbetsutskottet har en beredande ' +
      'funktion inför styrelsemöten.',
    quorumRule: 'half',
    meetingFeeOre: 0,
    feeLineCode: null,
  },
  {
    key: 'bg',
    kind: 'reviewGroup',
    name: 'Beredningsgrupp',
    description:
      'En beredningsgrupp bestående av chefer med olika funktioner och från alla parter med uppgift att granska att ' +
      'inkomna ansökningar fyller formella krav, föreslå prioriteringar och avge yttrande till förbundsstyrelsen. ' +
      'Den har också till uppgift att föra vidare och förankra information och beslut i den egna organisationen och ' +
      'berörda nätverk i länet.',
    quorumRule: 'half',
    meetingFeeOre: 0,
    feeLineCode: null,
  },
  {
    key: 'scg',
    kind: 'strategicGroup',
    name: 'Strategisk chefsgrupp',
    description:
      'Chefer från Arbetsförmedlingen, Försäkringskassan, Region Gävleborg och kommunerna (Verksamhetsplan och ' +
      'budget 2020–2022, "Arbetsorganisation").',
    quorumRule: 'half',
    meetingFeeOre: 0,
    feeLineCode: null,
  },
  {
    key: 'rev',
    kind: 'auditors',
    name: 'Revisorer',
    description:
      'Samordningsförbundet granskas av revisorer utsedda av staten (Försäkringskassan och Arbetsförmedlingen), ' +
      'Region Gävleborg samt länets kommuner.',
    quorumRule: 'half',
    meetingFeeOre: 0,
    feeLineCode: null,
  },
  {
    key: 'kansli',
    kind: 'office',
    name: 'Kansli',
    description:
      'Förbundschefen arbetar på uppdrag av styrelsen med fokus på att leda och samordna verksamheten, bereda ärenden ' +
      'till styrelsen och verkställa beslut, svara för den ekonomiska förvaltningen samt företräda förbundet på ' +
      'tjänstemannanivå. Verksamhetsutvecklaren arbetar på uppdrag av förbundschefen. Administratören planerar ' +
      'styrelsemötena, för styrelseprotokoll och sköter diarieföringen.',
    quorumRule: 'half',
    meetingFeeOre: 0,
    feeLineCode: null,
  },
  {
    key: 'ms',
    kind: 'other',
    name: 'Medlemssamråd',
    description:
      'Samråd mellan förbundets medlemmar (Arbetsförmedlingen, Försäkringskassan, Region Gävleborg och länets tio ' +
      'kommuner) om förbundets verksamhet och inriktning.',
    quorumRule: 'half',
    meetingFeeOre: 0,
    feeLineCode: null,
  },
];

/** The people §2 of the half-year report 2019 prints, in its order. */
const printed2019: readonly (DemoBoardPerson & { role: DemoSeatRole; appointer: DemoAppointer })[] = [
  { key: 'berger', name: 'Tommy Berger', party: 'S', role: 'chair', appointer: region },
  { key: 'axling', name: 'Kenneth Axling', party: 'S', role: 'viceChair', appointer: municipalities },
  { key: 'alner-liljedahl', name: 'Eva Alner Liljedahl', party: '', role: 'member', appointer: fk },
  { key: 'g-persson', name: 'Gabriella Persson', party: '', role: 'member', appointer: af },
  {
    key: 'wangmark',
    name: 'Einar Wängmark',
    party: 'S',
    role: 'member',
    appointer: municipality('Ovanåkers kommun'),
  },
  // The report prints "Ljusdal kommun"; the member is Ljusdals kommun.
  {
    key: 'schonning',
    name: 'Ove Schönning',
    party: 'S',
    role: 'member',
    appointer: municipality('Ljusdals kommun'),
  },
  {
    key: 'nybom',
    name: 'Stefan Nybom',
    party: 'S',
    role: 'member',
    appointer: municipality('Nordanstigs kommun'),
  },
  {
    key: 'm-persson',
    name: 'Marianne Persson',
    party: 'C',
    role: 'member',
    appointer: municipality('Söderhamns kommun'),
  },
  { key: 'gabrielsson', name: 'Angelica Gabrielsson', party: '', role: 'substitute', appointer: fk },
  { key: 'erlandsson', name: 'Jonas Erlandsson', party: '', role: 'substitute', appointer: af },
  { key: 'backman', name: 'Hans Backman', party: 'L', role: 'substitute', appointer: region },
  {
    key: 'grandien',
    name: 'Stefan Grandien',
    party: 'S',
    role: 'substitute',
    appointer: municipality('Gävle kommun'),
  },
  {
    key: 'h-persson',
    name: 'Henrik Persson',
    party: 'S',
    role: 'substitute',
    appointer: municipality('Hudiksvalls kommun'),
  },
  {
    key: 'frestadius',
    name: 'Hans-Olov Frestadius',
    party: 'S',
    role: 'substitute',
    appointer: municipality('Sandvikens kommun'),
  },
  {
    key: 'engberg',
    name: 'Erika Engberg',
    party: 'S',
    role: 'substitute',
    appointer: municipality('Bollnäs kommun'),
  },
  {
    key: 'oquist',
    name: 'Anders Öquist',
    party: 'S',
    role: 'substitute',
    appointer: municipality('Ockelbo kommun'),
  },
];

/** The 2016 board, named by seat: the plan 2016 gives the numbers, not the names. */
const seats2016: readonly (DemoBoardPerson & { role: DemoSeatRole; appointer: DemoAppointer })[] = [
  { key: 'fk-2016', name: 'Ledamot för Försäkringskassan 2016', party: '', role: 'member', appointer: fk },
  { key: 'af-2016', name: 'Ledamot för Arbetsförmedlingen 2016', party: '', role: 'member', appointer: af },
  {
    key: 'region-2016',
    name: 'Ledamot för Region Gävleborg 2016',
    party: '',
    role: 'member',
    appointer: region,
  },
  ...[1, 2, 3, 4].map((n) => ({
    key: `kommunerna-${n}-2016`,
    name: `Ledamot ${n} för kommunerna 2016`,
    party: '',
    role: 'member' as const,
    appointer: municipalities,
  })),
  {
    key: 'fk-ers-2016',
    name: 'Ersättare för Försäkringskassan 2016',
    party: '',
    role: 'substitute',
    appointer: fk,
  },
  {
    key: 'af-ers-2016',
    name: 'Ersättare för Arbetsförmedlingen 2016',
    party: '',
    role: 'substitute',
    appointer: af,
  },
  {
    key: 'region-ers-2016',
    name: 'Ersättare för Region Gävleborg 2016',
    party: '',
    role: 'substitute',
    appointer: region,
  },
  ...[1, 2, 3, 4].map((n) => ({
    key: `kommunerna-ers-${n}-2016`,
    name: `Ersättare ${n} för kommunerna 2016`,
    party: '',
    role: 'substitute' as const,
    appointer: municipalities,
  })),
  {
    key: 'ockelbo-adj-2016',
    name: 'Adjungerad för Ockelbo kommun 2016',
    party: '',
    role: 'coopted',
    appointer: municipality('Ockelbo kommun'),
  },
  {
    key: 'soderhamn-adj-2016',
    name: 'Adjungerad för Söderhamns kommun 2016',
    party: '',
    role: 'coopted',
    appointer: municipality('Söderhamns kommun'),
  },
];

const staff = [
  { key: 'forbundschef', name: 'Förbundschef (namn ej tryckt)', title: 'Förbundschef 100 %' },
  {
    key: 'verksamhetsutvecklare',
    name: 'Verksamhetsutvecklare (namn ej tryckt)',
    title: 'Verksamhetsutvecklare 100 %',
  },
  { key: 'administrator', name: 'Administratör (namn ej tryckt)', title: 'Administratör 40 %' },
] as const;

export const gavleborgPeople: readonly DemoBoardPerson[] = [
  ...printed2019.map(({ key, name, party }) => ({ key, name, party })),
  { key: 'jonsson', name: 'Joakim Jonsson', party: '' },
  { key: 'westling', name: 'Nils Westling', party: '' },
  { key: 'axelsson', name: 'Cecilia Axelsson', party: '' },
  ...staff.map(({ key, name }) => ({ key, name, party: '' })),
  ...seats2016.map(({ key, name, party }) => ({ key, name, party })),
];

/** The term §2 prints: four years from 1 April after the 2018 election. */
export const gavleborgTerm2019 = { from: '2019-04-01', to: '2023-03-31' } as const;

/**
 * The term before 2019-04-01 (2015–2019) is not printed anywhere in the seeds, yet §2 presents
 * its composition as the board "2019-01-01 – 2019-06-30" and the issue wants §2 reproduced for the
 * whole half-year. So the demo lets the same people hold the same seats from 2019-01-01 to
 * 2019-03-31 (the last quarter of the earlier term), each such seat saying so in its note.
 */
const firstQuarter2019 = {
  from: '2019-01-01',
  to: '2019-03-31',
  note:
    'Mandatperioden 2015–2019 är inte tryckt i källan. Demodata: samma person på samma plats under ' +
    'periodens första kvartal, så att halvårsredovisningens sammansättning gäller hela halvåret.',
} as const;

// §4 signs her "Gabriella Persson Turdell"; the demo keeps §2's "Gabriella Persson" as her name.
const noteOf = (key: string): string =>
  key === 'g-persson' ? 'Undertecknar halvårsredovisningen (§ 4) som Gabriella Persson Turdell.' : '';

const boardSeats2019: DemoBoardSeat[] = printed2019.flatMap(({ key, role, appointer }) => [
  {
    body: 'fs',
    person: key,
    role,
    title: '',
    appointer,
    fromDate: firstQuarter2019.from,
    toDate: firstQuarter2019.to,
    note: [firstQuarter2019.note, noteOf(key)].filter(Boolean).join(' '),
  },
  {
    body: 'fs',
    person: key,
    role,
    title: '',
    appointer,
    fromDate: gavleborgTerm2019.from,
    toDate: gavleborgTerm2019.to,
    note: noteOf(key),
  },
]);

const workingCommittee: readonly { person: string; role: DemoSeatRole; appointer: DemoAppointer }[] = [
  { person: 'berger', role: 'chair', appointer: region },
  { person: 'axling', role: 'viceChair', appointer: municipalities },
  { person: 'alner-liljedahl', role: 'member', appointer: fk },
  { person: 'g-persson', role: 'member', appointer: af },
];

const workingCommitteeSeats: DemoBoardSeat[] = [
  ...workingCommittee.flatMap(({ person, role, appointer }) => [
    {
      body: 'au',
      person,
      role,
      title: '',
      appointer,
      fromDate: firstQuarter2019.from,
      toDate: firstQuarter2019.to,
      note: firstQuarter2019.note,
    },
    {
      body: 'au',
      person,
      role,
      title: '',
      appointer,
      fromDate: gavleborgTerm2019.from,
      toDate: gavleborgTerm2019.to,
      note: '',
    },
  ]),
  {
    body: 'au',
    person: 'forbundschef',
    role: 'presenter',
    title: 'Föredragande förbundschef',
    appointer: null,
    fromDate: firstQuarter2019.from,
    toDate: null,
    note: '',
  },
];

const auditorSeats: DemoBoardSeat[] = [
  { person: 'jonsson', role: 'auditor' as const, title: 'KPMG', appointer: state },
  // "För Region Gävleborg och länets kommuner": one seat per appointer, the same person.
  { person: 'westling', role: 'auditor' as const, title: 'PwC', appointer: region },
  { person: 'westling', role: 'auditor' as const, title: 'PwC', appointer: municipalities },
  { person: 'axelsson', role: 'expertAssistant' as const, title: 'PwC', appointer: region },
  { person: 'axelsson', role: 'expertAssistant' as const, title: 'PwC', appointer: municipalities },
].map((seat) => ({ ...seat, body: 'rev', fromDate: '2019-01-01', toDate: null, note: '' }));

const staffSeats: DemoBoardSeat[] = staff.map(({ key, title }) => ({
  body: 'kansli',
  person: key,
  role: 'staff',
  title,
  appointer: null,
  fromDate: '2019-01-01',
  toDate: null,
  note: 'Namnet är inte tryckt i källan.',
}));

/**
 * The plan 2016 describes the board as it stood when the plan was written (autumn 2015): the
 * change to five municipal seats was expected "under första kvartalet 2016", so these seats and the
 * four-seat rule end 2016-03-31. Ockelbo and Söderhamn "varken har ledamot eller ersättare" and
 * have co-opted one representative each: role coopted, which the composition check flags.
 */
const seats2016Rows: DemoBoardSeat[] = seats2016.map(({ key, role, appointer }) => ({
  body: 'fs',
  person: key,
  role,
  title: '',
  appointer,
  fromDate: '2016-01-01',
  toDate: '2016-03-31',
  note:
    role === 'coopted'
      ? 'Kommunen har varken ledamot eller ersättare i styrelsen och har adjungerat en representant (verksamhetsplan 2016). Namnet är inte tryckt.'
      : 'Verksamhetsplan 2016 anger antalet platser, inte namnen.',
}));

export const gavleborgSeats: readonly DemoBoardSeat[] = [
  ...boardSeats2019,
  ...seats2016Rows,
  ...workingCommitteeSeats,
  ...auditorSeats,
  ...staffSeats,
];

const oneAndOne = (
  appointer: DemoSeatRule['appointer'],
  validFrom: string,
  validTo: string | null,
  source: string,
) => ({
  body: 'fs',
  appointer,
  ordinarySeats: 1,
  substituteSeats: 1,
  validFrom,
  validTo,
  source,
});

const source2016 = '5 § förbundsordningen (verksamhetsplan 2016)';
const source2016Amended = '5 § förbundsordningen, ändrad 2016 (verksamhetsplan och budget 2020–2022)';

export const gavleborgSeatRules: readonly DemoSeatRule[] = [
  // From the förbund's start (15 December 2014) until the amendment expected in the first quarter of 2016.
  oneAndOne(fk, '2014-12-15', '2016-03-31', source2016),
  oneAndOne(af, '2014-12-15', '2016-03-31', source2016),
  oneAndOne(region, '2014-12-15', '2016-03-31', source2016),
  {
    body: 'fs',
    appointer: municipalities,
    ordinarySeats: 4,
    substituteSeats: 4,
    validFrom: '2014-12-15',
    validTo: '2016-03-31',
    source: source2016,
  },
  oneAndOne(fk, '2016-04-01', null, source2016Amended),
  oneAndOne(af, '2016-04-01', null, source2016Amended),
  oneAndOne(region, '2016-04-01', null, source2016Amended),
  {
    body: 'fs',
    appointer: municipalities,
    ordinarySeats: 5,
    substituteSeats: 5,
    validFrom: '2016-04-01',
    validTo: null,
    source: source2016Amended,
  },
];
