import type { Goal } from '@samsyn/domain';
import { estimated } from '../interventions/demo-types.ts';
import { type DemoForbundApplications, kr } from './demo-application-types.ts';

/*
 * Samordningsförbundet Härnösand-Timrå's applications, from its verksamhetsplan 2016 med plan för
 * 2017–2018 (§5 "Uppföljning av projekt", "Delmål som beskrivs i projekten", §6 "Beviljade projekt
 * under 2016", "Kommande projekt", the Sams project, and "Fokusområden").
 *
 * From the seed: the checklist's wording; Etappen (Härnösands kommun, 1,1 mkr) and the Navigator
 * service in Timrå (550 000 kr), granted for 2016 — together the budget's "Beviljade projekt 1 650
 * tkr"; the pre-study application from Försäkringskassan and Landstinget (today Region
 * Västernorrland) received "i slutet av november" 2015; the Sams project withdrawn in 2015 "på grund
 * av rådande personalsituation på Försäkringskassan"; the support structure for social enterprises
 * and DUA, which "kan generera en projektansökan" in 2016. Texts are the seed's.
 *
 * ILLUSTRATIVE (marked `is_demo_estimate` with the fields named): every date but the end of November
 * (the grants are dated on the plan's adoption, 2015-12-10, as the plan demo dates it); Etappen's
 * and Navigator's other parties (as their interventions); the agreements' signing, payment plans and
 * report deadlines; and the pipeline's amounts — the pre-study's 255 000 kr, the social-enterprise
 * structure's 500 000 kr and DUA's 600 000 kr, chosen to add up to the budget's "Ev kommande projekt
 * 1 355 tkr" for 2016, which the seed does not split.
 */

const checklist = [
  'I projektansökan ska det framgå hur ökad samverkan ska ske mellan de aktuella parterna.',
  'Verksamheter som finansieras av Samordningsförbundet skall leda till utvecklat och samordnat arbetssätt i ' +
    'de ingående organisationerna. Detta måste redogöras för i ansökan och i den slutgiltiga utvärderingen.',
  'Varje verksamhet som finansieras av samordningsförbundet skall testa och pröva nya professioner/tjänster, ' +
    'arbetssätt/metoder som främjar arbetet med en behovsgrupp som är gemensam för minst två av parterna i ' +
    'samordningsförbundet.',
  'Alla projekt som förbundet finansierar ska redovisas i det sektorsövergripande utvärderingssystemet SUS.',
  'Sluttrapporten ska muntligt redovisas för styrelsen innan slutlikvid.',
];

/** §5: the results every project aimed at participants shall reach (the 25 % is a share the figures hold). */
const resultGoals: readonly Goal[] = [
  {
    type: 'share',
    description:
      '25 % av de som genomgått en verksamhet skall uppnå egen försörjning, antingen genom arbete eller utbildning.',
    measure: 'ended_to_work_or_studies',
    targetPercent: 25,
    comparison: 'at_least',
    period: '2016',
  },
  {
    type: 'qualitative',
    description:
      '50 % av de som genomgått en verksamhet har förbättrat sin hälsa och hanterbarheten för sina hinder.',
  },
  {
    type: 'qualitative',
    description:
      'Verksamheten ska leda till utvecklat och samordnat arbetssätt i de ingående organisationerna.',
  },
];

const partiesOfProjects = ['Arbetsförmedlingen', 'Försäkringskassan', 'Region Västernorrland'] as const;
const targetGroupText = 'Unga vuxna 16–29 år i behov av samverkande rehabilitering';

/** The route of a project decided in the plan (before Samsyn): in, checked, reviewed, granted. */
const decidedBeforeSamsyn = (receivedOn: string) =>
  [
    { to: 'received', date: receivedOn },
    { to: 'formalCheck', date: '2015-10-15' },
    { to: 'underReview', date: '2015-11-02' },
    {
      to: 'granted',
      date: '2015-12-10',
      note: 'Beviljad i verksamhetsplan 2016 med plan för 2017–2018 (beslut före Samsyn).',
    },
  ] as const;

const finalReportNote = 'Sluttrapporten ska muntligt redovisas för styrelsen innan slutlikvid.';

