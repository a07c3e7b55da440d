import { describedBody as body, type DemoBoard } from './demo-board-types.ts';

/**
 * Samordningsförbundet Insjöriket's bodies, from its plan 2020 ("Organisation"). The plan names
 * nobody and gives no seat numbers, so there are no people, seats or seat rules.
 */
export const insjoriketBoard: DemoBoard = {
  tenantSlug: 'insjoriket',
  bodies: [
    body(
      'styrelse',
      'board',
      'Styrelse',
      'Samordningsförbundets verksamhet leds av en av medlemmarna utsedd styrelse. Styrelsens arbete regleras i ' +
        'förbundsordningen. Styrelsen fattar beslut om verksamhetens mål, inriktning, omfattning och kvalitet; ' +
        'denna uppgift kan inte delegeras.',
    ),
    body(
      'presidium',
      'workingCommittee',
      'Presidium',
      'Presidiet består av ordförande och vice ordförande. Presidiet bereder alla ärenden till styrelsen och ' +
        'utarbetar förslag till beslut för styrelsen.',
    ),
    body(
      'beredningsgrupp',
      'reviewGroup',
      'Beredningsgrupp',
      'Beredningsgruppens sammansättning beror på ärendets art och sätts samman utifrån kunskap och inriktning. ' +
        'Gruppen kallas samman vid varje enskild fråga som ska beredas och upplöses när frågan är färdigberedd.',
    ),
    body(
      'forbundschef',
      'office',
      'Förbundschef',
      'Förbundschefen är föredragande i styrelsen, biträder presidiet, verkställer styrelsens beslut samt ansvarar ' +
        'för uppföljning och utvärdering.',
    ),
  ],
  people: [],
  seats: [],
  seatRules: [],
  meetings: [],
  planAdoptions: [],
};
