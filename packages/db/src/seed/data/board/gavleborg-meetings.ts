import { type DemoAgendaItem, type DemoAttendance, type DemoMeeting, kr } from './demo-board-types.ts';

/**
 * Gävleborg's meetings of 2019. The half-year report 2019 prints how many meetings each body held
 * in the first half-year (styrelsen 4, arbetsutskottet 3, beredningsgruppen 3, one medlemssamråd)
 * and what happened (the annual report, grants in May, Trisam, Arbetsförmedlingen's notice of
 * redundancies), but no dates, places or minutes: those below are ILLUSTRATIVE, chosen to fit the
 * report. Printed are the board meeting of 23 August 2019 in Gävle that adopted the half-year
 * report (§ 4, its attestation) and the one of 29 November 2019 that adopted "Verksamhetsplan och
 * budget 2020–2022" (the plan's adoption date). The grant items of 24 May concern the demo's
 * applications (../applications/gavleborg.ts) and carry their amounts; only Hofors' 457 000 kr is printed.
 *
 * Fees: the report prints only "Utbetalda arvoden till styrelsen för perioden har uppgått till
 * 76 627 kr". The demo's split, assumed: the politicians present or serving get the board's meeting
 * fee of 2 200 kr, the one who chairs the meeting 3 300 kr, and five of them also compensation for
 * lost earnings (1 687, 1 425, 2 140, 1 312 and 1 863 kr) paid with the fee; Försäkringskassan's
 * and Arbetsförmedlingen's members are officials and get no fee. 4 × 3 300 + 25 × 2 200 + 8 427 =
 * 76 627 kr. Only the board's meetings record attendance and fees.
 */

const fee = kr(2_200);
const chairFee = kr(3_300);

const present = (person: string, feeOre = 0): DemoAttendance => ({ person, status: 'present', feeOre });
const absent = (person: string): DemoAttendance => ({ person, status: 'absent', feeOre: 0 });
const serving = (person: string, servingFor: string, feeOre = 0): DemoAttendance => ({
  person,
  status: 'serving',
  servingFor,
  feeOre,
});

const opening = (paragraph: number, adjuster: string): DemoAgendaItem => ({
  title: 'Mötets öppnande, val av justerare och godkännande av dagordningen',
  description: '',
  paragraph,
  minutes: `Ordföranden öppnar mötet. ${adjuster} väljs att jämte ordföranden justera protokollet. Dagordningen godkänns.`,
});

const substitutesAbsent = (...except: string[]): DemoAttendance[] =>
  ['gabrielsson', 'erlandsson', 'backman', 'grandien', 'h-persson', 'frestadius', 'engberg', 'oquist']
    .filter((person) => !except.includes(person))
    .map(absent);

const place = 'Gävle';
const secretary = 'Förbundets administratör';

