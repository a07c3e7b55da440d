import type { Goal } from '@samsyn/domain';
import { gavleborgMunicipalities } from '../gavleborg-municipalities.ts';
import { type DemoMemberName, estimated } from '../interventions/demo-types.ts';
import {
  type DemoAgreement,
  type DemoApplication,
  type DemoForbundApplications,
  type DemoReview,
  type DemoStatusStep,
  kr,
} from './demo-application-types.ts';

/*
 * Samordningsförbund Gävleborg's applications, from the half-year report 2019 (§1.1 "flera nya
 * insatser … beviljats under maj månad", Trisam's new application, §2's review group "med uppgift
 * att granska att inkomna ansökningar fyller formella krav, föreslå prioriteringar och avge yttrande
 * till förbundsstyrelsen", the Mysam groups' lines in Bilaga 1), the plan 2016 ("Ta fram och
 * fastställa grundläggande kriterier för beviljande av samverkansmedel", "Fastställa rutiner för
 * beredning av ansökningar") and the plan and budget 2020–2022 (§7 "Insatsmedel 15 300, Varav redan
 * beviljat 10 800, varav tillgängligt för nya insatser 4 470"; §8 "Beviljade insatser 2020").
 *
 * From the seeds: which applications there are, who applies, their texts, their statuses (granted
 * in May 2019; Ockelbo's "Beslut fattas av styrelsen i aug-sep"; Bollnäs, Gävle and Hudiksvall
 * working on theirs), Hofors' 457 000 kr and period, Sandviken's period 2019-08-01 – 2019-11-30,
 * and that the six §8 insatser are agreed for 2020 with 10 800 tkr already granted.
 *
 * ILLUSTRATIVE (marked `is_demo_estimate`, the fields named in `estimated_fields`):
 * - The checklist's wording and the three criteria: the seeds say the review group checks the formal
 *   requirements and that criteria were to be set, not what they are. The points follow the Finsam
 *   rule and the seeds' target group, local budgets and SUS; the criteria the plan 2016's aims and
 *   priority groups.
 * - Every date but the board meeting of 24 May 2019 and Sandviken's period.
 * - The amounts of Sandviken (150 000 kr), Ljusdal (80 000 kr), Trisam's spring grant (1 200 000 kr,
 *   eight handläggare at 90 % for October–December) and of Ockelbo's, Bollnäs', Gävle's and
 *   Hudiksvall's applications (each within its local group's 2019 budget).
 * - The split of the 10 800 000 kr over the six §8 insatser, which the plan does not print:
 *   Trisam 2.0 8 000 000, Ett hållbart arbetsliv Ockelbo 1 100 000, ASF 600 000, MYSAM processtöd
 *   550 000, Förstudie pröva vägar vidare Bollnäs 400 000 and Insatskatalogen 150 000 kr — all of it
 *   committed for 2020, so the budget page computes "varav beviljat 10 800 tkr".
 * - The §8 insatser's lead party where the förbund itself runs the work (the lead must be a member),
 *   their decision date (before Samsyn) and every agreement's payment plan and report deadlines.
 * - The reviews: the seeds name no reviewer. The kansli's editor account proposes each May grant
 *   with scores on the criteria, and the process leader account declares jäv on Trisam.
 */

const stateAndRegion: readonly DemoMemberName[] = [
  'Arbetsförmedlingen',
  'Försäkringskassan',
  'Region Gävleborg',
];

const checklist = [
  'Ansökan är gemensam för minst två av förbundets parter och anger vem som är huvudsökande.',
  'Insatsen vänder sig till individer mellan 16–64 år med behov av samordnad rehabilitering, eller till ' +
    'parternas personal i samverkan kring dem.',
  'Ansökan anger behov, syfte, mål, målgrupp, tidsperiod och budget per år.',
  'Behovet är identifierat och prioriterat i den lokala samverkansgruppen (MYSAM) när ansökan kommer därifrån.',
  'En lokal samverkansgrupps ansökan ryms i gruppens egen samverkansbudget.',
  'Insatsen följs upp i SUS.',
];

