import { genderCount as g, kronor } from '@samsyn/domain';
import type { DemoMemberName } from './demo-types.ts';
import { type DemoForbundInterventions, estimated, ongoing } from './demo-types.ts';

// Samordningsförbundet Insjöriket, verksamhetsplan 2020. The plan names the interventions and
// their target groups (prioritised: young adults with mental ill-health, first of all with activity
// compensation; long-term income support or long-term sick leave; preventive work) and the
// Kunskapsdialoger, 4–5 times a year. It gives no budgets per intervention, no leads and no
// figures: those are demo values, marked as such.

const period = '2020';
const allMembers: readonly DemoMemberName[] = [
  'Arbetsförmedlingen',
  'Försäkringskassan',
  'Västra Götalandsregionen',
  'Härryda kommun',
  'Mölndals stad',
  'Partille kommun',
];
const others = (lead: DemoMemberName) => allMembers.filter((member) => member !== lead);
/** An intervention a member leads with the others as partners, with participants registered. */
const memberLed = (lead: DemoMemberName) =>
  ongoing({ lead, partners: others(lead), participantRegistration: 'personal_data_or_anonymous' });

const workOrStudiesGoal = (targetPercent: number) => ({
  goal: {
    type: 'share' as const,
    description: `Minst ${targetPercent} % av de avslutade deltagarna går vidare till arbete eller studier.`,
    measure: 'ended_to_work_or_studies' as const,
    targetPercent,
    comparison: 'at_least' as const,
    period,
  },
  assessment: null,
  ...estimated('goal.targetPercent'),
});