const boardMeetings: DemoMeeting[] = [
  {
    key: 'gavleborg-fs-2019-02-15',
    body: 'fs',
    date: '2019-02-15',
    startsAt: '09:00',
    endsAt: '12:00',
    place,
    secretary,
    approval: { on: '2019-02-22', chair: 'berger', adjusters: ['wangmark'] },
    items: [
      opening(1, 'Einar Wängmark'),
      {
        title: 'Förbundschefens rapport',
        description: 'Läget i verksamheten och hos parterna.',
        paragraph: 2,
        minutes:
          'Förbundschefen rapporterar om verksamheten och om Arbetsförmedlingens varsel och förändrade direktiv, ' +
          'som påverkar flera insatser. Styrelsen tackar för informationen.',
      },
      {
        title: 'Samverkansbudget för de lokala samverkansgrupperna 2019',
        description:
          'De lokala samverkansgrupperna (Mysam) får en egen samverkansbudget i relation till kommunens storlek.',
        paragraph: 3,
        minutes:
          'Förbundschefen föredrar förslaget till fördelning mellan de tio lokala samverkansgrupperna.',
        concerns: { intervention: 'Mysam kommunspecifika samverkansmedel' },
        decision: {
          kind: 'budget',
          title: 'Samverkansbudget för de lokala samverkansgrupperna 2019',
          text:
            'Styrelsen beslutar att de lokala samverkansgrupperna tilldelas en egen samverkansbudget för 2019, ' +
            'med storlek i relation till kommunens storlek, enligt förbundschefens förslag.',
        },
      },
      {
        title: 'Start av insatsen Mentorskap',
        description: 'Arbetsförmedlingens varsel påverkar insatsens förutsättningar.',
        paragraph: 4,
        minutes: 'Arbetsförmedlingens varsel gör att insatsen inte kan starta enligt plan.',
        concerns: { intervention: 'Mentorskap' },
        decision: {
          kind: 'other',
          title: 'Starten av insatsen Mentorskap skjuts upp',
          text:
            'Med anledning av Arbetsförmedlingens varsel beslutar styrelsen att skjuta upp starten av insatsen ' +
            'Mentorskap.',
        },
      },
    ],
    attendance: [
      present('berger', chairFee),
      present('axling', fee),
      present('alner-liljedahl'),
      present('g-persson'),
      present('wangmark', fee + kr(1_687)),
      present('schonning', fee),
      present('nybom', fee),
      present('m-persson', fee),
      present('backman', fee),
      present('grandien', fee),
      ...substitutesAbsent('backman', 'grandien'),
    ],
  },
  {
    key: 'gavleborg-fs-2019-03-29',
    body: 'fs',
    date: '2019-03-29',
    startsAt: '09:00',
    endsAt: '12:00',
    place,
    secretary,
    approval: { on: '2019-04-05', chair: 'berger', adjusters: ['nybom'] },
    items: [
      opening(5, 'Stefan Nybom'),
      {
        title: 'Årsredovisning 2018',
        description: 'Förbundets årsredovisning för verksamhetsåret 2018.',
        paragraph: 6,
        minutes: 'Förbundschefen föredrar årsredovisningen för 2018.',
        decision: {
          kind: 'report',
          title: 'Årsredovisning 2018',
          text:
            'Styrelsen fastställer årsredovisningen för 2018 och överlämnar den till förbundets medlemmar och ' +
            'revisorer.',
        },
      },
      {
        title: 'Trisam efter Arbetsförmedlingens och Försäkringskassans förändrade direktiv',
        description: 'Hur parterna kan hålla kvar det arbete som Trisam innebär.',
        paragraph: 7,
        minutes:
          'Styrelsen diskuterar hur parterna kan hålla kvar det goda arbetet som Trisam innebär trots ' +
          'Arbetsförmedlingens och Försäkringskassans förändrade direktiv och förutsättningar. Förbundschefen får i ' +
          'uppdrag att tillsammans med parterna ta fram ett förslag.',
        concerns: { intervention: 'Trisam individ' },
      },
      {
        title: 'Medlemssamråd våren 2019',
        description: '',
        paragraph: 8,
        minutes: 'Styrelsen beslutar att bjuda in medlemmarna till medlemssamråd i april.',
      },
    ],
    attendance: [
      present('berger', chairFee),
      present('axling', fee),
      present('alner-liljedahl'),
      absent('g-persson'),
      present('wangmark', fee),
      absent('schonning'),
      present('nybom', fee),
      present('m-persson', fee),
      serving('frestadius', 'schonning', fee + kr(1_425)),
      serving('erlandsson', 'g-persson'),
      present('backman', fee),
      ...substitutesAbsent('frestadius', 'erlandsson', 'backman'),
    ],
  },
  {
    key: 'gavleborg-fs-2019-05-24',
    body: 'fs',
    date: '2019-05-24',
    startsAt: '09:00',
    endsAt: '13:00',
    place,
    secretary,
    approval: { on: '2019-05-31', chair: 'axling', adjusters: ['m-persson'] },
    items: [
      {
        ...opening(9, 'Marianne Persson'),
        minutes:
          'Ordföranden Tommy Berger har förhinder; vice ordföranden Kenneth Axling leder mötet. Marianne Persson ' +
          'väljs att jämte vice ordföranden justera protokollet. Dagordningen godkänns.',
      },
      {
        title: 'Ansökan: förstudie om naturbaserad grön rehabilitering i Hofors',
        description:
          'Förstudie 2019-06-01 – 2019-10-31 med metodutveckling i samarbete med Högskolan i Gävle.',
        paragraph: 10,
        minutes: 'Beredningsgruppen har yttrat sig över ansökan och föreslår bifall.',
        concerns: { application: 'Förstudie om naturbaserad grön rehabilitering i Hofors' },
        documents: [
          {
            title: 'Insatsen Naturbaserad grön rehabilitering',
            intervention: 'Naturbaserad grön rehabilitering',
          },
        ],
        decision: {
          kind: 'grant',
          title: 'Samverkansmedel till förstudie om naturbaserad grön rehabilitering i Hofors',
          text:
            'Styrelsen beviljar Hofors kommun samverkansmedel om 457 000 kr för en förstudie om förutsättningarna ' +
            'för en naturbaserad grön rehabilitering i Hofors under perioden 2019-06-01 – 2019-10-31.',
          grantedAmountOre: kr(457_000),
        },
      },
      {
        title: 'Ansökan: förstudie om etablering av Fontänhus i Sandviken',
        description: 'Förstudie 2019-08-01 – 2019-11-30.',
        paragraph: 11,
        minutes: 'Beredningsgruppen har yttrat sig över ansökan och föreslår bifall.',
        concerns: { application: 'Förstudie om etablering av Fontänhus i Sandviken' },
        decision: {
          kind: 'grant',
          title: 'Samverkansmedel till förstudie om Fontänhus i Sandviken',
          text:
            'Styrelsen beviljar Sandvikens kommun och parterna medel ur den lokala samverkansbudgeten till en ' +
            'förstudie om etablering av Fontänhus under perioden 2019-08-01 – 2019-11-30.',
          // Not printed (illustrative, as the application's amount in ../applications/gavleborg.ts).
          grantedAmountOre: kr(150_000),
        },
      },
      {
        title: 'Ansökan: kartläggning av sjukskrivna med psykisk funktionsnedsättning i Ljusdal',
        description: '',
        paragraph: 12,
        minutes: 'Beredningsgruppen har yttrat sig över ansökan och föreslår bifall.',
        concerns: { application: 'Kartläggning av sjukskrivna med psykisk funktionsnedsättning i Ljusdal' },
        decision: {
          kind: 'grant',
          title: 'Samverkansmedel till kartläggning av målgruppen med psykisk ohälsa i Ljusdal',
          text:
            'Styrelsen beviljar den lokala samverkansgruppen i Ljusdal medel ur den lokala samverkansbudgeten för ' +
            'att kartlägga och ge förslag till insatser för målgruppen med psykisk ohälsa.',
          grantedAmountOre: kr(80_000),
        },
      },
      {
        title: 'Ansökan: Trisam med fyra handläggare vardera från Arbetsförmedlingen och Försäkringskassan',
        description: 'Ny ansökan om samverkansmedel för att Trisam ska kunna fortsätta.',
        paragraph: 13,
        minutes:
          'Eva Alner Liljedahl och Gabriella Persson anmäler jäv och deltar inte i handläggningen eller beslutet.',
        concerns: {
          application: 'Trisam med fyra handläggare vardera från Arbetsförmedlingen och Försäkringskassan',
        },
        conflicts: [
          {
            person: 'alner-liljedahl',
            reason: 'Försäkringskassan är part i ansökan och får medel för handläggare.',
          },
          {
            person: 'g-persson',
            reason: 'Arbetsförmedlingen är part i ansökan och får medel för handläggare.',
          },
        ],
        decision: {
          kind: 'grant',
          title:
            'Samverkansmedel till Trisam med fyra handläggare vardera från Arbetsförmedlingen och Försäkringskassan',
          text:
            'Styrelsen beviljar samverkansmedel som innebär att Arbetsförmedlingen och Försäkringskassan kommer att ' +
            'ha fyra handläggare vardera i länet som arbetar nästan uteslutande med Trisam.',
          grantedAmountOre: kr(1_200_000),
        },
      },
    ],
    attendance: [
      absent('berger'),
      present('axling', chairFee),
      present('alner-liljedahl'),
      present('g-persson'),
      present('wangmark', fee),
      present('schonning', fee),
      absent('nybom'),
      present('m-persson', fee),
      serving('backman', 'berger', fee),
      serving('engberg', 'nybom', fee + kr(2_140)),
      present('grandien', fee),
      ...substitutesAbsent('backman', 'engberg', 'grandien'),
    ],
  },
  {
    key: 'gavleborg-fs-2019-06-14',
    body: 'fs',
    date: '2019-06-14',
    startsAt: '09:00',
    endsAt: '12:00',
    place,
    secretary,
    approval: { on: '2019-06-24', chair: 'berger', adjusters: ['schonning'] },
    items: [
      opening(14, 'Ove Schönning'),
      {
        title: 'Uppföljning av verksamhetsplan 2019',
        description: 'Läget för målen och insatserna i verksamhetsplanen.',
        paragraph: 15,
        minutes:
          'Förbundschefen redovisar läget för verksamhetsplanens mål. Styrelsen tackar för informationen.',
        concerns: { plan: 'Verksamhetsplan 2019' },
      },
      {
        title: 'Inriktning för verksamhetsplan och budget 2020–2022',
        description: '',
        paragraph: 16,
        minutes:
          'Styrelsen diskuterar inriktningen för 2020–2022 och ger förbundschefen i uppdrag att ta fram ett förslag ' +
          'till verksamhetsplan och budget till styrelsens möte i november.',
        concerns: { plan: 'Verksamhetsplan och budget 2020–2022' },
      },
    ],
    attendance: [
      present('berger', chairFee),
      present('axling', fee),
      absent('alner-liljedahl'),
      present('g-persson'),
      present('wangmark', fee),
      present('schonning', fee),
      present('nybom', fee + kr(1_312)),
      absent('m-persson'),
      serving('h-persson', 'm-persson', fee + kr(1_863)),
      serving('gabrielsson', 'alner-liljedahl'),
      present('oquist', fee),
      ...substitutesAbsent('h-persson', 'gabrielsson', 'oquist'),
    ],
  },
  {
    key: 'gavleborg-fs-2019-08-23',
    body: 'fs',
    date: '2019-08-23',
    startsAt: '09:00',
    endsAt: '12:00',
    place,
    secretary,
    approval: { on: '2019-08-30', chair: 'berger', adjusters: ['alner-liljedahl'] },
    items: [
      opening(17, 'Eva Alner Liljedahl'),
      {
        title: 'Halvårsredovisning 2019',
        description: 'Halvårsredovisning för perioden 2019-01-01 – 2019-06-30.',
        paragraph: 18,
        minutes:
          'Förbundschefen föredrar halvårsredovisningen. Samtliga ordinarie ledamöter undertecknar den.',
        concerns: { report: 'Halvårsredovisning 2019' },
        decision: {
          kind: 'report',
          title: 'Halvårsredovisning 2019',
          text:
            'Styrelsen fastställer halvårsredovisningen för perioden 2019-01-01 – 2019-06-30. Vi intygar att ' +
            'halvårsredovisningen ger en rättvisande bild av verksamhetens resultat samt kostnader, intäkter och ' +
            'förbundets ekonomiska ställning.',
        },
      },
    ],
    attendance: [
      present('berger', chairFee),
      ...['axling', 'wangmark', 'schonning', 'nybom', 'm-persson'].map((person) => present(person, fee)),
      present('alner-liljedahl'),
      present('g-persson'),
      ...substitutesAbsent(),
    ],
  },
  {
    key: 'gavleborg-fs-2019-11-29',
    body: 'fs',
    date: '2019-11-29',
    startsAt: '09:00',
    endsAt: '12:00',
    place,
    secretary,
    approval: { on: '2019-12-06', chair: 'berger', adjusters: ['wangmark'] },
    items: [
      opening(19, 'Einar Wängmark'),
      {
        title: 'Verksamhetsplan och budget 2020–2022',
        description: 'Förslag till verksamhetsplan och budget för 2020–2022.',
        paragraph: 20,
        minutes: 'Förbundschefen föredrar förslaget till verksamhetsplan och budget.',
        concerns: { plan: 'Verksamhetsplan och budget 2020–2022' },
        documents: [
          {
            title: 'Förslag: Verksamhetsplan och budget 2020–2022',
            plan: 'Verksamhetsplan och budget 2020–2022',
          },
        ],
        decision: {
          kind: 'plan',
          title: 'Verksamhetsplan och budget 2020–2022',
          text: 'Styrelsen fastställer verksamhetsplan och budget för 2020–2022.',
        },
      },
    ],
    attendance: [
      present('berger', chairFee),
      ...['axling', 'wangmark', 'schonning', 'nybom', 'm-persson'].map((person) => present(person, fee)),
      present('alner-liljedahl'),
      present('g-persson'),
      ...substitutesAbsent(),
    ],
  },
];