const criteria = [
  {
    name: 'Prioriterad målgrupp',
    description:
      'Insatsen riktar sig till någon av förbundets prioriterade grupper: unga utanför studier eller arbete, ' +
      'personer med psykisk ohälsa, nyanlända.',
    maxScore: 5,
  },
  {
    name: 'Förebyggande insats',
    description: 'Insatsen är förebyggande, strukturellt eller individinriktat.',
    maxScore: 5,
  },
  {
    name: 'Långsiktigt hållbar samverkan',
    description: 'Insatsen verkar för en långsiktigt hållbar samverkan mellan förbundets parter.',
    maxScore: 5,
  },
];

const qualitative = (description: string): Goal => ({ type: 'qualitative', description });

const may2019 = 'gavleborg-fs-2019-05-24';

/** In before the review group's meeting of 26 April, proposed by the working committee, granted on 24 May. */
const grantedInMay = (receivedOn: string, paragraph: number): readonly DemoStatusStep[] => [
  { to: 'received', date: receivedOn },
  { to: 'formalCheck', date: '2019-04-17' },
  { to: 'underReview', date: '2019-04-26', note: 'Beredningsgruppen granskar ansökan och avger yttrande.' },
  { to: 'proposal', date: '2019-05-10', note: 'Beredningsgruppen föreslår bifall.' },
  { to: 'granted', date: '2019-05-24', note: `Förbundsstyrelsen 2019-05-24 § ${paragraph}.` },
];

/** The review group's reviewer in the demo: the kansli's editor account. */
const reviewer = 'editor@gavleborg.demo';

/** A review proposing the grant, submitted at the review group's meeting of 26 April 2019. */
const proposesGrant = (opinion: string, recommendedOre: number, scores: readonly number[]): DemoReview => ({
  reviewer,
  declaredOn: '2019-04-26',
  opinion,
  recommendation: 'grant',
  recommendedOre,
  scores,
  submittedOn: '2019-04-26',
});

const meetsFormalRequirements = 'Ansökan fyller de formella kraven. ';

/** A local förstudie's agreement: half in advance, the rest after the final report. */
const localAgreement = (
  amountOre: number,
  signedDate: string,
  advance: { due: string; paid: string },
  finalReportDue: string,
  finalDue: string,
): DemoAgreement => ({
  status: 'signed',
  signedDate,
  closedDate: null,
  note: '',
  years: [{ year: 2019, amountOre }],
  payments: [
    { kind: 'advance', dueDate: advance.due, amountOre: amountOre / 2, paidDate: advance.paid },
    { kind: 'final', dueDate: finalDue, amountOre: amountOre / 2, paidDate: null },
  ],
  reports: [{ kind: 'final', dueDate: finalReportDue, submittedDate: null, approvedDate: null }],
  isDemoEstimate: true,
});

