import {
  activity,
  computedIndicator,
  type DemoPlan,
  enteredIndicator,
  judgedIndicator,
  nnsIndicator,
} from './demo-plan-types.ts';

// Samordningsförbund Gävleborg, "Verksamhetsplan och budget 2020 - 2022" (§1–5), OCR'd: the
// Swedish letters are restored, the document's own wording is kept. Indicators marked with a
// footnote ("Mäts via NNS … enkäter") are NNS indicators; the rest are computed where Samsyn holds
// the figures and entered where it does not.

const individualInterventions = ['Trisam individ', 'Supported Employment coach Gävle'];

export const gavleborgPlan2020_2022: DemoPlan = {
  key: 'gavleborg-2020-2022',
  tenantSlug: 'gavleborg',
  name: 'Verksamhetsplan och budget 2020–2022',
  firstYear: 2020,
  lastYear: 2022,
  // "Verksamhetsplan och budget 2020 - 2022, är fastställd vid styrelsemötet den 29 november 2019."
  adoptedOn: '2019-11-29',
  isAdoptedOnFromSeed: true,
  purpose: [
    'Förbundets uppgift är att inom Gävleborgs län svara för finansiell samordning mellan Arbetsförmedlingen, Försäkringskassan, Region Gävleborg samt länets tio kommuner i enlighet med lagen om finansiell samordning av rehabiliteringsinsatser (SFS 2003:1210).',
    'Insatserna inom den finansiella samordningen ska syfta till att underlätta och förbättra möjligheterna till egen försörjning för individer som är i behov av samordnade rehabiliteringsinsatser. Syftet är också att arbeta med samordnade förebyggande insatser. Förbundet ska sträva efter en effektiv användning av gemensamma resurser.',
  ].join('\n\n'),
  vision: [
    'Ett socialt hållbart och jämställt samhälle där individer med behov av samordnad rehabilitering når egen försörjning.',
    'Samordningsförbundets roll är att vara en finansiell arena för utveckling av verkningsfulla tjänster riktade mot individer som har behov av samordnad rehabilitering från flera olika offentliga parter för att uppnå eller förbättra sin förmåga att utföra förvärvsarbete.',
    'Vi uppmuntrar våra parter till att vara innovativa och involvera de individer som insatserna avser i utvecklingsarbetet.',
    'Samordningsförbundet strävar efter att allt arbete ska genomsyras av ett jämställdhetsperspektiv. Utgångspunkten är det jämställdhetspolitiska målet att kvinnor och män ska ha samma makt att forma samhället och sina liv. I deltagarinriktat arbete är målet att erbjuda likvärdig rehabilitering för kvinnor och män.',
    'Länets kommuner har olika förutsättningar och behov, Samordningsförbundet strävar efter att en stark lokal samverkanskultur identifierar och formar lokala insatser utifrån lokala behov.',
  ].join('\n\n'),
  // §3 Målgrupp is one sentence joining two groups with "samt"; each is a group of its own here.
  // Its next line, "Behoven identifieras och prioriteras i varje lokal samverkansgrupp (MYSAM).",
  // says who prioritises, not a group, and has no field of its own.
  targetGroups: [
    'Individer, mellan 16–64 år, som är i behov av samordnade insatser för inträde eller återgång till arbetsmarknaden eller annan varaktig försörjning',
    'Personer med behov av samordnade förebyggande insatser',
  ],
  directions: [
    'Den övergripande inriktningen utgörs av insatsfinansiering. Genom att finansiera verksamheter som direkt leder till att flera individer uppnår eller närmar sig egen försörjning kan parterna utveckla sitt gemensamma välfärdsarbete. Insatserna kan vara riktade direkt mot individ och även bestå av förebyggande insatser. Dessutom kan insatserna vara av mer strukturell art där en idé eller målgrupp utforskas.',
    'Förbundets andra inriktning består av att på olika sätt stimulera och underlätta samverkan mellan myndigheterna så att den är hållbar och fungerar över tid. Sedan förbundets bildande har dess lokala utvecklingsarena utgjorts av samverkansgrupperna som samlar operativa chefer från alla parter (Mysam), de ringar in gemensamma utmaningar via lokala handlingsplaner och identifierar utvecklingsbehov med stöd av processledare som finansieras via Samordningsförbundet.',
    'Samordningsförbundets tredje inriktning utgörs av att vara en kunskapspartner för dess medlemmar inom området samordnad rehabilitering. Förbundet är skyldig att följa upp de insatser de finansierar genom systemet SUS (Sektorsövergripande uppföljningssystem) men använder även indikatorenkäterna från NNS (Nationella Nätverket för Samordningsförbund) som ett uppföljningsinstrument. Förbundet har även en roll i att sprida goda exempel både vad gäller insatser inom men även utanför länet. Förbundet arbetar även för att skapa och utveckla samarbete med Högskolan i Gävle samt FoU Välfärd, Region Gävleborg. Samordningsförbundet har som ambition att vara väl synkroniserade med andra aktörer och länsövergripande överenskommelser, utvecklings- och handlingsplaner över länet.',
  ],
  areas: [],
  goals: [
    {
      code: '5.1',
      title:
        'Våra insatser leder till att individer uppnår arbetsförmåga eller förbättrar sin förmåga att utföra arbete.',
      description:
        'Våra insatser ska göra skillnad för den enskilde, utgå från dennes behov och leda närmare egen försörjning. Individens delaktighet skall alltid eftersträvas. Eftersom våra parter har uppdrag att arbeta för jämställdhet ska det även genomsyra våra insatser.',
      indicators: [
        nnsIndicator(
          'Deltagare upplever att de känner sig mer redo att kunna arbeta eller studera efter insats. Våra resultat i slutet på året ska vara på minst samma nivå som nationella jämförelsetal.',
          'D1',
          'atLeastNational',
        ),
        // The seed compares with the national figure "från föregående år"; the comparison is the
        // national figure the result file carries.
        nnsIndicator(
          'Vi tillvaratar erfarenheter, kunskaper och synpunkter, från enskilda deltagare, brukarorganisationer samt grupper av deltagare. Våra resultat ska vara på minst samma nivå som nationella jämförelsetal från föregående år.',
          'I1',
          'atLeastNational',
        ),
        computedIndicator(
          'Förbundsfinansierade insatser ska uppnå angivna mål.',
          'interventionsMeetingGoalsShare',
          {},
          'atLeast',
          '100.00',
        ),
      ],
      activities: [],
      interventionNames: individualInterventions,
    },
    {
      code: '5.2',
      title: 'Stödja och utveckla samverkansstrukturer inom området samordnad rehabilitering i länet.',
      description:
        'För framgångsrik samverkan krävs strukturer som möjliggör att parterna träffas regelbundet både på strategisk och operativ nivå.\n\nSamordningsförbundet finansierar processledare inom följande områden och syften.',
      indicators: [
        computedIndicator(
          'Alla tio lokala samverkansgrupper (MYSAM) har kontinuerligt minst två träffar per termin där alla parter deltar. Alla grupper har under året uppdaterat sin handlingsplan baserat på lokala behov och utmaningar, den har gjorts känd hos alla medlemmar.',
          'localGroupsMeetingPerTermShare',
          // "… där alla parter deltar": a term counts only with every party present.
          { meetingsPerTerm: 2, requireAllPartiesPresent: true },
          'atLeast',
          '100.00',
        ),
        // The national average use of the catalogue is not in Samsyn: the follow-up judges it.
        judgedIndicator(
          'Insatskatalogen är ett fungerande instrument, i slutet av året ligger vi i nivå med genomsnittlig användning.',
        ),
        nnsIndicator(
          'Cheferna i de lokala samverkansgrupperna (MYSAM) upplever en förbättring jämfört med föregående år avseende att en struktur har skapats vars huvuduppgift är att strategiskt initiera, upprätthålla och underhålla relationer.',
          'C1',
          'betterThanLastYear',
        ),
        enteredIndicator(
          'Oavsett var du bor i länet finns det tillgång till Trisam-team, i varje kommun finns team på minst 90 % av hälsocentralerna samt alla vuxenpsykiatriska mottagningar.',
          'atLeast',
          'percent',
          '90.00',
        ),
        nnsIndicator(
          'Personal som arbetar i Trisam-team upplever en förbättring jämfört med föregående år avseende att de har strukturer för att initiera, upprätthålla och underhålla relationer mellan inblandade aktörer.',
          'I3',
          'betterThanLastYear',
        ),
        judgedIndicator(
          'Samordningsförbundet har under året arrangerat aktiviteter för att stödja och utveckla samverkan mellan offentliga parter och ASF i länets alla kommuner.',
        ),
      ],
      // The document's list of what the process leaders are financed for ("Som stöd för …").
      activities: [
        activity(
          'Processledare som stöd för de tio lokala samverkansgrupperna (MYSAM) att inte bara träffas utan också för att samverkan leder till att gemensamma utmaningar identifieras och åtgärdas.',
        ),
        activity(
          'Processledare som stöd för att utveckla samverkan mellan offentliga parter i länet och de befintliga Arbetsintegrerande sociala företagen (ASF).',
        ),
        activity(
          'Processledare som stöd för att utveckla Tidig rehabilitering i samverkan (Trisam 2.0) i länet och för att stödja befintliga och nya team i uppstart.',
        ),
        activity('Processledare som stöd för insamlande och bearbetning av material till Insatskatalogen.'),
      ],
      interventionNames: [
        'Mysam processledare',
        'Mysam kommunspecifika samverkansmedel',
        'Arbetsintegrerande socialt företagande (ASF)',
        'Trisam struktur',
      ],
    },
    {
      code: '5.3',
      title:
        'Samordningsförbundet stödjer metodutveckling och spridning av goda exempel/lösningar mellan parter och över länet.',
      description:
        'Förbundets personal jobbar med omvärldsbevakning samt deltar i nätverk med andra förbund och aktörer, för att kunna inspirera och motivera till nya infallsvinklar och idéer. Baserat på behov hos förbundets parter initieras insatser för dialog och kunskapshöjning.\n\nBrukares delaktighet är viktig, både inför och under insats.',
      indicators: [
        judgedIndicator(
          'Alla deltagare i de lokala samverkansgrupperna (MYSAM) har under året deltagit i någon form av spridningstillfälle anordnat av Samordningsförbundet antingen lokalt eller länsgemensamt.',
        ),
        judgedIndicator(
          'Samordningsförbundet har under året arbetat fram metoder för att tillvarata brukares synpunkter.',
        ),
      ],
      activities: [],
      interventionNames: [],
    },
    {
      code: '5.4',
      title: 'Verksamhet i ekonomisk balans',
      description: 'De till Samordningsförbundet tilldelade medlen ska komma parterna till del.',
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
