import { genderCount as g, kronor } from '@samsyn/domain';
import { type DemoForbundInterventions, type DemoGoal, estimated, fromSeed, ongoing } from './demo-types.ts';

// Samordningsförbundet Härnösand-Timrå, verksamhetsplan 2016 med plan för 2017–2018: "Beviljade
// projekt under 2016" (Etappen 1,1 mkr and Navigator Timrå 550 000 kr; together the 1 650 tkr of
// the budget line "Beviljade projekt"). Participant figures for 2016 are demo values throughout.

const period = '2016';

/** The förbund's result goals for every project aimed at participants (section 5 of the plan). */
const forbundResultGoals: readonly DemoGoal[] = [
  {
    goal: {
      type: 'share',
      description:
        '25 % av de som genomgått en verksamhet ska uppnå egen försörjning, antingen genom arbete eller utbildning.',
      measure: 'ended_to_work_or_studies',
      targetPercent: 25,
      comparison: 'at_least',
      period,
    },
    assessment: null,
    ...fromSeed,
  },
  {
    // A share, but of something the participant figures do not hold (self-rated health), so it is
    // followed up by assessment.
    goal: {
      type: 'qualitative',
      description:
        '50 % av de som genomgått en verksamhet har förbättrat sin hälsa och hanterbarheten för sina hinder.',
    },
    assessment: {
      status: 'partly_met',
      enteredActual: null,
      comment: 'Enligt SUS-uppföljningen uppger 44 % förbättrad hälsa.',
    },
    ...estimated('assessment'),
  },
];

const partners = ['Arbetsförmedlingen', 'Försäkringskassan', 'Region Västernorrland'] as const;

export const harnosandTimraDemo: DemoForbundInterventions = {
  tenantSlug: 'harnosand-timra',
  forbundName: 'Samordningsförbundet Härnösand-Timrå',
  period,
  localGroups: [],
  interventions: [
    {
      key: 'etappen',
      name: 'Etappen',
      kind: 'individual',
      purpose:
        'Fortsatt delfinansiering av Etappen, Kreativ verkstad: en öppen verksamhet med ett fullt ut individanpassat innehåll för arbetssökande med fokus ' +
        'på unga vuxna 16–29 år. Under året ska verksamheten utvecklas för att i ännu högre grad ge det samverkande stöd som målgruppen behöver.',
      targetGroupIds: ['young_adults_16_29', 'unemployed'],
      targetGroupText:
        'Arbetssökande, i första hand unga vuxna 16–29 år i behov av samverkande rehabilitering',
      methodTagIds: ['work_training'],
      ...ongoing({
        lead: 'Härnösands kommun',
        partners,
        participantRegistration: 'personal_data_or_anonymous',
      }),
      freeTags: ['Kreativ verkstad'],
      endDate: '2016-12-31',
      ...estimated('partners'),
      goals: forbundResultGoals,
      budgets: [
        {
          year: 2016,
          totalBudget: kronor(1_100_000),
          spendToDate: kronor(1_046_300),
          plannedParticipants: g(16, 20),
          ...estimated('spendToDate', 'plannedParticipants'),
        },
      ],
      figures: [
        {
          period,
          figures: {
            kind: 'individual',
            new: g(15, 19),
            ongoing: g(5, 7),
            ended: g(12, 16),
            outcomes: { work: g(2, 3), studies: g(2, 2), jobSeeking: g(4, 5), otherPlanning: g(4, 6) },
            ageBandsAtStart: {
              age16to19: 8,
              age20to24: 17,
              age25to29: 9,
              age30to39: 0,
              age40to49: 0,
              age50to64: 0,
              unknown: 0,
            },
            incomeSourcesAtStart: {
              incomeSupport: 14,
              sicknessBenefit: 0,
              activityCompensation: 4,
              activitySupport: 8,
              unemploymentBenefit: 0,
              none: 6,
              other: 0,
              unknown: 2,
            },
          },
          ...estimated(),
        },
      ],
      notes: [
        {
          period,
          resultsText:
            '46 deltagare under året, varav 34 nya. 28 har avslutat, 9 av dem till arbete eller studier.',
          comment: 'Demovärden: verksamhetsplanen anger inga utfall.',
        },
      ],
    },
    {
      key: 'navigator-timra',
      name: 'Navigator Timrå',
      kind: 'individual',
      purpose:
        'Samordningsförbundet finansierar 100 % navigatortjänst i Timrå kommun. För att unga vuxna i behov av extra stöd ska komma vidare mot egen försörjning ' +
        'behövs ett "stöd till stöd": en professionell person som hjälper de unga att navigera genom samhällets olika stödsystem. Navigatorn dokumenterar ' +
        'och påvisar också de samverkanshinder som finns för gruppen, så att myndigheterna får underlag att förändra sina egna organisationer.',
      targetGroupIds: ['young_adults_16_29'],
      targetGroupText: 'Unga vuxna i behov av extra stöd',
      methodTagIds: ['navigator'],
      ...ongoing({ lead: 'Timrå kommun', partners, participantRegistration: 'personal_data_or_anonymous' }),
      endDate: '2016-12-31',
      ...estimated('partners'),
      goals: [
        ...forbundResultGoals,
        {
          goal: {
            type: 'qualitative',
            description:
              'Navigatorn ska dokumentera och påvisa de samverkanshinder som finns för gruppen unga i behov av stöd.',
          },
          assessment: {
            status: 'partly_met',
            enteredActual: null,
            comment: 'Hinder dokumenterade och redovisade för utvecklingsgruppen.',
          },
          ...estimated('assessment'),
        },
      ],
      budgets: [
        {
          year: 2016,
          totalBudget: kronor(550_000),
          spendToDate: kronor(538_900),
          plannedParticipants: g(10, 12),
          ...estimated('spendToDate', 'plannedParticipants'),
        },
      ],
      figures: [
        {
          period,
          figures: {
            kind: 'individual',
            new: g(10, 12),
            ongoing: g(4, 5),
            ended: g(8, 9),
            outcomes: { work: g(1, 2), studies: g(2, 1), jobSeeking: g(2, 3), otherPlanning: g(3, 3) },
            ageBandsAtStart: {
              age16to19: 6,
              age20to24: 11,
              age25to29: 5,
              age30to39: 0,
              age40to49: 0,
              age50to64: 0,
              unknown: 0,
            },
            incomeSourcesAtStart: null,
          },
          ...estimated(),
        },
      ],
      notes: [
        {
          period,
          resultsText:
            '31 unga under året, varav 22 nya. 17 har avslutat, 6 av dem till arbete eller studier.',
          comment: 'Demovärden: verksamhetsplanen anger inga utfall.',
        },
      ],
    },
  ],
};
