import { describedBody as body, type DemoBoard } from './demo-board-types.ts';

/**
 * Samordningsförbundet Härnösand-Timrå's bodies and seat rules, from its plan 2016–2018 (section 3,
 * "Samordningsförbundets organisation och uppdrag"). The plan names nobody, so there are no people
 * and no seats. The seed's "Landstinget Västernorrland" is the member Region Västernorrland today.
 */
const source = 'Förbundsordningen (verksamhetsplan 2016–2018)';
const members = [
  'Försäkringskassan',
  'Arbetsförmedlingen',
  'Region Västernorrland',
  'Härnösands kommun',
  'Timrå kommun',
];

export const harnosandTimraBoard: DemoBoard = {
  tenantSlug: 'harnosand-timra',
  bodies: [
    {
      ...body(
        'styrelse',
        'board',
        'Styrelse',
        'Förbundets arbete leds av en styrelse. Varje förbundsmedlem utser en styrelseledamot och en ersättare. ' +
          'Ledamöter och ersättare väljs för fyra år räknat från den 1 april året efter det då val till fullmäktige ' +
          'i kommuner och landsting har ägt rum. Styrelsen är beslutsför när minst hälften av ledamöterna är närvarande.',
      ),
      // The förbund's budget has its own line for fees ("Arvoden").
      feeLineCode: 'fees',
    },
    body(
      'beredningsgrupp',
      'reviewGroup',
      'Beredningsgrupp',
      'Beredningsgruppen, som består av handläggare från de samverkande myndigheterna, är viktig för att kartlägga ' +
        'behov och ge det samverkande stöd som målgrupperna behöver.',
    ),
    body(
      'utvecklingsgrupp',
      'strategicGroup',
      'Utvecklingsgrupp',
      'På tjänstemannanivå finns utvecklingsgruppen (chefsgruppen), som ansvarar för att förbundet marknadsförs på ' +
        'den egna personalens arbetsplatsträffar, egna chefsmöten och olika samverkansmöten. Den kartlägger ' +
        'kontinuerligt myndigheternas behov för att bemöta målgruppens behov och identifierar ytterligare behov av insatser.',
    ),
    body(
      'verkstallande-tjansteman',
      'office',
      'Verkställande tjänsteman',
      'En verkställande tjänsteman på heltid leder arbetet inom förbundet utifrån styrelsens anvisningar, är ' +
        'anställd av Försäkringskassan (tjänsten köps därifrån) och utgör processtöd för utvecklingsgrupp och ' +
        'beredningsgrupp. Förbundets ekonomi sköts genom ett avtal om köp av ekonomitjänst med Härnösands kommun.',
    ),
  ],
  people: [],
  seats: [],
  // Dated from 2016-01-01, the plan's first year: the plan does not say when the förbundsordning took effect.
  seatRules: members.map((member) => ({
    body: 'styrelse',
    appointer: { member },
    ordinarySeats: 1,
    substituteSeats: 1,
    validFrom: '2016-01-01',
    validTo: null,
    source,
  })),
  meetings: [],
  planAdoptions: [],
};