const applications2019: readonly DemoApplication[] = [
  {
    key: 'hofors-gron-rehab',
    title: 'Förstudie om naturbaserad grön rehabilitering i Hofors',
    kind: 'preStudy',
    lead: 'Hofors kommun',
    parties: stateAndRegion,
    // Granted from the förbund's funds ("samverkansmedel om 457 000 kr"), not from Mysam Hofors' own budget.
    need: '',
    purpose:
      'Förstudie för att undersöka förutsättningarna för samordningsförbundets parter att starta en naturbaserad ' +
      'grön rehabilitering i Hofors. I förstudien ingår även metodutveckling i samarbete med Högskolan i Gävle.',
    collaboration: '',
    startDate: '2019-06-01',
    endDate: '2019-10-31',
    proposedOre: kr(457_000),
    goals: [
      qualitative(
        'Att arbeta fram beslutsunderlag och förutsättningar för ett beslut om start av naturbaserad grön ' +
          'rehabilitering i Hofors.',
      ),
    ],
    budgetYears: [{ year: 2019, requestedOre: kr(457_000) }],
    history: grantedInMay('2019-04-08', 10),
    reviews: [
      proposesGrant(
        `${meetsFormalRequirements}Förstudien ger underlag för ett beslut om naturbaserad grön rehabilitering i ` +
          'Hofors, med metodutveckling tillsammans med Högskolan i Gävle. Beredningsgruppen föreslår bifall.',
        kr(457_000),
        [4, 4, 4],
      ),
    ],
    decision: { date: '2019-05-24', grantedOre: kr(457_000), board: { meeting: may2019, paragraph: 10 } },
    intervention: 'Naturbaserad grön rehabilitering',
    // The förstudie ended on 2019-10-31: reported, approved, paid in full and closed.
    agreement: {
      status: 'closed',
      signedDate: '2019-05-31',
      closedDate: '2019-12-06',
      note: 'Förstudien redovisas skriftligt till förbundet senast en månad efter periodens slut.',
      years: [{ year: 2019, amountOre: kr(457_000) }],
      payments: [
        { kind: 'advance', dueDate: '2019-06-14', amountOre: kr(228_500), paidDate: '2019-06-14' },
        { kind: 'final', dueDate: '2019-12-06', amountOre: kr(228_500), paidDate: '2019-12-06' },
      ],
      reports: [
        { kind: 'final', dueDate: '2019-11-30', submittedDate: '2019-11-08', approvedDate: '2019-11-29' },
      ],
      isDemoEstimate: true,
    },
    ...estimated('history', 'agreement'),
  },
  {
    key: 'sandviken-fontanhus',
    title: 'Förstudie om etablering av Fontänhus i Sandviken',
    kind: 'preStudy',
    lead: 'Sandvikens kommun',
    parties: stateAndRegion,
    localGroup: 'Mysam Sandviken',
    need: '',
    purpose:
      'Sandvikens kommun har tillsammans med parterna ansökt om medel till förstudie om etablering av Fontänhus.',
    collaboration: '',
    startDate: '2019-08-01',
    endDate: '2019-11-30',
    proposedOre: kr(150_000),
    goals: [],
    budgetYears: [{ year: 2019, requestedOre: kr(150_000) }],
    history: grantedInMay('2019-04-10', 11),
    reviews: [
      proposesGrant(
        `${meetsFormalRequirements}Förstudien prövar om ett Fontänhus kan etableras i Sandviken och ryms i ` +
          'Mysam Sandvikens samverkansbudget. Beredningsgruppen föreslår bifall.',
        kr(150_000),
        [4, 3, 4],
      ),
    ],
    decision: { date: '2019-05-24', grantedOre: kr(150_000), board: { meeting: may2019, paragraph: 11 } },
    agreement: localAgreement(
      kr(150_000),
      '2019-06-10',
      { due: '2019-08-01', paid: '2019-08-01' },
      '2019-12-31',
      '2020-01-31',
    ),
    ...estimated('parties', 'budgetYears', 'proposedOre', 'decision.grantedOre', 'history', 'agreement'),
  },
  {
    key: 'ljusdal-kartlaggning',
    title: 'Kartläggning av sjukskrivna med psykisk funktionsnedsättning i Ljusdal',
    kind: 'preStudy',
    lead: 'Ljusdals kommun',
    parties: stateAndRegion,
    localGroup: 'Mysam Ljusdal',
    targetGroupIds: ['mental_ill_health', 'sick_listed'],
    need: '',
    purpose:
      'Ljusdal har under våren genomfört workshop och arbetat fram en gemensam insats i syfte att kartlägga och ' +
      'ge förslag till insatser för målgruppen med psykisk ohälsa.',
    collaboration: '',
    startDate: '2019-09-01',
    endDate: '2019-12-31',
    proposedOre: kr(80_000),
    goals: [qualitative('Att kartlägga och ge förslag till insatser för målgruppen med psykisk ohälsa.')],
    budgetYears: [{ year: 2019, requestedOre: kr(80_000) }],
    history: grantedInMay('2019-04-10', 12),
    reviews: [
      proposesGrant(
        `${meetsFormalRequirements}Kartläggningen gäller en av förbundets prioriterade grupper, personer med ` +
          'psykisk ohälsa, och ryms i Mysam Ljusdals samverkansbudget. Beredningsgruppen föreslår bifall.',
        kr(80_000),
        [5, 3, 4],
      ),
    ],
    decision: { date: '2019-05-24', grantedOre: kr(80_000), board: { meeting: may2019, paragraph: 12 } },
    agreement: localAgreement(
      kr(80_000),
      '2019-06-10',
      { due: '2019-09-02', paid: '2019-09-02' },
      '2020-01-31',
      '2020-02-28',
    ),
    ...estimated(
      'parties',
      'startDate',
      'endDate',
      'budgetYears',
      'proposedOre',
      'decision.grantedOre',
      'history',
      'agreement',
    ),
  },
  {
    key: 'trisam-handlaggare-2019',
    title: 'Trisam med fyra handläggare vardera från Arbetsförmedlingen och Försäkringskassan',
    kind: 'individual',
    lead: 'Försäkringskassan',
    parties: ['Arbetsförmedlingen'],
    targetGroupIds: ['coordinated_rehabilitation_needs'],
    need:
      'Samordningsförbundets parter har under våren diskuterat hur de ska kunna hålla kvar det goda arbetet som ' +
      'Trisam innebär trots Arbetsförmedlingens och Försäkringskassans förändrade direktiv och förutsättningar.',
    purpose:
      'Medel som innebär att Arbetsförmedlingen och Försäkringskassan kommer att ha fyra handläggare vardera i ' +
      'länet som arbetar nästan uteslutande med Trisam.',
    collaboration:
      'Under hösten bildas en partsgemensam arbetsgrupp för att utforma en framtida gemensam arbetsmodell.',
    startDate: '2019-10-01',
    endDate: '2019-12-31',
    proposedOre: kr(1_200_000),
    goals: [
      qualitative(
        'Arbetsförmedlingen och Försäkringskassan har fyra handläggare vardera som till 90 % arbetar med Trisam.',
      ),
    ],
    budgetYears: [{ year: 2019, requestedOre: kr(1_200_000) }],
    history: grantedInMay('2019-04-15', 13),
    reviews: [
      proposesGrant(
        `${meetsFormalRequirements}Medlen gör att arbetet i Trisam kan fortsätta trots Arbetsförmedlingens och ` +
          'Försäkringskassans förändrade förutsättningar. Beredningsgruppen föreslår bifall.',
        kr(1_200_000),
        [3, 4, 5],
      ),
      {
        reviewer: 'process@samsyn.demo',
        declaredOn: '2019-04-26',
        conflict: 'Processledare för Trisam, anställd av Försäkringskassan som är part i ansökan.',
      },
    ],
    decision: { date: '2019-05-24', grantedOre: kr(1_200_000), board: { meeting: may2019, paragraph: 13 } },
    agreement: {
      status: 'signed',
      signedDate: '2019-06-14',
      closedDate: null,
      note: '',
      years: [{ year: 2019, amountOre: kr(1_200_000) }],
      payments: [
        { kind: 'advance', dueDate: '2019-10-01', amountOre: kr(600_000), paidDate: '2019-10-01' },
        { kind: 'final', dueDate: '2020-02-28', amountOre: kr(600_000), paidDate: null },
      ],
      reports: [{ kind: 'final', dueDate: '2020-01-31', submittedDate: null, approvedDate: null }],
      isDemoEstimate: true,
    },
    ...estimated(
      'startDate',
      'endDate',
      'budgetYears',
      'proposedOre',
      'decision.grantedOre',
      'history',
      'agreement',
    ),
  },
  {
    key: 'ockelbo-se-ips',
    title: 'Individinriktade insatser med SE/IPS som metod i Ockelbo',
    kind: 'individual',
    lead: 'Ockelbo kommun',
    parties: ['Arbetsförmedlingen', 'Försäkringskassan'],
    localGroup: 'Mysam Ockelbo',
    need: 'Ockelbo har genomfört ett internt kunskapsseminarium om SE/IPS-metodik.',
    purpose: 'Medel för individinriktade insatser med SE/IPS som metod.',
    collaboration: '',
    startDate: '2019-09-01',
    endDate: '2019-12-31',
    goals: [],
    budgetYears: [{ year: 2019, requestedOre: kr(95_000) }],
    history: [
      { to: 'received', date: '2019-05-29' },
      { to: 'formalCheck', date: '2019-05-31' },
      {
        to: 'underReview',
        date: '2019-06-05',
        note: 'Beredningsgruppen påbörjar beredningen. Beslut fattas av styrelsen i aug-sep.',
      },
    ],
    // Declared no jäv; the opinion is still to be written.
    reviews: [{ reviewer, declaredOn: '2019-06-05' }],
    ...estimated('parties', 'startDate', 'endDate', 'budgetYears', 'history'),
  },
  {
    key: 'bollnas-pilot',
    title: 'Pilotprojekt för sjukskrivna utan sjukpenninggrundande inkomst i Bollnäs',
    kind: 'individual',
    lead: 'Bollnäs kommun',
    parties: [],
    localGroup: 'Mysam Bollnäs',
    targetGroupIds: ['sick_listed_without_sgi'],
    need: 'Socialtjänstens kartläggning av sjukskrivna utan sjukpenninggrundande inkomster.',
    purpose:
      'Ett pilotprojekt för att utveckla det gemensamma arbetet med sjukskrivna utan sjukpenninggrundande ' +
      'inkomster.',
    collaboration: '',
    startDate: null,
    endDate: null,
    expected: { year: 2019, amountOre: kr(100_000) },
    goals: [],
    budgetYears: [],
    history: [
      { to: 'expected', date: '2019-06-30', note: 'Kommer att innebära en ansökan om samverkansmedel.' },
    ],
    ...estimated('expected', 'history.date'),
  },
  {
    key: 'gavle-inventering',
    title: 'Inventering av målgruppen personer med psykisk ohälsa i Gävle',
    kind: 'preStudy',
    lead: 'Gävle kommun',
    parties: stateAndRegion,
    localGroup: 'Mysam Gävle',
    targetGroupIds: ['mental_ill_health'],
    need: '',
    purpose:
      'En inventering av målgruppen personer med psykisk ohälsa för att därefter ta beslut om vidareutveckling av ' +
      'arbetssätt.',
    collaboration:
      'Parterna hade i januari en workshop med tema begreppstermer i syfte att öka förståelsen mellan parterna, ' +
      'vilket ledde till ett gemensamt utkast till en processbeskrivning.',
    startDate: null,
    endDate: null,
    goals: [],
    budgetYears: [{ year: 2019, requestedOre: kr(200_000) }],
    history: [{ to: 'draft', date: '2019-06-20', note: 'En arbetsgrupp arbetar med ansökan.' }],
    ...estimated('parties', 'budgetYears', 'history.date'),
  },
  {
    key: 'hudiksvall-halsa',
    title: 'Hälsofrämjande insats för personer med psykisk funktionsnedsättning i Hudiksvall',
    kind: 'individual',
    lead: 'Hudiksvalls kommun',
    parties: ['Region Gävleborg', 'Arbetsförmedlingen'],
    localGroup: 'Mysam Hudiksvall',
    targetGroupIds: ['disability', 'mental_ill_health'],
    targetGroupText: 'Personer med psykisk funktionsnedsättning inom socialpsykiatrins verksamheter',
    need: '',
    purpose:
      'Att upprätta en insats för målgruppen med psykisk funktionsnedsättning som finns inom socialpsykiatrins ' +
      'verksamheter.',
    collaboration: '',
    startDate: null,
    endDate: null,
    goals: [
      qualitative('Att skapa förutsättningar för deltagarna att vidmakthålla hälsofrämjande levnadsvanor.'),
    ],
    budgetYears: [{ year: 2019, requestedOre: kr(150_000) }],
    history: [{ to: 'draft', date: '2019-06-20' }],
    ...estimated('parties', 'budgetYears', 'history.date'),
  },
];

