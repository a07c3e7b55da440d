/**
 * The national key figures (nationella jämförelsetal) as data: what is counted, from which data,
 * in which unit, how the national figure is formed and which disclosure rule guards it. The web
 * app shows `title` and `definition` as they are; the API uses `nationalFigure` and `suppression`
 * to compute and guard each figure. IDs are stable: never reuse or renumber one, add new ones.
 */
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { multiLineText, singleLineText } from '../text.ts';

export const kpiUnits = ['kr', 'percent', 'count', 'kr_per_participant'] as const;
export type KpiUnit = (typeof kpiUnits)[number];

/**
 * `economy`: a kommunalförbund's accounts and its interventions are public records (allmänna
 * handlingar), so they may be shown per named förbund. `participants`: counts of people, never
 * shown per named förbund outside its own users; published only aggregated and suppressed.
 */
export const kpiKinds = ['economy', 'participants'] as const;
export type KpiKind = (typeof kpiKinds)[number];

export const kpiDirections = ['higher_is_better', 'lower_is_better', 'neutral'] as const;
export type KpiDirection = (typeof kpiDirections)[number];

/**
 * How the national (and county) figure is formed from the förbund's values:
 * `count` förbund, `sum` over förbund, `ratio_of_sums` (Σ part / Σ whole, each förbund weighted by
 * its size), or `median_and_quartiles` over förbund. "My förbund against the nation" always uses
 * the distribution over förbund (`compareWithNation`).
 */
export const kpiNationalFigures = ['count', 'sum', 'ratio_of_sums', 'median_and_quartiles'] as const;
export type KpiNationalFigure = (typeof kpiNationalFigures)[number];

/**
 * The disclosure rule, each including the ones above it:
 * - `none`: not confidential (which förbund exist is public).
 * - `min_contributors`: at least 3 förbund behind every national or county figure (`minContributors`, `sumByGroup`).
 * - `count_cells`: and counts of 1–4 shown as "..", with complementary suppression (`suppressTable`, `suppressList`).
 * - `share_of_counts`: and a share is shown only when part, whole and rest are each 0 or ≥ 5
 *   (`publishShareOfCounts`); a förbund's own share enters a national distribution only when it passes the same test.
 * - `per_participant`: and an amount per participant only with 0 or ≥ 5 participants (`publishPerParticipant`).
 */
export const kpiSuppressionRules = [
  'none',
  'min_contributors',
  'count_cells',
  'share_of_counts',
  'per_participant',
] as const;
export type KpiSuppressionRule = (typeof kpiSuppressionRules)[number];

export const kpiIdSchema = singleLineText().regex(/^SAM\d{3}$/);

export const kpiDefinitionSchema = z.object({
  id: kpiIdSchema,
  /** Swedish title, as shown. */
  title: singleLineText().min(1),
  /** Swedish definition in Kolada's manner: what is counted, from which data, the unit. */
  definition: multiLineText().min(1),
  unit: z.enum(kpiUnits),
  kind: z.enum(kpiKinds),
  direction: z.enum(kpiDirections),
  nationalFigure: z.enum(kpiNationalFigures),
  suppression: z.enum(kpiSuppressionRules),
});
export type KpiDefinition = z.infer<typeof kpiDefinitionSchema>;

const economy = { kind: 'economy', suppression: 'min_contributors' } as const;
const participantCount = {
  unit: 'count',
  kind: 'participants',
  direction: 'neutral',
  nationalFigure: 'sum',
  suppression: 'count_cells',
} as const;