const preparing = (paragraph: number, boardDate: string, topics: string): DemoAgendaItem => ({
  title: `Beredning inför styrelsens möte den ${boardDate}`,
  description: topics,
  paragraph,
  minutes: `Arbetsutskottet bereder ärendena inför styrelsens möte: ${topics}`,
});

const workingCommitteeMeetings: DemoMeeting[] = [
  [
    '2019-02-01',
    '2019-02-08',
    1,
    '15 februari',
    'förbundschefens rapport, samverkansbudget för Mysam och insatsen Mentorskap.',
  ],
  ['2019-03-15', '2019-03-22', 2, '29 mars', 'årsredovisning 2018, Trisam och medlemssamråd.'],
  [
    '2019-05-10',
    '2019-05-17',
    3,
    '24 maj',
    'ansökningar om samverkansmedel från Hofors, Sandviken och Ljusdal samt Trisam.',
  ],
].map(([date, approvedOn, paragraph, boardDate, topics]) => ({
  key: `gavleborg-au-${date}`,
  body: 'au',
  date: date as string,
  startsAt: '13:00',
  endsAt: '15:00',
  place,
  secretary,
  approval: { on: approvedOn as string, chair: 'berger', adjusters: ['axling'] },
  items: [preparing(paragraph as number, boardDate as string, topics as string)],
  attendance: [],
}));