export const harnosandTimraApplications: DemoForbundApplications = {
  tenantSlug: 'harnosand-timra',
  checklist,
  criteria: [],
  applications: [
    {
      key: 'etappen-2016',
      title: 'Etappen, Kreativ verkstad 2016',
      kind: 'individual',
      lead: 'Härnösands kommun',
      parties: partiesOfProjects,
      targetGroupIds: ['young_adults_16_29', 'unemployed'],
      targetGroupText,
      need:
        'Etappen är en öppen verksamhet med ett fullt ut individanpassat innehåll för arbetssökande. Fokus är unga ' +
        'vuxna 16–29 år.',
      purpose: 'Härnösands kommun får fortsatt delfinansiering av verksamheten Etappen, Kreativ verkstad.',
      collaboration:
        'Under året ska man utveckla verksamheten för att i ännu högre grad än tidigare ge det samverkande stöd ' +
        'som målgruppen behöver.',
      startDate: '2016-01-01',
      endDate: '2016-12-31',
      goals: resultGoals,
      budgetYears: [{ year: 2016, requestedOre: kr(1_100_000) }],
      history: decidedBeforeSamsyn('2015-10-01'),
      decision: { date: '2015-12-10', grantedOre: kr(1_100_000) },
      intervention: 'Etappen',
      agreement: {
        status: 'signed',
        signedDate: '2016-01-15',
        closedDate: null,
        note: finalReportNote,
        years: [{ year: 2016, amountOre: kr(1_100_000) }],
        payments: [
          { kind: 'advance', dueDate: '2016-01-31', amountOre: kr(550_000), paidDate: '2016-01-29' },
          { kind: 'final', dueDate: '2017-02-28', amountOre: kr(550_000), paidDate: null },
        ],
        reports: [
          { kind: 'interim', dueDate: '2016-08-31', submittedDate: '2016-08-30', approvedDate: '2016-09-20' },
          { kind: 'final', dueDate: '2017-01-31', submittedDate: null, approvedDate: null },
        ],
        isDemoEstimate: true,
      },
      ...estimated('parties', 'startDate', 'history', 'decision.date'),
    },
    {
      key: 'navigator-timra-2016',
      title: 'Navigatortjänst i Timrå kommun 2016',
      kind: 'individual',
      lead: 'Timrå kommun',
      parties: partiesOfProjects,
      targetGroupIds: ['young_adults_16_29'],
      targetGroupText: 'Unga vuxna i behov av extra stöd',
      need:
        'För att gruppen unga vuxna i behov av extra stöd ska komma vidare i sin utveckling mot egen försörjning ' +
        'behövs en funktion av ”stöd till stöd”, det vill säga en professionell person som hjälper de unga att ' +
        'navigera sig fram genom samhällets olika stödsystem.',
      purpose:
        'Samordningsförbundet fortsätter att finansiera 100 % Navigatortjänst i Timrå kommun under 2016.',
      collaboration:
        'Navigatorn ska även dokumentera och påvisa de samverkanshinder som finns för gruppen unga i behov av ' +
        'stöd, så att myndigheterna får ett underlag att kunna förändra sina egna organisationer.',
      startDate: '2016-01-01',
      endDate: '2016-12-31',
      goals: [
        ...resultGoals,
        {
          type: 'qualitative',
          description:
            'Navigatorn ska dokumentera och påvisa de samverkanshinder som finns för gruppen unga i behov av stöd.',
        },
      ],
      budgetYears: [{ year: 2016, requestedOre: kr(550_000) }],
      history: decidedBeforeSamsyn('2015-10-01'),
      decision: { date: '2015-12-10', grantedOre: kr(550_000) },
      intervention: 'Navigator Timrå',
      agreement: {
        status: 'signed',
        signedDate: '2016-01-15',
        closedDate: null,
        note: finalReportNote,
        years: [{ year: 2016, amountOre: kr(550_000) }],
        payments: [
          { kind: 'advance', dueDate: '2016-01-31', amountOre: kr(275_000), paidDate: '2016-01-29' },
          { kind: 'final', dueDate: '2017-02-28', amountOre: kr(275_000), paidDate: null },
        ],
        reports: [{ kind: 'final', dueDate: '2017-01-31', submittedDate: null, approvedDate: null }],
        isDemoEstimate: true,
      },
      ...estimated('parties', 'startDate', 'history', 'decision.date'),
    },
    {
      key: 'forstudie-fk-landstinget',
      title: 'Förstudie om samarbetet mellan Försäkringskassan och Landstinget',
      kind: 'preStudy',
      lead: 'Försäkringskassan',
      parties: ['Region Västernorrland'],
      need: '',
      purpose:
        'En förstudie för att undersöka respektive organisations behov, vilja och förutsättningar att gemensamt ' +
        'utveckla samarbetet samt syftet att belysa värdet för kunden/patienten utifrån Försäkringskassans och ' +
        'vårdens perspektiv.',
      collaboration:
        'Om det visar sig finnas utvecklingsbehov och parterna vill arbeta vidare med utvecklingsarbetet, kan ' +
        'förstudien fungera som en förankringsprocess. Studien kan således föranleda ytterligare ansökan om medel ' +
        'för att utveckla och testa metoder och arbetssätt som senare kan implementeras i ordinarie verksamhet.',
      startDate: null,
      endDate: null,
      goals: [
        {
          type: 'qualitative',
          description:
            'Undersöka respektive organisations behov, vilja och förutsättningar att gemensamt utveckla samarbetet.',
        },
        {
          type: 'qualitative',
          description:
            'Belysa värdet för kunden/patienten utifrån Försäkringskassans och vårdens perspektiv.',
        },
      ],
      budgetYears: [{ year: 2016, requestedOre: kr(255_000) }],
      history: [{ to: 'received', date: '2015-11-30', note: 'Inkommen i slutet av november 2015.' }],
      ...estimated('budgetYears', 'history.date'),
    },
    {
      key: 'sams',
      title: 'Sams-projektet',
      kind: 'individual',
      lead: 'Försäkringskassan',
      parties: ['Härnösands kommun', 'Timrå kommun'],
      targetGroupIds: ['sick_listed', 'long_term_income_support'],
      targetGroupText: 'Sjukskrivna som uppbär försörjningsstöd i Härnösands och Timrå kommun',
      need: '',
      purpose:
        'Ett projekt med syftet att sjukskrivna som uppbär försörjningsstöd i Härnösands och Timrå kommun ska få ' +
        'sina förutsättningar till arbetslivsinriktad rehabilitering utredda.',
      collaboration: '',
      startDate: null,
      endDate: null,
      goals: [],
      budgetYears: [],
      history: [
        { to: 'draft', date: '2015-03-02' },
        {
          to: 'withdrawn',
          date: '2015-09-30',
          note:
            'På grund av rådande personalsituation på Försäkringskassan drogs ansökan tillbaka. Det kan bli aktuellt ' +
            'med projektet under 2016.',
        },
      ],
      ...estimated('history.date'),
    },
    {
      key: 'stodstruktur-asf',
      title: 'Stödstruktur kring arbetsintegrerande socialt företagande',
      kind: 'structural',
      lead: null,
      parties: [],
      need: '',
      purpose:
        'Stödstruktur kring skapande av arbetsintegrerande sociala företag, där samordningsförbundet i någon form ' +
        'kan vara delaktig.',
      collaboration: '',
      startDate: null,
      endDate: null,
      expected: { year: 2016, amountOre: kr(500_000) },
      goals: [],
      budgetYears: [],
      history: [
        {
          to: 'expected',
          date: '2015-12-10',
          note: 'Diskussionerna fortsätter och de kan resultera i en ansökan i någon form till förbundet under 2016.',
        },
      ],
      ...estimated('expected.amountOre', 'history.date'),
    },
    {
      key: 'dua',
      title: 'Delegationen unga till arbete (DUA)',
      kind: 'structural',
      lead: null,
      parties: ['Arbetsförmedlingen', 'Härnösands kommun', 'Timrå kommun'],
      targetGroupIds: ['young_adults_16_29'],
      need: '',
      purpose: 'Arbetet med delegationen unga till arbete (DUA) mellan kommunerna och Arbetsförmedlingen.',
      collaboration: '',
      startDate: null,
      endDate: null,
      expected: { year: 2016, amountOre: kr(600_000) },
      goals: [],
      budgetYears: [],
      history: [
        {
          to: 'expected',
          date: '2015-12-10',
          note: 'Kan generera en projektansökan till samordningsförbundet under 2016.',
        },
      ],
      ...estimated('expected.amountOre', 'history.date'),
    },
  ],
};
