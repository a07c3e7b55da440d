import {
  activity,
  computedIndicator,
  type DemoPlan,
  enteredIndicator,
  judgedIndicator,
  nnsIndicator,
} from './demo-plan-types.ts';

// Samordningsförbundet Insjöriket, "Verksamhetsplan 2020": the two parts of its assignment, the
// vision, "MÅL och UPPDRAG 2020" with its two kinds of support (individinriktade and
// strukturinriktade insatser, the plan's areas), the board's priority order of target groups,
// the gender-equality work and the follow-up via SUS and the NNS indicators. The risk analysis is
// seeded as risks by the follow-up seed.

export const insjoriketPlan2020: DemoPlan = {
  key: 'insjoriket-2020',
  tenantSlug: 'insjoriket',
  name: 'Verksamhetsplan 2020',
  firstYear: 2020,
  lastYear: 2020,
  // Demo estimate: the seed says the plan was laid before the board for decision, not when.
  adoptedOn: '2019-12-13',
  isAdoptedOnFromSeed: false,
  // Inledning.
  purpose:
    'Samordningsförbundet har två delar i sitt uppdrag. Det ena uppdraget är att förstärka samverkan och utgöra en plattform för samverkan mellan förbundets ingående parter. Det andra uppdraget är att finansiera verksamheter för deltagare. Verksamheterna som förbundet finansierar skall för individen ha ett tydligt syfte, vara målinriktad och i alla delar ha en effektiv rehabiliteringsprocess.',
  vision:
    'Samordningsförbundet skall arbeta för ett synsätt på välfärdsarbetet där all rehabilitering sker utifrån individers behov och förmåga, individens aktiva medverkan och att de samverkande myndigheterna tar ett gemensamt ansvar. Denna vision skall omsättas i de verksamheter som Samordningsförbundet finansierar.',
  // "Prioriteringsordningen för de behovsgrupper som styrelsen önskar finansiera individinsatser
  // för", then the new groups that "bör inkluderas" in the same interventions.
  targetGroups: [
    'Unga vuxna med psykisk ohälsa, i första hand unga med aktivitetsersättning (eller med liknande problematik utan ersättning)',
    'Långtidsberoende av försörjningsstöd eller långtidssjukskrivna (med eller utan ersättning)',
    'Förebyggande rehabiliteringsarbete',
    'Personer som står mycket långt ifrån arbetsmarknaden p.g.a. funktionsnedsättningar',
    'Personer med missbruksproblematik',
    'Personer med utländsk bakgrund med bristfällig integrationsprocess på arbetsmarknaden',
  ],
  // "Styrelsen har att förhålla sig till nedanstående som framkommit i dialog med förbundets
  // medlemsparter."
  directions: [
    'Tydliggöra för medverkande parter att det inte är den egna organisationen som skall tjäna på samverkan utan att det är individen och samhället som skall gynnas.',
    'Viktigt att tydliggöra Vi/Vårt INTE Mig/Mitt.',
    'Myndigheterna internt behöver klargöra att pengar till samverkan inte belastar den enskilda förvaltningens budget.',
  ],
  areas: [
    {
      title: 'Individinriktade insatser',
      description:
        'Samordningsförbundet skall ge medlemsparterna ökad möjlighet till att samordna sina insatser utifrån ett helhetsperspektiv för individen inom hela det geografiska området. Utgångspunkten för insatsen är alltså inte den enskilda partens kostnader, eventuella vinster eller besparingar.',
      goals: [
        {
          code: '',
          title:
            'Öka möjligheterna till egen försörjning och en effektivare användning av gemensamma resurser.',
          description:
            'Verksamheterna skall ha realistiska mätbara mål som är kopplade till att mäta effekterna av den samordnade rehabiliteringen (förflyttning mot egen försörjning) snarare än att mäta hur många/hur fort/hur länge. Verksamhetsmålen regleras i varje verksamhets styrdokument.',
          indicators: [
            // Uppföljning: "I SUS följs bl.a. hur individer förändrar sin förmåga till egen
            // försörjning." The plan sets no figure, so better than the year before.
            computedIndicator(
              'Deltagare som avslutat en verksamhet går till arbete eller studier (följs i SUS).',
              'participantOutcomeShare',
              { outcomes: ['work', 'studies'] },
              'betterThanLastYear',
            ),
            // "… möjliggör jämförelser mellan förbund": the NNS participant survey.
            nnsIndicator(
              'Deltagare känner sig mer redo att kunna arbeta eller studera efter insatsen, på minst samma nivå som nationella jämförelsetal.',
              'D1',
              'atLeastNational',
            ),
          ],
          activities: [],
          // "De verksamheter som bereder plats för dessa målgrupper är En väg in (tidigare kallad
          // verksamheterna Balder, Individsamverkansteam och Aktiv."
          interventionNames: ['En väg in', 'Balder', 'Individsamverkansteam', 'Aktiv'],
        },
      ],
    },
    {
      title: 'Strukturinriktade insatser',
      description:
        'De ingående parternas samverkan skall stöttas och förbättras. Stödet kan riktas dels till individinriktade insatser, dels till strukturinriktade insatser.',
      goals: [
        {
          code: '',
          title:
            'Påverka samverkan på en strukturell nivå genom en kunskapsplattform i form av kunskapsdialoger.',
          description:
            'Kunskapsdialoger är en kompetensutvecklingsarena, där samordningsförbundet bjuder till föreläsningar/utbildningar i teman som är gemensamma för de professionella som jobbar med arbetslivsinriktad rehabilitering. Målgruppen är medarbetare hos parterna som ingår i samordningsförbundet.',
          indicators: [
            // "Kunskapsdialoger erbjuds 4-5 gånger per året".
            enteredIndicator('Kunskapsdialoger erbjuds 4–5 gånger per år.', 'atLeast', 'count', '4.00'),
          ],
          activities: [
            activity(
              'Kunskapsdialoger med föreläsningar/utbildningar i teman som är gemensamma för de professionella som jobbar med arbetslivsinriktad rehabilitering.',
            ),
          ],
          interventionNames: ['Kunskapsdialoger'],
        },
        {
          code: '',
          title: 'Förbundets strategiska arbete inom området jämställdhet och icke-diskriminering.',
          description:
            'Allt rehabiliteringsarbete, all planering och all uppföljning och utvärdering ska genomsyras av ett tydligt genusperspektiv. Förbundets kansli har en medarbetare som jobbar som jämställdhetsstrateg med uppdraget att metodutveckla förbundets arbete inom jämställdhets- och icke-diskrimineringsfrågor.',
          indicators: [
            judgedIndicator(
              'Alla som arbetar i av förbundet finansierade verksamheter samt styrelseledamöter erbjuds en grundläggande jämställdhetsutbildning.',
            ),
          ],
          activities: [
            activity(
              'Grundläggande jämställdhetsutbildning för alla som arbetar i av förbundet finansierade verksamheter samt styrelseledamöter; erbjuds varje termin och är ett obligatoriskt inslag för alla medarbetare.',
            ),
            activity(
              'JGL (Jämställdhet, Genus och Ledarskap), en fördjupande utbildning för styrelsen, samordnare och nyckelpersoner.',
            ),
            activity('Intensifiera arbetet med våld i nära relationer.', 'Jämställdhetsstrateg'),
            activity('Sprida och utveckla Genuskompassen.'),
          ],
          interventionNames: [],
        },
      ],
    },
  ],
  goals: [],
};
