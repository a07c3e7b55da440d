import { type DemoPeriodReport, heading, para } from './demo-period-report-types.ts';

/**
 * Gävleborg's "Verksamhetsplan och budget 2020–2022"
 * (shared/seeds/gavleborg-verksamhetsplan-budget-2020-2022.txt, OCR'd without å/ä/ö: spelled
 * correctly here) as a report in draft, written from the demo plan 2020–2022. The generators show
 * the plan's vision, target groups, three directions (§4 Verksamhet), goals, the board's seats, the
 * budget and the granted interventions; written are what the plan does not hold: §1's introduction
 * and adoption sentence, §6's description of each body, and §7's sentences and what the budget's
 * cost lines include. Corrected slips of the document: "18 806 tkr kronor" → "18 806 tkr",
 * "Kostnadernas finansieras" → "Kostnaderna finansieras", "förbrukningsvaror tele" →
 * "förbrukningsvaror, tele".
 */

const introduction = [
  para(
    'Förbundets uppgift är att inom Gävleborgs län svara för finansiell samordning mellan Arbetsförmedlingen, Försäkringskassan, Region Gävleborg samt länets tio kommuner i enlighet med lagen om finansiell samordning av rehabiliteringsinsatser (SFS 2003:1210).',
  ),
  para(
    'Insatserna inom den finansiella samordningen ska syfta till att underlätta och förbättra möjligheterna till egen försörjning för individer som är i behov av samordnade rehabiliteringsinsatser. Syftet är också att arbeta med samordnade förebyggande insatser. Förbundet ska sträva efter en effektiv användning av gemensamma resurser.',
  ),
  para('Verksamhetsplan och budget 2020–2022 är fastställd vid styrelsemötet den 29 november 2019.'),
];

/** §6 after the generated seats: what each body is and does. */
const workOrganisation = [
  heading('Styrelse'),
  para(
    'Samordningsförbundet leds av en styrelse som består av åtta ledamöter och åtta ersättare. I styrelsen ingår politiskt valda representanter för länets tio kommuner (fem ordinarie och fem ersättare) och Region Gävleborg. Arbetsförmedlingen och Försäkringskassan företräds av tjänstemän. Arbetsförmedlingen, Försäkringskassan och Region Gävleborg har utsett vardera en ledamot och en ersättare.',
  ),
  heading('Arbetsutskott'),
  para(
    'Styrelsen har utsett ett arbetsutskott som består av ordförande, vice ordförande, Arbetsförmedlingens och Försäkringskassans ordinarie ledamöter. Föredragande är förbundschef. Arbetsutskottet har en beredande funktion inför styrelsemöten.',
  ),
  heading('Kansli'),
  para(
    'Bestående av förbundschef, verksamhetsutvecklare samt ekonomiansvarig/administrativ assistent. Förbundschef arbetar på uppdrag av styrelsen med fokus på att leda och samordna verksamheten, bereda ärenden till styrelsen och verkställa beslut, svara för den ekonomiska förvaltningen samt företräda förbundet på tjänstemannanivå.',
  ),
  para(
    'Verksamhetsutvecklare arbetar på uppdrag av förbundschef. Är ett övergripande stöd till de insatser som förbundet finansierar och stimulerar till metod- och verksamhetsutveckling. Medverkar vid framtagandet av nya insatser och bidrar i övrigt med informations- och utvecklingsinsatser i nära samarbete med förbundschef.',
  ),
  para(
    'Samordningsförbundet kommer under 2020 att rekrytera en person som har ansvar för ekonomihantering, samt vara ett administrativt stöd till kansli och arbeta med att hålla Insatskatalogen uppdaterad.',
  ),
  heading('Beredningsgrupp'),
  para(
    'Representerar förbundets parter på tjänstemannanivå och ansvarar tillsammans med förbundskansliet för att bereda ansökningar om samverkansmedel inför beslut. Gruppen har också ett ansvar för att förankra insatser inom sina respektive verksamhetsområden i länet. Beredningsgruppen har en kvalitetssäkrande roll och utgör ett stöd till förbundschef.',
  ),
  heading('Revisorer'),
  para(
    'Samordningsförbundets verksamhet granskas av revisorer utsedda av Försäkringskassan och Region Gävleborg.',
  ),
];

/** §7 after the generated budget table: how it is financed and what the cost lines include. */
const budgetTexts = [
  para(
    'Arbetsförmedlingen och Försäkringskassan bidrar med hälften av förbundets ekonomiska resurser, Region Gävleborg med en fjärdedel och länets kommuner tillsammans med en fjärdedel.',
  ),
  para(
    'För verksamhetsåret 2020 budgeterar förbundet 18 806 tkr för samverkansinsatser samt för förbundets styrning och förvaltning.',
  ),
  para(
    'Kostnaderna finansieras med årets medlemsintäkter (13,3 mkr) samt ej förbrukade medel från tidigare år.',
  ),
  para(
    'I personalkostnader ingår: arvoden, löner, traktamenten, bilersättning, arbetsgivaravgifter, pensionsavsättningar, pensionsutbetalning.',
  ),
  para(
    'I övriga externa kostnader ingår: lokalhyra, förbrukningsvaror, tele, data, resekostnader, logi, ekonomiredovisning, avgifter för kurser/utbildningar.',
  ),
];

export const gavleborgPlan2020_2022Report: DemoPeriodReport = {
  key: 'gavleborg-plan-2020-2022',
  tenantSlug: 'gavleborg',
  kind: 'plan',
  title: 'Verksamhetsplan och budget 2020–2022',
  periodStart: '2020-01-01',
  periodEnd: '2022-12-31',
  deadline: '2019-11-15',
  plan: 'Verksamhetsplan och budget 2020–2022',
  texts: {
    Samordningsförbundet: introduction,
    Arbetsorganisation: workOrganisation,
    Budget: budgetTexts,
  },
  written: { by: 'editor', at: '2019-11-05T11:00:00+01:00' },
  work: {
    Budget: { assignee: 'admin', deadline: '2019-11-08' },
  },
  notes: [],
  ready: null,
};