/** §8's insatser: in during September 2019, checked, reviewed and granted before Samsyn. */
const grantedFor2020: readonly DemoStatusStep[] = [
  { to: 'received', date: '2019-09-13' },
  { to: 'formalCheck', date: '2019-09-16' },
  { to: 'underReview', date: '2019-09-27' },
  {
    to: 'granted',
    date: '2019-10-25',
    note: 'Beslut före Samsyn. Avtal om finansiering under 2020 (verksamhetsplan och budget 2020–2022, § 8).',
  },
];

/** A 2020 agreement: the whole grant committed for 2020, paid in quarters, the last after the final report. */
const agreement2020 = (amountOre: number): DemoAgreement => {
  const quarter = amountOre / 4;
  return {
    status: 'signed',
    signedDate: '2019-11-15',
    closedDate: null,
    note: '',
    years: [{ year: 2020, amountOre }],
    payments: [
      { kind: 'advance', dueDate: '2020-01-31', amountOre: quarter, paidDate: null },
      { kind: 'tranche', dueDate: '2020-04-30', amountOre: quarter, paidDate: null },
      { kind: 'tranche', dueDate: '2020-07-31', amountOre: quarter, paidDate: null },
      { kind: 'final', dueDate: '2021-02-26', amountOre: quarter, paidDate: null },
    ],
    reports: [
      { kind: 'interim', dueDate: '2020-08-31', submittedDate: null, approvedDate: null },
      { kind: 'final', dueDate: '2021-01-31', submittedDate: null, approvedDate: null },
    ],
    isDemoEstimate: true,
  };
};

