import {
  activity,
  computedIndicator,
  type DemoPlan,
  enteredIndicator,
  judgedIndicator,
} from './demo-plan-types.ts';

// Samordningsförbundet Härnösand-Timrå, "Verksamhetsplan 2016–2018": §5 "Mål och prioriteringar
// för förbundet 2016-2018" (vision, the two overall goals, what the förbund needs to do to reach
// them, the projects' result targets and sub-goal, the target groups) and the ingress's yearly
// seminar. The overall goals carry the targets: the projects directed at participants shall reach
// 25 % egen försörjning (arbete or utbildning: computed from the interventions' outcome figures,
// work + studies) and 50 % improved health (not in the figures Samsyn keeps: entered).

export const harnosandTimraPlan2016_2018: DemoPlan = {
  key: 'harnosand-timra-2016-2018',
  tenantSlug: 'harnosand-timra',
  name: 'Verksamhetsplan 2016–2018',
  firstYear: 2016,
  lastYear: 2018,
  // Demo estimate: the seed does not date the adoption. It builds on the seminar of 24 August and
  // mentions an application received "i slutet av november" 2015, so the board adopted it after that.
  adoptedOn: '2015-12-10',
  isAdoptedOnFromSeed: false,
  // §4 Inriktning.
  purpose: [
    'Förbundets fokus ska vara att skapa förutsättningar för myndigheterna att kunna ge ett samverkande stöd i rätt tid till målgruppen för förbundets arbete. Detta fokus kräver ett stort engagemang av alla berörda inom parternas ansvarsområden. De professionella aktörerna ska identifiera samverkanshinder i syfte att överbrygga dessa för att ge ett så gott stöd som möjligt.',
    'De lokala behoven och kunskaperna ska ligga till grund för Samordningsförbundets inriktning och omfattning.',
  ].join('\n\n'),
  vision:
    'Genom att Samordningsförbundet arbetar med att stärka och utveckla enkla samverkansformer mellan kommun, landsting och stat, medverkar Samordningsförbundet i Härnösand - Timrå till att enskilda medborgare stärker sina egna möjligheter till egen försörjning och att det i sin tur leder till en förbättrad hälsa.',
  // "Individer i gruppen 16 – 64 år, men med prioritering unga vuxna, 16 – 29 år …": the
  // prioritised group first.
  targetGroups: [
    'Unga vuxna, 16–29 år, i behov av samverkande rehabilitering',
    'Individer i gruppen 16–64 år i behov av samverkande rehabilitering',
  ],
  // "För att nå de övergripande målen behöver Samordningsförbundet:" (the third point, the
  // projects' result targets, is the first goal's indicators).
  directions: [
    'Rikta fokus mot mer utvecklade och förändrade samverkansmetoder och verka för att parterna ska få en ökad kunskap om respektive parts uppdrag och ansvarsområde i syfte att identifiera hinder.',
    'Förbundet ska finansiera utbildningssatsningar inom Samordningsförbundets områden för berörda professioner och politiker inom förbundet.',
  ],
  areas: [],
  goals: [
    {
      code: '',
      title:
        'Möjliggöra en förbättrad förmåga att utföra förvärvsarbete för personer som befinner sig långt ifrån arbetsmarknaden.',
      description:
        'Projekt riktade till deltagare finansierade av samordningsförbundet ska kontinuerligt följas upp och redovisas till styrelsen och ska ha nått följande resultat.',
      indicators: [
        computedIndicator(
          '25 % av de som genomgått en verksamhet skall uppnå egen försörjning, antingen genom arbete eller utbildning.',
          'participantOutcomeShare',
          { outcomes: ['work', 'studies'] },
          'atLeast',
          '25.00',
        ),
        enteredIndicator(
          '50 % av de som genomgått en verksamhet har förbättrat sin hälsa och hanterbarheten för sina hinder.',
          'atLeast',
          'percent',
          '50.00',
        ),
        // Fokusområden: "Alla projekt som förbundet finansierar ska redovisas i … SUS."
        judgedIndicator(
          'Alla projekt som förbundet finansierar ska redovisas i det sektorsövergripande utvärderingssystemet SUS.',
        ),
      ],
      activities: [],
      // §6 "Beviljade projekt under 2016", both for young adults on their way to egen försörjning.
      interventionNames: ['Etappen', 'Navigator Timrå'],
    },
    {
      code: '',
      title: 'Rikta fokus mot långsiktiga strukturella förändringar.',
      description:
        'Verksamheter som finansieras av Samordningsförbundet skall leda till utvecklat och samordnat arbetssätt i de ingående organisationerna. Detta måste redogöras för i ansökan och i den slutgiltiga utvärderingen.',
      indicators: [
        // "Delmål som beskrivs i projekten".
        judgedIndicator(
          'Varje verksamhet som finansieras av samordningsförbundet skall testa och pröva nya professioner/tjänster, arbetssätt/metoder som främjar arbetet med en behovsgrupp som är gemensam för minst två av parterna i samordningsförbundet.',
        ),
      ],
      activities: [
        // §1 Ingress: "Styrelsen har årligen ett seminarium med utvecklingsgruppen …". The other
        // activity is from §6 Fokusområden.
        activity(
          'Seminarium med styrelsen och utvecklingsgruppen där det gångna året analyseras och riktlinjer för de kommande åren tas fram.',
          'Styrelsen',
        ),
        activity(
          'Förbundet ska utveckla bättre rutiner gällande ansökningsförfarandet både vad gäller upprätta ansökningar, förankring och rutiner kring ansökan.',
        ),
      ],
      interventionNames: [],
    },
  ],
};
