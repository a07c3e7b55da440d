import { type DemoPeriodReport, heading, para } from './demo-period-report-types.ts';

/**
 * Gävleborg's "Verksamhetsplan och budget 2020–2022"
 * (shared/seeds/gavleborg-verksamhetsplan-budget-2020-2022.txt, OCR'd without å/ä/ö: spelled
 * correctly here) as a report in draft, written from the demo plan 2020–2022. The generators show
 * §1 (the plan's purpose, the members and the adoption sentence), the vision, target groups, the
 * three directions (§4 Verksamhet), goals, the bodies (§6), the budget and the granted
 * interventions; written is only what they do not show, so nothing is said twice: §6's board
 * make-up, kansli staffing and beredningsgrupp, and §7's sentences and what the budget's cost lines
 * include. Corrected slips of the document: "18 806 tkr kronor" → "18 806 tkr",
 * "Kostnadernas finansieras" → "Kostnaderna finansieras", "förbrukningsvaror tele" →
 * "förbrukningsvaror, tele".
 */

/**
 * §6 after the generated bodies (their seats and descriptions, the kansli's staff, the auditors):
 * what the plan says beyond them — who appoints the board's seats, the kansli's staffing in 2020
 * and the beredningsgrupp's role in the plan's own words. The plan's sentences on the arbetsutskott,
 * the kansli's two roles and the auditors are what the generator already shows.
 */
const workOrganisation = [
  heading('Styrelse'),
  para(
    'Samordningsförbundet leds av en styrelse som består av åtta ledamöter och åtta ersättare. I styrelsen ingår politiskt valda representanter för länets tio kommuner (fem ordinarie och fem ersättare) och Region Gävleborg. Arbetsförmedlingen och Försäkringskassan företräds av tjänstemän. Arbetsförmedlingen, Försäkringskassan och Region Gävleborg har utsett vardera en ledamot och en ersättare.',
  ),
  heading('Kansli'),
  para('Bestående av förbundschef, verksamhetsutvecklare samt ekonomiansvarig/administrativ assistent.'),
  para(
    'Samordningsförbundet kommer under 2020 att rekrytera en person som har ansvar för ekonomihantering, samt vara ett administrativt stöd till kansli och arbeta med att hålla Insatskatalogen uppdaterad.',
  ),
  heading('Beredningsgrupp'),
  para(
    'Representerar förbundets parter på tjänstemannanivå och ansvarar tillsammans med förbundskansliet för att bereda ansökningar om samverkansmedel inför beslut. Gruppen har också ett ansvar för att förankra insatser inom sina respektive verksamhetsområden i länet. Beredningsgruppen har en kvalitetssäkrande roll och utgör ett stöd till förbundschef.',
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