export const kpiDefinitions: readonly KpiDefinition[] = [
  {
    id: 'SAM001',
    title: 'Antal samordningsförbund',
    definition:
      'Antal samordningsförbund enligt lagen om finansiell samordning (SFS 2003:1210) som har redovisat utfall för året i Samsyn. Ett förbund räknas en gång oavsett antal medlemmar. Enhet: antal.',
    unit: 'count',
    kind: 'economy',
    direction: 'neutral',
    nationalFigure: 'count',
    // One or two reporting förbund in a county would name them (issue 24).
    suppression: 'min_contributors',
  },
  {
    id: 'SAM002',
    title: 'Tilldelade medel totalt',
    definition:
      'Summa medlemsbidrag som förbundet har fått under året från samtliga medlemmar: Försäkringskassan, Arbetsförmedlingen, regionen och kommunerna. Utfall enligt förbundets driftredovisning. Ränteintäkter och övriga intäkter ingår inte. Enhet: kronor.',
    unit: 'kr',
    direction: 'neutral',
    nationalFigure: 'sum',
    ...economy,
  },
  {
    id: 'SAM003',
    title: 'Tilldelade medel från staten',
    definition:
      'Medlemsbidrag från Försäkringskassan och Arbetsförmedlingen tillsammans under året, utfall enligt driftredovisningen. Enligt Finsam står staten för hälften av förbundets medlemsbidrag. Enhet: kronor.',
    unit: 'kr',
    direction: 'neutral',
    nationalFigure: 'sum',
    ...economy,
  },
  {
    id: 'SAM004',
    title: 'Tilldelade medel från regionen',
    definition:
      'Medlemsbidrag från regionen under året, utfall enligt driftredovisningen. Enligt Finsam står regionen för en fjärdedel av förbundets medlemsbidrag. Enhet: kronor.',
    unit: 'kr',
    direction: 'neutral',
    nationalFigure: 'sum',
    ...economy,
  },
  {
    id: 'SAM005',
    title: 'Tilldelade medel från kommunerna',
    definition:
      'Medlemsbidrag från förbundets medlemskommuner tillsammans under året, utfall enligt driftredovisningen. Enligt Finsam står kommunerna tillsammans för en fjärdedel, fördelad mellan dem enligt fördelningsnyckeln. Enhet: kronor.',
    unit: 'kr',
    direction: 'neutral',
    nationalFigure: 'sum',
    ...economy,
  },
  {
    id: 'SAM006',
    title: 'Insatsmedel, andel av kostnaderna',
    definition:
      'Kostnader för insatser (insatsmedel) dividerat med förbundets totala kostnader under året, utfall enligt driftredovisningen. Nationellt: summan av insatsmedel dividerad med summan av kostnader. Enhet: procent. Högt värde innebär att en större del av medlen går till insatser.',
    unit: 'percent',
    direction: 'higher_is_better',
    nationalFigure: 'ratio_of_sums',
    ...economy,
  },
  {
    id: 'SAM007',
    title: 'Personalkostnader för kansliet, andel av kostnaderna',
    definition:
      'Personalkostnader för förbundets kansli dividerat med förbundets totala kostnader under året, utfall enligt driftredovisningen. Personal som finansieras som insats räknas till insatsmedel. Nationellt: summan av personalkostnader dividerad med summan av kostnader. Enhet: procent.',
    unit: 'percent',
    direction: 'neutral',
    nationalFigure: 'ratio_of_sums',
    ...economy,
  },
  {
    id: 'SAM008',
    title: 'Övriga kostnader, andel av kostnaderna',
    definition:
      'Övriga externa kostnader (lokaler, revision, IT, konsulter och liknande) dividerat med förbundets totala kostnader under året, utfall enligt driftredovisningen. Nationellt: summan av övriga kostnader dividerad med summan av kostnader. Enhet: procent.',
    unit: 'percent',
    direction: 'neutral',
    nationalFigure: 'ratio_of_sums',
    ...economy,
  },
  {
    id: 'SAM009',
    title: 'Eget kapital, andel av intäkterna',
    definition:
      'Eget kapital vid årets slut enligt balansräkningen dividerat med årets intäkter enligt resultaträkningen. Nationellt: median och kvartiler över förbunden. Enhet: procent. Värdet bedöms mot förbundets eget mål för eget kapital; ett lågt värde är inte bättre i sig.',
    unit: 'percent',
    direction: 'neutral',
    nationalFigure: 'median_and_quartiles',
    ...economy,
  },
  {
    id: 'SAM010',
    title: 'Förbund med eget kapital över eget mål',
    definition:
      'Antal samordningsförbund vars eget kapital vid årets slut, som andel av årets intäkter, överstiger den högsta andel som förbundet självt har beslutat som mål. Förbund utan beslutat mål räknas inte. Enhet: antal.',
    unit: 'count',
    direction: 'lower_is_better',
    nationalFigure: 'count',
    ...economy,
  },
  {
    id: 'SAM011',
    title: 'Individinriktade insatser',
    definition:
      'Antal individinriktade insatser som förbundet har finansierat under året, det vill säga insatser riktade till deltagare. En insats räknas en gång per år oavsett antal deltagare. Enhet: antal.',
    unit: 'count',
    direction: 'neutral',
    nationalFigure: 'sum',
    ...economy,
  },
  {
    id: 'SAM012',
    title: 'Strukturinriktade insatser',
    definition:
      'Antal strukturinriktade insatser som förbundet har finansierat under året, det vill säga insatser riktade till personal och chefer hos samverkansparterna. En insats räknas en gång per år. Enhet: antal.',
    unit: 'count',
    direction: 'neutral',
    nationalFigure: 'sum',
    ...economy,
  },
  {
    id: 'SAM013',
    title: 'Deltagare i individinriktade insatser',
    definition:
      'Antal deltagare i förbundets individinriktade insatser under året, enligt insatsernas rapporterade antal per period (som i Försäkringskassans Uppföljning Finsam). En person i två insatser räknas två gånger. Värden 1–4 visas som "..". Enhet: antal.',
    ...participantCount,
  },
  {
    id: 'SAM014',
    title: 'Deltagare, kvinnor',
    definition:
      'Antal deltagare i individinriktade insatser under året som är kvinnor, enligt insatsernas rapporterade antal. Värden 1–4 visas som "..". Enhet: antal.',
    ...participantCount,
  },
  {
    id: 'SAM015',
    title: 'Deltagare, män',
    definition:
      'Antal deltagare i individinriktade insatser under året som är män, enligt insatsernas rapporterade antal. Värden 1–4 visas som "..". Enhet: antal.',
    ...participantCount,
  },
  {
    id: 'SAM016',
    title: 'Deltagare, annan eller okänd könstillhörighet',
    definition:
      'Antal deltagare i individinriktade insatser under året som varken är redovisade som kvinnor eller män. Värden 1–4 visas som "..". Enhet: antal.',
    ...participantCount,
  },
  {
    id: 'SAM017',
    title: 'Avslutade deltagare till arbete eller studier, andel',
    definition:
      'Antal deltagare som avslutade en individinriktad insats under året och då gick till arbete eller studier, dividerat med antal deltagare som avslutade en insats under året. Nationellt: summan av deltagare till arbete eller studier dividerad med summan av avslutade deltagare. Visas inte när något av antalen, eller skillnaden mellan dem, är 1–4. Enhet: procent.',
    unit: 'percent',
    kind: 'participants',
    direction: 'higher_is_better',
    nationalFigure: 'ratio_of_sums',
    suppression: 'share_of_counts',
  },
  {
    id: 'SAM018',
    title: 'Kostnad per deltagare',
    definition:
      'Insatsmedel till individinriktade insatser under året, utfall enligt driftredovisningen, dividerat med antal deltagare i individinriktade insatser under året. Nationellt: median och kvartiler över förbunden. Visas inte för 1–4 deltagare. Enhet: kronor per deltagare. En låg kostnad är inte bättre i sig.',
    unit: 'kr_per_participant',
    kind: 'participants',
    direction: 'neutral',
    nationalFigure: 'median_and_quartiles',
    suppression: 'per_participant',
  },
];

/** The definition of key figure `id`; throws a NOT_FOUND domain error for an unknown id. */
export const getKpiDefinition = (id: string): KpiDefinition => {
  const definition = kpiDefinitions.find((kpi) => kpi.id === id);
  if (definition === undefined) throw new DomainError('NOT_FOUND', 'statistics.kpiNotFound', { id });
  return definition;
};