export const insjoriketDemo: DemoForbundInterventions = {
  tenantSlug: 'insjoriket',
  forbundName: 'Samordningsförbundet Insjöriket',
  period,
  localGroups: [],
  interventions: [
    {
      key: 'en-vag-in',
      name: 'En väg in',
      kind: 'individual',
      purpose:
        'En gemensam ingång till förbundets individinriktade verksamheter, där parterna tillsammans bedömer behoven och leder deltagaren till rätt samordnad insats.',
      targetGroupIds: ['coordinated_rehabilitation_needs', 'far_from_labour_market'],
      targetGroupText:
        'Individer i förvärvsaktiv ålder med behov av samordnade medicinska, sociala och/eller arbetsinriktade rehabiliteringsinsatser',
      methodTagIds: ['single_entry_point'],
      ...memberLed('Mölndals stad'),
      startDate: '2020-01-01',
      ...estimated('purpose', 'lead', 'partners', 'startDate'),
      goals: [
        {
          goal: {
            type: 'count',
            description: '150 personer ska få en samordnad bedömning under året.',
            measure: 'new_participants',
            target: 150,
            period,
          },
          assessment: null,
          ...estimated('goal.target'),
        },
      ],
      budgets: [
        {
          year: 2020,
          totalBudget: kronor(1_200_000),
          spendToDate: kronor(1_151_400),
          plannedParticipants: g(80, 70),
          ...estimated(),
        },
      ],
      figures: [
        {
          period,
          figures: {
            kind: 'individual',
            new: g(88, 71, 2),
            ongoing: g(0, 0),
            ended: g(80, 66, 2),
            outcomes: { work: g(6, 9), studies: g(5, 3), jobSeeking: g(9, 11), otherPlanning: g(60, 43, 2) },
            ageBandsAtStart: null,
            incomeSourcesAtStart: null,
          },
          ...estimated(),
        },
      ],
      notes: [
        { period, resultsText: '161 personer har fått en samordnad bedömning.', comment: 'Demovärden.' },
      ],
    },
    {
      key: 'balder',
      name: 'Balder',
      kind: 'individual',
      purpose:
        'Samordnat stöd mot arbete och studier för unga vuxna med psykisk ohälsa, i första hand unga med aktivitetsersättning, med ett coachande förhållningssätt.',
      targetGroupIds: ['young_adults_16_29', 'mental_ill_health', 'activity_compensation'],
      targetGroupText:
        'Unga vuxna med psykisk ohälsa, i första hand unga med aktivitetsersättning (eller liknande problematik utan ersättning)',
      methodTagIds: ['coaching', 'supported_employment'],
      ...memberLed('Härryda kommun'),
      ...estimated('purpose', 'lead', 'partners'),
      goals: [
        workOrStudiesGoal(30),
        {
          goal: { type: 'qualitative', description: 'Kön till Balder ska försvinna.' },
          assessment: {
            status: 'partly_met',
            enteredActual: null,
            comment: 'Kön har minskat från 24 till 11 personer.',
          },
          ...estimated('assessment'),
        },
      ],
      budgets: [
        {
          year: 2020,
          totalBudget: kronor(2_400_000),
          spendToDate: kronor(2_386_200),
          plannedParticipants: g(30, 30),
          ...estimated(),
        },
      ],
      figures: [
        {
          period,
          figures: {
            kind: 'individual',
            new: g(17, 14),
            ongoing: g(15, 16),
            ended: g(14, 13),
            outcomes: { work: g(3, 4), studies: g(2, 1), jobSeeking: g(3, 3), otherPlanning: g(6, 5) },
            ageBandsAtStart: {
              age16to19: 4,
              age20to24: 15,
              age25to29: 12,
              age30to39: 0,
              age40to49: 0,
              age50to64: 0,
              unknown: 0,
            },
            incomeSourcesAtStart: {
              incomeSupport: 5,
              sicknessBenefit: 0,
              activityCompensation: 19,
              activitySupport: 3,
              unemploymentBenefit: 0,
              none: 4,
              other: 0,
              unknown: 0,
            },
          },
          ...estimated(),
        },
      ],
      notes: [
        {
          period,
          resultsText: '62 unga har deltagit, 27 har avslutat, 10 av dem till arbete eller studier.',
          comment: 'Demovärden.',
        },
      ],
    },
    {
      key: 'individsamverkansteam',
      name: 'Individsamverkansteam',
      kind: 'individual',
      purpose:
        'Team med handläggare från parterna som gemensamt planerar och följer stödet för personer med långvarigt försörjningsstöd eller lång sjukskrivning.',
      targetGroupIds: ['long_term_income_support', 'long_term_sick_listed'],
      targetGroupText:
        'Långtidsberoende av försörjningsstöd eller långtidssjukskrivna (med eller utan ersättning)',
      methodTagIds: ['individual_collaboration_team'],
      ...memberLed('Partille kommun'),
      ...estimated('purpose', 'lead', 'partners'),
      goals: [workOrStudiesGoal(25)],
      budgets: [
        {
          year: 2020,
          totalBudget: kronor(1_800_000),
          spendToDate: kronor(1_731_900),
          plannedParticipants: g(25, 20),
          ...estimated(),
        },
      ],
      figures: [
        {
          period,
          figures: {
            kind: 'individual',
            new: g(14, 11),
            ongoing: g(12, 10),
            ended: g(11, 9),
            outcomes: { work: g(2, 2), studies: g(1, 0), jobSeeking: g(3, 3), otherPlanning: g(5, 4) },
            ageBandsAtStart: null,
            incomeSourcesAtStart: {
              incomeSupport: 13,
              sicknessBenefit: 8,
              activityCompensation: 0,
              activitySupport: 0,
              unemploymentBenefit: 0,
              none: 3,
              other: 1,
              unknown: 0,
            },
          },
          ...estimated(),
        },
      ],
      notes: [
        {
          period,
          resultsText: '47 deltagare, 20 avslutade, 5 av dem till arbete eller studier.',
          comment: 'Demovärden.',
        },
      ],
    },
    {
      key: 'aktiv',
      name: 'Aktiv',
      kind: 'individual',
      purpose:
        'Förebyggande rehabilitering: tidiga, samordnade och aktiverande insatser för personer som riskerar långvarigt utanförskap, innan behoven hunnit växa.',
      targetGroupIds: ['sick_listed', 'far_from_labour_market'],
      targetGroupText: 'Personer i behov av förebyggande rehabiliteringsarbete',
      methodTagIds: ['coaching', 'work_training'],
      ...memberLed('Västra Götalandsregionen'),
      ...estimated('purpose', 'lead', 'partners'),
      goals: [workOrStudiesGoal(35)],
      budgets: [
        {
          year: 2020,
          totalBudget: kronor(1_500_000),
          spendToDate: kronor(1_462_300),
          plannedParticipants: g(22, 18),
          ...estimated(),
        },
      ],
      figures: [
        {
          period,
          figures: {
            kind: 'individual',
            new: g(19, 14),
            ongoing: g(6, 5),
            ended: g(18, 12),
            outcomes: { work: g(5, 4), studies: g(1, 1), jobSeeking: g(4, 2), otherPlanning: g(8, 5) },
            ageBandsAtStart: null,
            incomeSourcesAtStart: null,
          },
          ...estimated(),
        },
      ],
      notes: [
        {
          period,
          resultsText: '44 deltagare, 30 avslutade, 11 av dem till arbete eller studier.',
          comment: 'Demovärden.',
        },
      ],
    },
    {
      key: 'kunskapsdialoger',
      name: 'Kunskapsdialoger',
      kind: 'structural',
      purpose:
        'En kompetensutvecklingsarena där samordningsförbundet bjuder in till föreläsningar och utbildningar i teman som är gemensamma för de professionella ' +
        'som arbetar med arbetslivsinriktad rehabilitering.',
      targetGroupIds: ['staff_in_collaboration'],
      targetGroupText: 'Medarbetare hos parterna som ingår i samordningsförbundet',
      methodTagIds: ['knowledge_dialogue'],
      ...ongoing({ lead: 'forbund', partners: allMembers, participantRegistration: 'volume_only' }),
      ...estimated('partners'),
      goals: [
        {
          goal: {
            type: 'count',
            description: 'Kunskapsdialoger erbjuds 4–5 gånger per år.',
            measure: 'meetings_held',
            target: 4,
            period,
          },
          assessment: null,
          isDemoEstimate: false,
          estimatedFields: [],
        },
      ],
      budgets: [
        {
          year: 2020,
          totalBudget: kronor(250_000),
          spendToDate: kronor(214_800),
          plannedParticipants: null,
          ...estimated(),
        },
      ],
      figures: [
        {
          period,
          figures: {
            kind: 'structural',
            staffReached: 212,
            managersReached: 18,
            unspecifiedReached: 0,
            meetingsHeld: 5,
          },
          ...estimated(),
        },
      ],
      notes: [
        { period, resultsText: 'Fem kunskapsdialoger med sammanlagt 230 deltagare.', comment: 'Demovärden.' },
      ],
    },
  ],
};