const granted2020 = (
  application: Omit<
    DemoApplication,
    'history' | 'decision' | 'agreement' | 'startDate' | 'endDate' | 'budgetYears'
  >,
  amountOre: number,
): DemoApplication => ({
  ...application,
  startDate: '2020-01-01',
  endDate: '2020-12-31',
  budgetYears: [{ year: 2020, requestedOre: amountOre }],
  history: grantedFor2020,
  decision: { date: '2019-10-25', grantedOre: amountOre },
  agreement: agreement2020(amountOre),
});

/** The estimate marks every §8 insats shares: its amount, dates and agreement are the demo's. */
const estimated2020 = (...fields: string[]) =>
  estimated('budgetYears', 'decision', 'history', 'agreement', 'startDate', 'endDate', ...fields);

const applications2020: readonly DemoApplication[] = [
  granted2020(
    {
      key: 'mysam-2020',
      title: 'Lokala samverkansgrupper (MYSAM)',
      kind: 'structural',
      // The processledare are employed by Försäkringskassan (half-year report 2019).
      lead: 'Försäkringskassan',
      parties: ['Arbetsförmedlingen', 'Region Gävleborg', ...gavleborgMunicipalities],
      targetGroupIds: ['staff_in_collaboration'],
      need: '',
      purpose: 'Processtöd med 5 % arbetstid till varje lokal grupp.',
      collaboration: '',
      goals: [
        qualitative('Att alla Mysam-grupper använder hela eller delar av sin budget.'),
        qualitative(
          'Att lokalt skapa en samverkansstruktur vars huvuduppgift är att strategiskt initiera, upprätthålla och ' +
            'underhålla relationer mellan parterna.',
        ),
      ],
      intervention: 'Mysam processledare',
      ...estimated2020('lead'),
    },
    kr(550_000),
  ),
  granted2020(
    {
      key: 'trisam-2-0',
      title: 'Tidig rehabilitering i samverkan (Trisam 2.0)',
      kind: 'individual',
      lead: 'Försäkringskassan',
      parties: ['Arbetsförmedlingen', 'Region Gävleborg', ...gavleborgMunicipalities],
      targetGroupIds: ['coordinated_rehabilitation_needs'],
      need: '',
      purpose:
        'Länsövergripande processtöd samt medel till handläggare. Trisam 2.0 innebär en vidareutveckling av metoder ' +
        'och arbetssätt.',
      collaboration: 'En partsgemensam arbetsgrupp utformar en framtida gemensam arbetsmodell.',
      goals: [qualitative('En vidareutveckling av metoder och arbetssätt i Trisam.')],
      intervention: 'Trisam individ',
      ...estimated2020('lead'),
    },
    kr(8_000_000),
  ),
  granted2020(
    {
      key: 'asf-2020',
      title: 'ASF – arbetsintegrerande socialt företagande',
      kind: 'structural',
      lead: 'Region Gävleborg',
      parties: ['Arbetsförmedlingen', 'Försäkringskassan', ...gavleborgMunicipalities],
      targetGroupIds: ['staff_in_collaboration'],
      need: '',
      purpose: 'Länsövergripande processtöd för att utveckla samverkan mellan företag och offentliga parter.',
      collaboration: '',
      goals: [qualitative('Att utveckla samverkan mellan företag och offentliga parter.')],
      intervention: 'Arbetsintegrerande socialt företagande (ASF)',
      ...estimated2020('lead'),
    },
    kr(600_000),
  ),
  granted2020(
    {
      key: 'insatskatalogen-2020',
      title: 'Insatskatalogen',
      kind: 'structural',
      lead: 'Försäkringskassan',
      parties: ['Arbetsförmedlingen', 'Region Gävleborg'],
      need: '',
      purpose: 'Medlemsavgift samt administrativt arbete för att upprätthålla kvalitet i Insatskatalogen.',
      collaboration: '',
      goals: [qualitative('Att upprätthålla kvalitet i Insatskatalogen.')],
      ...estimated2020('lead', 'parties'),
    },
    kr(150_000),
  ),
  granted2020(
    {
      key: 'ockelbo-hallbart-arbetsliv',
      title: 'Ett hållbart arbetsliv, Ockelbo',
      kind: 'individual',
      lead: 'Ockelbo kommun',
      parties: ['Arbetsförmedlingen', 'Försäkringskassan'],
      need: '',
      purpose: 'Coach som arbetar med en bred supported employment-metodik.',
      collaboration: '',
      goals: [],
      ...estimated2020('parties'),
    },
    kr(1_100_000),
  ),
  granted2020(
    {
      key: 'bollnas-prova-vagar-vidare',
      title: 'Förstudie pröva vägar vidare, Bollnäs',
      kind: 'preStudy',
      lead: 'Bollnäs kommun',
      parties: ['Försäkringskassan', 'Region Gävleborg'],
      targetGroupIds: ['sick_listed_without_sgi'],
      need: '',
      purpose:
        'Förstudie för att utveckla samverkansformer för personer sjukskrivna utan rätt till sjukpenning.',
      collaboration: '',
      goals: [
        qualitative('Att utveckla samverkansformer för personer sjukskrivna utan rätt till sjukpenning.'),
      ],
      ...estimated2020('parties'),
    },
    kr(400_000),
  ),
];

export const gavleborgApplications: DemoForbundApplications = {
  tenantSlug: 'gavleborg',
  checklist,
  criteria,
  applications: [...applications2019, ...applications2020],
};

/** The seeds' figure the §8 split must add up to ("Varav redan beviljat 10 800" tkr, 2020). */
export const gavleborgGranted2020Ore = kr(10_800_000);
