import { activity, computedIndicator, type DemoPlan, nnsIndicator } from './demo-plan-types.ts';

// Samordningsförbund Gävleborg, "Verksamhetsplan 2019", as far as the seeds give it: the half-year
// report 2019 names its four goal areas ("Målområden i verksamhetsplanen 2019", followed up in §1.4
// as Inriktningsmål 1–4), the vision and the target groups; the plan itself is not among the seeds.
//
// The indicators are what §1.4 and Bilaga 1 say is measured: "Mätning sker under hösten 2019" is
// the förbund's NNS survey (Bilaga 1: "Vid höstens enkätmätning (NNS indikatorer) ska följande
// resultat vara på minst samma nivå som nationella jämförelsetal"), the individual interventions
// "uppnår de uppsatta målen", and goal 4's equity against budgeted revenue (43 % by the forecast).
//
// Activities come from the plan of 2016 (gavleborg-verksamhetsplan-2016.txt) where its eight goals
// carry on into a 2019 goal area: its goals 1, 3, 4, 5, 7 and 8 (information, MYSAM, TRISAM, ASF,
// omvärldsbevakning, follow-up with Högskolan i Gävle) are structural collaboration and method
// development, Inriktningsmål 1; goal 6's spreading of knowledge about samverkansmedel is how the
// local initiatives, the förstudier of 2019, reach the förbund, Inriktningsmål 3. Left out as done
// by 2019: goal 2 (the förbund's own set-up) and the one-off tasks of 2016 (hiring TRISAM's project
// leader, laying down the criteria and routines for samverkansmedel, the rehabkoordinator training
// with the 2016 project Bra sjukskrivning). Inriktningsmål 2 and 4 have no activity in 2016.

export const gavleborgPlan2019: DemoPlan = {
  key: 'gavleborg-2019',
  tenantSlug: 'gavleborg',
  name: 'Verksamhetsplan 2019',
  firstYear: 2019,
  lastYear: 2019,
  // Demo estimate: the seeds do not date the adoption. The plan 2020–2022 was adopted at the
  // board's meeting at the end of November, the year before; this one is given the same season.
  adoptedOn: '2018-11-30',
  isAdoptedOnFromSeed: false,
  // The förbundsordning's 4 §, as the plan of 2016 quotes it.
  purpose:
    'Samordningsförbundets ändamål är, enligt 4 § i förbundsordningen, att inom det geografiska området för Gävleborgs län svara för en finansiell samordning inom rehabiliteringsområdet. Syftet är att genom samverkan underlätta och förbättra möjligheterna till egen försörjning för individer som är i behov av samordnade rehabiliteringsinsatser. Syftet är också att arbeta med samordnade förebyggande insatser. Förbundet ska sträva efter en effektiv användning av gemensamma resurser.',
  // The half-year report's "Vision och verksamhetsidé".
  vision: [
    'Samordningsförbundets vision är ett socialt hållbart och jämställt samhälle där fler individer får stöd att nå egen försörjning.',
    'För att nå visionen har förbundet som verksamhetsidé att integrera samverkan. Utifrån en hållbar samverkansstruktur utvecklas effektivt stöd till individer med behov. Verksamheten ska bedrivas med hög kvalitet och effektivitet utifrån en strävan att vara ett samordningsförbund som verkligen gör skillnad och som vid behov vågar tänka i nya banor för att nå uppsatta mål.',
  ].join('\n\n'),
  // The half-year report's §1.3 Målgrupper.
  targetGroups: [
    'Individinriktade insatser: individer med behov av samordnad rehabilitering mellan åldrarna 16–64 år',
    'Strukturövergripande insatser: parternas medarbetare både på lednings- och handläggarnivå',
  ],
  directions: [],
  areas: [],
  goals: [
    {
      code: '1',
      title: 'Driva utveckling av en långsiktigt strukturell samverkan och metodutveckling mellan parterna.',
      description: '',
      indicators: [
        nnsIndicator(
          'Cheferna i de lokala samverkansgrupperna (Mysam) upplever att en struktur har skapats vars huvuduppgift är att strategiskt initiera, upprätthålla och underhålla relationer mellan parterna, på minst samma nivå som nationella jämförelsetal.',
          'C1',
          'atLeastNational',
        ),
        nnsIndicator(
          'Samordnade insatser inkluderar i högre grad än förut även andra aktörer i samhället, företag, ideella krafter och föreningsliv i det löpande arbetet på ett strukturerat sätt, på minst samma nivå som nationella jämförelsetal.',
          'C2',
          'atLeastNational',
        ),
      ],
      activities: [
        activity('Arbeta med information enligt beslutad kommunikationsplan.'),
        activity('Erbjuda och finansiera utbildningsinsatser för MYSAM-grupperna.'),
        activity('Genomföra lokala arbetskonferenser i länet i samverkan med MYSAM-grupperna.'),
        activity('Erbjuda och finansiera utbildningsinsatser för TRISAM-team.'),
        activity('Sprida kunskap om arbetsintegrerande sociala företag genom konferenser och seminarier.'),
        activity(
          'Genomföra omvärldsbevakning genom att styrelse och tjänstemän deltar i nationella konferenser.',
        ),
        activity('Samarbeta med regionala aktörer – Högskolan i Gävle och Region Gävleborg.'),
      ],
      interventionNames: [
        'Trisam struktur',
        'Mysam processledare',
        'Mysam kommunspecifika samverkansmedel',
        'Arbetsintegrerande socialt företagande (ASF)',
        'Mentorskap',
      ],
    },
    {
      code: '2',
      title:
        'Våra insatser ska leda till att individer får stöd och rehabilitering som ger dem möjlighet att försörja sig själva.',
      description: '',
      indicators: [
        // "Deltagares upplevelse av vad insatsen har inneburit kommer att mätas under hösten 2019."
        nnsIndicator(
          'Deltagare upplever att de känner sig mer redo att kunna arbeta eller studera efter insats, på minst samma nivå som nationella jämförelsetal.',
          'D1',
          'atLeastNational',
        ),
        // "… de insatser som är inriktade mot individer i behov av rehabiliterande insatser uppnår de
        // uppsatta målen."
        computedIndicator(
          'Insatser som är inriktade mot individer i behov av rehabiliterande insatser uppnår de uppsatta målen.',
          'interventionsMeetingGoalsShare',
          {},
          'atLeast',
          '100.00',
        ),
      ],
      activities: [],
      interventionNames: ['Trisam individ', 'Supported Employment coach Gävle'],
    },
    {
      code: '3',
      title: 'Förbundet ska driva förebyggande insatser såväl strukturellt som individinriktat.',
      description: '',
      indicators: [
        nnsIndicator(
          'Insikter från samverkan leder till att nya typer av förebyggande insatser utvecklas, på minst samma nivå som nationella jämförelsetal.',
          'C3',
          'atLeastNational',
        ),
      ],
      activities: [
        activity(
          'Sprida kunskap om tillgängliga samverkansmedel i första hand via samordningsförbundets hemsida.',
        ),
      ],
      interventionNames: ['Naturbaserad grön rehabilitering'],
    },
    {
      code: '4',
      title: 'Verksamhet i ekonomisk balans.',
      description: '',
      indicators: [
        computedIndicator(
          'Det egna kapitalet ska inte överstiga 20 % av förbundets budgeterade intäkter vid årets slut.',
          'equityShareOfBudgetedRevenue',
          {},
          'atMost',
          '20.00',
        ),
      ],
      activities: [],
      interventionNames: [],
    },
  ],
};