const reviewGroupMeetings: DemoMeeting[] = [
  {
    key: 'gavleborg-bg-2019-02-08',
    date: '2019-02-08',
    approvedOn: '2019-02-12',
    title: 'Fördelning av samverkansbudget till de lokala samverkansgrupperna',
    minutes: 'Beredningsgruppen föreslår prioriteringar för de lokala samverkansgruppernas budget.',
  },
  {
    key: 'gavleborg-bg-2019-04-26',
    date: '2019-04-26',
    approvedOn: '2019-04-30',
    title: 'Inkomna ansökningar från Hofors, Sandviken och Ljusdal',
    minutes:
      'Beredningsgruppen granskar att ansökningarna fyller de formella kraven och avger yttrande till ' +
      'förbundsstyrelsen med förslag om bifall.',
  },
  {
    key: 'gavleborg-bg-2019-06-05',
    date: '2019-06-05',
    approvedOn: '2019-06-10',
    title: 'Ansökan från Ockelbo om individinriktad insats med SE/IPS som metod',
    minutes: 'Beredningsgruppen påbörjar beredningen. Ansökan går till styrelsen i augusti–september.',
  },
].map(({ key, date, approvedOn, title, minutes }, index) => ({
  key,
  body: 'bg',
  date,
  startsAt: '13:00',
  endsAt: '16:00',
  place,
  secretary: '',
  approval: { on: approvedOn, chair: null, adjusters: [] },
  items: [{ title, description: '', paragraph: index + 1, minutes }],
  attendance: [],
}));

const memberConsultation: DemoMeeting = {
  key: 'gavleborg-ms-2019-04-12',
  body: 'ms',
  date: '2019-04-12',
  startsAt: '10:00',
  endsAt: '15:00',
  place,
  secretary,
  approval: { on: '2019-04-26', chair: null, adjusters: [] },
  items: [
    {
      title: 'Förbundets verksamhet 2018 och årsredovisningen',
      description: '',
      paragraph: 1,
      minutes: 'Förbundschefen presenterar verksamheten och årsredovisningen för 2018.',
    },
    {
      title: 'Trisam och Arbetsförmedlingens förändrade förutsättningar',
      description: '',
      paragraph: 2,
      minutes: 'Medlemmarna diskuterar hur arbetet i Trisam kan fortsätta.',
    },
    {
      title: 'Inriktning och medlemsbidrag 2020–2022',
      description: '',
      paragraph: 3,
      minutes: 'Medlemmarna lämnar synpunkter inför verksamhetsplan och budget 2020–2022.',
    },
  ],
  attendance: [],
};

export const gavleborgMeetings: readonly DemoMeeting[] = [
  ...boardMeetings,
  ...workingCommitteeMeetings,
  ...reviewGroupMeetings,
  memberConsultation,
];
