import { allocateByWeight, genderCount as g, kronor, type QualitativeStatus } from '@samsyn/domain';
import { gavleborgMunicipalities } from '../gavleborg-municipalities.ts';
import {
  type DemoForbundInterventions,
  type DemoGoal,
  type DemoLocalGroup,
  type DemoMemberName,
  estimated,
  fromSeed,
  ongoing,
} from './demo-types.ts';

// Samordningsförbund Gävleborg, halvårsredovisning 2019, Bilaga 1 ("Mål och resultat av insatser
// första halvåret 2019"). Texts are the seed's, with spelling mistakes of the original corrected.

const allMembers: readonly DemoMemberName[] = [
  'Arbetsförmedlingen',
  'Försäkringskassan',
  'Region Gävleborg',
  ...gavleborgMunicipalities,
];

const period = '2019-H1';

/** Most of the förbund's interventions: its own, for all its members, counted by volume. */
const forbundWide = ongoing({
  lead: 'forbund',
  partners: allMembers,
  participantRegistration: 'volume_only',
});

const qualitative = (
  description: string,
  status: QualitativeStatus | null,
  comment = '',
  isJudgement = true,
): DemoGoal => ({
  goal: { type: 'qualitative', description },
  assessment: status === null ? null : { status, enteredActual: null, comment },
  // The seed reports results, not a status per goal: a status we read out of the results text is ours.
  ...(isJudgement && status !== null ? estimated('assessment.status') : fromSeed),
});

/**
 * The ten local groups (Mysam). Their 2019 budgets are the municipality-specific funds,
 * 4 994 625 kr, split by municipality size: the seed's split is exactly three times each
 * municipality's contribution for H1 2019 (Not 1), i.e. the members' own allocation key, so that
 * key is the weight here. Populations (31 Dec 2018, rounded) are shown beside it as demo values.
 */
const localGroupSeeds = [
  {
    key: 'bollnas',
    name: 'Mysam Bollnäs',
    municipality: 'Bollnäs kommun',
    contribution: 153_168,
    population: 26_500,
    spend: 0,
    meetings: 3,
  },
  {
    key: 'gavle',
    name: 'Mysam Gävle',
    municipality: 'Gävle kommun',
    contribution: 609_345,
    population: 101_600,
    spend: 9_850,
    meetings: 3,
  },
  {
    key: 'hofors',
    name: 'Mysam Hofors',
    municipality: 'Hofors kommun',
    contribution: 54_940,
    population: 9_600,
    spend: 4_120,
    meetings: 2,
  },
  {
    key: 'hudiksvall',
    name: 'Mysam Hudiksvall',
    municipality: 'Hudiksvalls kommun',
    contribution: 216_435,
    population: 37_600,
    spend: 0,
    meetings: 2,
  },
  {
    key: 'ljusdal',
    name: 'Mysam Ljusdal',
    municipality: 'Ljusdals kommun',
    contribution: 108_217,
    population: 19_200,
    spend: 4_300,
    meetings: 3,
  },
  {
    key: 'nordanstig',
    name: 'Mysam Nordanstig',
    municipality: 'Nordanstigs kommun',
    contribution: 54_940,
    population: 9_500,
    spend: 0,
    meetings: 2,
  },
  {
    key: 'ockelbo',
    name: 'Mysam Ockelbo',
    municipality: 'Ockelbo kommun',
    contribution: 34_962,
    population: 5_900,
    spend: 0,
    meetings: 2,
  },
  {
    key: 'ovanaker',
    name: 'Mysam Ovanåker',
    municipality: 'Ovanåkers kommun',
    contribution: 64_930,
    population: 11_600,
    spend: 3_640,
    meetings: 2,
  },
  {
    key: 'sandviken',
    name: 'Mysam Sandviken',
    municipality: 'Sandvikens kommun',
    contribution: 221_428,
    population: 39_500,
    spend: 6_208,
    meetings: 3,
  },
  {
    key: 'soderhamn',
    name: 'Mysam Söderhamn',
    municipality: 'Söderhamns kommun',
    contribution: 146_510,
    population: 25_600,
    spend: 0,
    meetings: 2,
  },
] as const;

const municipalityFunds = kronor(4_994_625);
const allocation = allocateByWeight(
  municipalityFunds,
  localGroupSeeds.map((seed) => ({ ...seed, weight: seed.contribution })),
);
if (!allocation.ok) throw new Error('demo: the Gävleborg local-group allocation must succeed');

const localGroups: DemoLocalGroup[] = allocation.value.map((seed) => ({
  key: seed.key,
  name: seed.name,
  municipality: seed.municipality,
  population: seed.population,
  years: [
    {
      year: 2019,
      budget: seed.amount,
      // The seed gives only the total spend (28 118 kr) and "4–6 meetings a year"; the split per
      // group, the meetings so far and the action plans are demo values.
      spend: kronor(seed.spend),
      meetingsHeld: seed.meetings,
      hasUpdatedActionPlan: seed.meetings === 3,
      ...estimated('spend', 'meetingsHeld', 'hasUpdatedActionPlan'),
    },
  ],
}));

const localGroupMeetings = localGroupSeeds.reduce((sum, seed) => sum + seed.meetings, 0);

/*
 * Uppföljning Finsam's fields. The plan 2020–2022 says the förbund "är skyldig att följa upp de
 * insatser de finansierar genom systemet SUS"; Mentorskap's goals are measured with the NNS
 * indicator survey (Bilaga 1). No intervention is said to be ESF-financed, and the seeds give no
 * detailed direction beyond the kind ("Individ", "Strukturövergripande"), so that stays empty.
 */
const followedUpInSus = { isEsfFunded: false, followUpMethod: 'sus' } as const;
const followedUpWithIndicators = { isEsfFunded: false, followUpMethod: 'indicators' } as const;

export const gavleborgDemo: DemoForbundInterventions = {
  tenantSlug: 'gavleborg',
  forbundName: 'Samordningsförbund Gävleborg',
  period,
  localGroups,
  interventions: [
    {
      key: 'trisam-individ',
      finsam: followedUpInSus,
      name: 'Trisam individ',
      kind: 'individual',
      purpose:
        'Tidig rehabilitering i samverkan är en struktur för rehabiliteringssamverkan på vårdenheter i Gävleborgs län. ' +
        'Samarbete sker för att stödja den som behöver insatser från flera parter för att kunna behålla, återgå i eller söka arbete. ' +
        'De samlade resurserna som finns avsatta hos de berörda organisationerna nyttjas mer effektivt. Individen får ett bättre samordnat stöd.',
      targetGroupIds: ['coordinated_rehabilitation_needs'],
      targetGroupText: 'Personer med behov av samordnad rehabilitering',
      methodTagIds: ['trisam'],
      ...forbundWide,
      ...fromSeed,
      goals: [
        {
          goal: {
            type: 'count',
            description: '800 ärenden ska lyftas i teamen.',
            measure: 'participants',
            target: 800,
            period: '2019',
          },
          assessment: null,
          ...fromSeed,
        },
      ],
      // The seed's "Totalbudget 2019: 1 kr, Utfall: 1 kr" is a placeholder, not a budget: no budget row.
      budgets: [],
      figures: [
        {
          period,
          // 363 new cases, 62 % women: 225 women (61.98 %), 138 men (38.02 %). The 196 follow-up
          // cases are carried in; their gender is not given, so they are "other/unknown". Income
          // sources: 31 % income support ≈ 113 (31.13 %), 27 % sickness benefit ≈ 98 (27.00 %),
          // 16 % activity support ≈ 58 (15.98 %), each the count nearest to share × 363; the rest unknown.
          // Exits are not recorded by Trisam.
          figures: {
            kind: 'individual',
            new: g(225, 138),
            ongoing: g(0, 0, 196),
            ended: null,
            outcomes: null,
            ageBandsAtStart: null,
            incomeSourcesAtStart: {
              incomeSupport: 113,
              sicknessBenefit: 98,
              activityCompensation: 0,
              activitySupport: 58,
              unemploymentBenefit: 0,
              none: 0,
              other: 0,
              unknown: 94,
            },
          },
          ...fromSeed,
        },
      ],
      notes: [
        {
          period,
          resultsText:
            'Sammantaget har 363 nya samt 196 uppföljningsärenden, totalt 559 ärenden, lyfts hittills. 62 % av ärendena är kvinnor, 38 % män. ' +
            'Fördelning av aktörer som initierat ärenden: sjukvården 47 %, Arbetsförmedlingen 25 %, kommunen 20 % och Försäkringskassan 8 %. ' +
            'Av dessa har 31 % som huvudsaklig försörjning försörjningsstöd, 27 % sjukpenning och 16 % aktivitetsstöd via Arbetsförmedlingen.',
          comment: 'Antalet aktualiserade ärenden ligger i nivå med det förväntade.',
        },
      ],
    },
    {
      key: 'se-coach-gavle',
      finsam: followedUpInSus,
      name: 'Supported Employment coach Gävle',
      kind: 'individual',
      purpose:
        'Att genom ett vidgat uppdrag för SIUS-konsulent hos Arbetsförmedlingen tillämpa metoden Supported Employment för målgruppen unga med ' +
        'aktivitetsersättning med psykisk ohälsa, för att ge ett bättre stöd i att hitta långsiktiga lösningar mot arbete och studier. ' +
        'Samordningsförbundet finansierar en SE-coach anställd på Arbetsförmedlingen.',
      targetGroupIds: ['young_adults_16_29', 'activity_compensation', 'mental_ill_health'],
      targetGroupText: 'Unga med aktivitetsersättning med psykisk ohälsa',
      methodTagIds: ['supported_employment', 'coaching'],
      freeTags: ['SIUS'],
      lead: 'Arbetsförmedlingen',
      partners: ['Gävle kommun', 'Försäkringskassan', 'Region Gävleborg'],
      startDate: '2017-09-01',
      endDate: '2019-10-31',
      status: 'ongoing',
      participantRegistration: 'personal_data_or_anonymous',
      localGroupKey: null,
      ...fromSeed,
      goals: [
        qualitative(
          'Under perioden 2017-09-01 – 2019-10-31 ska insatsen erbjudas till 50 personer i målgruppen unga (upp till och med 29 år) med aktivitetsersättning.',
          'partly_met',
          '37 deltagare sedan start. Prognosen är att insatsen inte når 50 personer eftersom Försäkringskassan inte har kunnat identifiera lämpliga kandidater.',
        ),
        {
          goal: {
            type: 'share',
            description:
              '40 % ska gå vidare till arbete eller studier, övriga 60 % ska genom bra samverkan nå goda lösningar inom befintlig verksamhet.',
            measure: 'ended_to_work_or_studies',
            targetPercent: 40,
            comparison: 'at_least',
            period: null,
          },
          assessment: null,
          ...fromSeed,
        },
        qualitative(
          'Att systematiskt följa upp och sammanställa deltagares reflektioner och synpunkter för implementering i det förstärkta samarbetet.',
          'not_measured_yet',
        ),
        qualitative(
          'Upparbeta snabba kontaktvägar till Gävle kommun och hälso- och sjukvården, både inom primärvård och psykiatri.',
          'partly_met',
          'En workshop/kunskapsdialog har genomförts med alla parter för att utveckla samarbetsformerna runt målgruppen.',
        ),
      ],
      budgets: [
        {
          year: 2019,
          totalBudget: kronor(536_013),
          spendToDate: kronor(284_723),
          plannedParticipants: g(10, 12),
          ...estimated('plannedParticipants'),
        },
      ],
      figures: [
        {
          period,
          // Seed: 20 took part in 2019 (8 women, 12 men); 11 ended (3 women, 8 men): work 6 (1 woman,
          // 5 men), studies 1 (a man), other planning 4; 9 still active on 2019-06-30. How the 20 split
          // into new in 2019 and carried in from 2018 is not given: 7 new / 13 carried in is a demo value.
          figures: {
            kind: 'individual',
            new: g(3, 4),
            ongoing: g(5, 8),
            ended: g(3, 8),
            outcomes: { work: g(1, 5), studies: g(0, 1), jobSeeking: g(0, 0), otherPlanning: g(2, 2) },
            ageBandsAtStart: {
              age16to19: 0,
              age20to24: 4,
              age25to29: 3,
              age30to39: 0,
              age40to49: 0,
              age50to64: 0,
              unknown: 0,
            },
            incomeSourcesAtStart: {
              incomeSupport: 0,
              sicknessBenefit: 0,
              activityCompensation: 7,
              activitySupport: 0,
              unemploymentBenefit: 0,
              none: 0,
              other: 0,
              unknown: 0,
            },
          },
          ...estimated('new', 'ongoing', 'ageBandsAtStart', 'incomeSourcesAtStart'),
        },
      ],
      notes: [
        {
          period,
          resultsText:
            'Totalt har 37 deltagare deltagit i insatsen sedan start, 18 kvinnor och 19 män. 28 deltagare har avslutat insatsen, varav 22 deltagare, 79 %, har nått arbete eller studier. ' +
            'Under 2019 har 20 deltagare tagit del av insatsen, 8 kvinnor och 12 män, av dessa har 11 avslutats, 3 kvinnor och 8 män. ' +
            'En workshop/kunskapsdialog har genomförts med alla parter för att utveckla samarbetsformerna runt målgruppen. Pågående deltagare 2019-06-30 är 9.',
          comment:
            'Insatsen fortsätter att överträffa uppsatta mål vad gäller antal som går till arbete eller studier efter insats. ' +
            'Prognosen är dock att insatsen inte kommer att erbjudas till 50 personer eftersom Försäkringskassan inte har kunnat identifiera lämpliga kandidater.',
        },
      ],
    },
    {
      key: 'trisam-struktur',
      finsam: followedUpInSus,
      name: 'Trisam struktur',
      kind: 'structural',
      purpose:
        'Trisam är en arbetsmetod och struktur för att arbeta med rehabilitering mellan vården, socialtjänsten, Arbetsförmedlingen och Försäkringskassan. ' +
        'Arbetet sker i gemensamma team med handläggare/representanter från varje part. Syftet är att ge personer med behov av samordnade ' +
        'rehabiliteringsinsatser möjlighet att snabbare komma i arbete, utbildning eller närma sig arbetsmarknaden. Samordningsförbundet finansierar ' +
        'en processledare på 80 % och två delprocessledare på totalt 70 %, alla anställda på Försäkringskassan, samt en länsgemensam Trisam-konferens.',
      targetGroupIds: ['staff_in_collaboration'],
      targetGroupText: 'Myndighetspersonal i samverkan',
      methodTagIds: ['trisam', 'process_support'],
      ...forbundWide,
      // "Trisam kommer att avbrytas sista september till förmån för insats Trisam 2.0."
      endDate: '2019-09-30',
      ...fromSeed,
      goals: [
        qualitative(
          'Trisam-team finns på hälsocentraler i länets samtliga kommuner.',
          'partly_met',
          'Team i nio av länets tio kommuner; inget team ännu vid hälsocentralen i Hofors, ärenden för Hofors aktualiseras i Storvik.',
        ),
        qualitative('Trisam-team finns på flera enheter inom öppenvårdspsykiatrin.', 'not_measured_yet'),
        qualitative(
          'Styrgrupperna för Trisam har under året arbetat aktivt med att identifiera behov av stöd och utveckling i teamen och av kompetensutveckling för medarbetarna.',
          'met',
          'Styrgrupperna träffas kontinuerligt, ofta i samband med de lokala Mysam-mötena, 4 gånger per år.',
        ),
        qualitative(
          'Processledare driver ett kontinuerligt utvecklingsarbete för att kunna åskådliggöra effekter från Trisam.',
          'partly_met',
          'Enkätverktyget Lime Survey används sedan årets början; indikatormätningen av samverkansklimatet sammanställs hösten 2019.',
        ),
        qualitative(
          'Utveckla metoden så att fler aktörer kan nyttja Trisam, exempelvis kommunens arbetsmarknadsenhet, LSS/psykiatri/omvårdnad, missbruksvård, integration och arbetsgivare.',
          'partly_met',
          'Dokument uppdaterade och förankring pågår.',
        ),
      ],
      budgets: [
        {
          year: 2019,
          totalBudget: kronor(1_600_000),
          spendToDate: kronor(658_614),
          plannedParticipants: null,
          ...fromSeed,
        },
      ],
      figures: [
        {
          period,
          // Seed: "130 medarbetare och chefer" without a split. Meetings: steering groups in the nine
          // municipalities with a team, about twice per half-year — a demo value.
          figures: {
            kind: 'structural',
            staffReached: 0,
            managersReached: 0,
            unspecifiedReached: 130,
            meetingsHeld: 18,
          },
          ...estimated('meetingsHeld'),
        },
      ],
      notes: [
        {
          period,
          resultsText:
            'Idag finns verksamma team i nio av länets tio kommuner, det finns inte något team ännu kopplat till hälsocentralen i Hofors. ' +
            'Styrgrupperna för Trisam träffas kontinuerligt, ofta i samband med att de lokala Mysam-grupperna har möte, 4 ggr/år. ' +
            'Trisam kommer att avbrytas sista september till förmån för insats Trisam 2.0.',
          comment:
            'Trots förändringar i riktlinjer och resurser hos Arbetsförmedlingen och Försäkringskassan är inriktningen att bibehålla och utveckla arbetet med Trisam.',
        },
      ],
    },
    {
      key: 'mysam-processledare',
      finsam: followedUpInSus,
      name: 'Mysam processledare',
      kind: 'structural',
      purpose:
        'Att genom processtöd till respektive lokal samverkansgrupp (Mysam) bistå parterna att utveckla och upprätthålla en tydlig struktur för samverkan ' +
        'inom rehabiliteringsområdet samt bidra till utveckling av lokala insatser. Samordningsförbundet finansierar två processledare på sammanlagt 50 %, ' +
        'båda anställda av Försäkringskassan.',
      targetGroupIds: ['staff_in_collaboration'],
      targetGroupText: 'Myndighetspersonal i samverkan',
      methodTagIds: ['local_collaboration_group', 'process_support'],
      ...forbundWide,
      freeTags: ['Mysam'],
      ...fromSeed,
      goals: [
        qualitative(
          'Att personal i samverkan upplever att medarbetare/professionella i andra myndigheter respekterar deras kunskap, roller och arbetssätt.',
          'not_measured_yet',
          'Förbundets indikatormätning sker hösten 2019.',
        ),
        qualitative(
          'Att erfarenheter, kunskaper och synpunkter tas systematiskt tillvara såväl från enskilda deltagare/brukare som från brukarorganisationer.',
          'not_measured_yet',
        ),
        qualitative(
          'Att lokalt skapa en samverkansstruktur vars huvuduppgift är att strategiskt initiera, upprätthålla och underhålla relationer mellan parterna.',
          'met',
          'Tio kommunspecifika grupper i länet träffas 4–6 gånger per år.',
        ),
        qualitative(
          'Att samordnade verksamheter har ett sektorsövergripande arbetssätt och synsätt.',
          'not_measured_yet',
        ),
        qualitative(
          'Att insikter från samverkan leder till att nya typer av förebyggande verksamheter utvecklas.',
          'partly_met',
          'Förstudier beviljade i Hofors, Sandviken och Ljusdal under maj.',
        ),
      ],
      budgets: [
        {
          year: 2019,
          totalBudget: kronor(540_000),
          spendToDate: kronor(229_119),
          plannedParticipants: null,
          ...fromSeed,
        },
      ],
      figures: [
        {
          period,
          // Seed: 82 operative managers met in the ten groups; the county-wide Mysam conference on
          // 16 May drew 75 managers and staff. Meetings = the groups' meetings (demo) + the conference.
          figures: {
            kind: 'structural',
            staffReached: 0,
            managersReached: 82,
            unspecifiedReached: 75,
            meetingsHeld: localGroupMeetings + 1,
          },
          ...estimated('meetingsHeld'),
        },
      ],
      notes: [
        {
          period,
          resultsText:
            'Tio kommunspecifika grupper i länet träffas 4–6 gånger per år och arbetar med att identifiera lokala behov och åtgärder. ' +
            'Den länsövergripande Mysamkonferensen den 16 maj lockade 75 chefer och medarbetare. ' +
            'Samordningsförbundet deltar vid samtliga Mysam-möten för ömsesidigt informationsutbyte om pågående processer lokalt och regionalt.',
          comment:
            'Alla grupperna planerar insatser, tidsåtgången innan start kommer dock i vissa fall att fördröjas eftersom det är svårt att få med alla parter till arbetsgrupper.',
        },
      ],
    },
    {
      key: 'mysam-kommunspecifika-medel',
      finsam: followedUpInSus,
      name: 'Mysam kommunspecifika samverkansmedel',
      kind: 'structural',
      purpose:
        'Kommunspecifika samverkansmedel till respektive lokal samverkansgrupp (Mysam), i proportion till kommunens storlek, för att bidra till ' +
        'utveckling av lokala insatser till stöd för personer att uppnå egen försörjning.',
      targetGroupIds: ['staff_in_collaboration'],
      targetGroupText: 'Myndighetspersonal i samverkan',
      methodTagIds: ['local_collaboration_group'],
      ...forbundWide,
      freeTags: ['Mysam'],
      startDate: '2019-01-01',
      ...fromSeed,
      goals: [
        qualitative(
          'Att alla Mysam-grupper använder hela eller delar av sin budget.',
          'partly_met',
          'Fem av tio grupper har använt medel under våren; flera ansökningar väntas under hösten.',
        ),
      ],
      // Equals the sum of the local groups' 2019 budgets and spend.
      budgets: [
        {
          year: 2019,
          totalBudget: municipalityFunds,
          spendToDate: kronor(28_118),
          plannedParticipants: null,
          ...fromSeed,
        },
      ],
      figures: [],
      notes: [
        {
          period,
          resultsText:
            'Bollnäs formar ett pilotprojekt för sjukskrivna utan sjukpenninggrundande inkomst. Gävle hade i januari en workshop om begreppstermer. ' +
            'Ljusdal har beviljats samverkansmedel för en kartläggning av målgruppen med psykisk ohälsa. Sandviken har beviljats medel till en förstudie om Fontänhus. ' +
            'Hofors förstudie om grön rehabilitering har startat. Övriga grupper planerar workshops och ansökningar under hösten.',
          comment: '',
        },
      ],
    },
    {
      key: 'asf',
      finsam: followedUpInSus,
      name: 'Arbetsintegrerande socialt företagande (ASF)',
      kind: 'structural',
      purpose:
        'Att ge en breddad och fördjupad kunskap om ASF samt hur myndigheter på ett effektivt sätt kan utveckla, samverka med och dra nytta av ASF, ' +
        'för att personer ska komma i arbete, utbildning eller närma sig arbetsmarknaden och egen försörjning. Samordningsförbundet finansierar en ' +
        'processledare på 100 % till 2019-05-31, därefter 50 %.',
      targetGroupIds: ['staff_in_collaboration'],
      targetGroupText: 'Myndighetspersonal i samverkan',
      methodTagIds: ['asf', 'process_support'],
      ...forbundWide,
      ...fromSeed,
      goals: [
        {
          goal: {
            type: 'count',
            description:
              'Att genomföra fyra processutbildningar i länet, riktade mot medlemmarna, två på våren och två på hösten.',
            measure: 'entered',
            target: 4,
            period: '2019',
          },
          assessment: {
            status: null,
            enteredActual: 0,
            comment: 'Inga processutbildningar har genomförts under våren.',
          },
          ...fromSeed,
        },
        qualitative(
          'Att tillsammans med parterna utveckla ambassadörsrollen.',
          'not_met',
          'Arbetet med att utveckla ambassadörsroller har inte lyckats.',
        ),
        {
          goal: {
            type: 'count',
            description: 'Stödja igångsättning av lokala samverkansgrupper för ASF i alla kommuner.',
            measure: 'entered',
            target: 10,
            period: '2019',
          },
          assessment: {
            status: null,
            enteredActual: 5,
            comment:
              'Fem lokala grupper träffas kontinuerligt: Ljusdal, Nordanstig, Bollnäs, Söderhamn och Hudiksvall.',
          },
          ...fromSeed,
        },
        qualitative(
          'Flera individer får möjlighet till anställning/placering på ASF.',
          'not_measured_yet',
          'Sammanställs och redovisas i årsrapporten för 2019.',
          false,
        ),
      ],
      budgets: [
        {
          year: 2019,
          totalBudget: kronor(512_730),
          spendToDate: kronor(253_185),
          plannedParticipants: null,
          ...fromSeed,
        },
      ],
      figures: [
        {
          period,
          // Seed: 62 staff and managers reached; 10 information meetings and 4 collaboration meetings
          // (the 2 study trips are not meetings).
          figures: {
            kind: 'structural',
            staffReached: 0,
            managersReached: 0,
            unspecifiedReached: 62,
            meetingsHeld: 14,
          },
          ...fromSeed,
        },
      ],
      notes: [
        {
          period,
          resultsText:
            'Under våren har inga processutbildningar genomförts, däremot har insatsen utmynnat i 10 informationsmöten, 2 studieresor samt 4 samverkansträffar ' +
            'för och med medarbetare hos förbundets parter. Arbetet med att utveckla ambassadörsroller har inte lyckats. ' +
            '5 lokala samverkansgrupper träffas kontinuerligt i Ljusdal, Nordanstig, Bollnäs, Söderhamn och Hudiksvall.',
          comment:
            'En viss tillbakagång i samverkansarbetet med ASF har skett under första halvan av 2019, till stor del på grund av förändringar hos Arbetsförmedlingen.',
        },
      ],
    },
    {
      key: 'mentorskap',
      finsam: followedUpWithIndicators,
      name: 'Mentorskap',
      kind: 'structural',
      purpose:
        'Öka antalet arbetsgivare som tar emot och anställer personer i målgruppen med funktionsnedsättning genom att utbilda och fördjupa kunskapen om ' +
        'vilka förutsättningar som krävs för att kunna erbjuda arbetsprövning/arbetsträning/praktik/anställning, vilket stöd som kan erbjudas och hur ' +
        'arbetsgivares behov kan tillmötesgås för att få till ett fungerande samarbete.',
      targetGroupIds: ['staff_in_collaboration', 'employers'],
      targetGroupText: 'Myndighetspersonal i samverkan',
      methodTagIds: ['mentorship'],
      ...forbundWide,
      partners: ['Arbetsförmedlingen', 'Försäkringskassan', 'Region Gävleborg', 'Hofors kommun'],
      // "Med anledning av Arbetsförmedlingens varsel har beslut fattats om att skjuta upp starten."
      status: 'paused',
      ...fromSeed,
      goals: [
        qualitative(
          'Samordnade insatser inkluderar i högre grad än förut även andra aktörer i samhället – företag, ideella krafter och föreningsliv (NNS-indikatorer minst i nivå med nationella jämförelsetal).',
          'not_measured_yet',
          '',
          false,
        ),
        qualitative(
          'En struktur har skapats vars huvuduppgift är att strategiskt initiera, upprätthålla och underhålla relationer mellan inblandade aktörer (NNS-indikatorer).',
          'not_measured_yet',
          '',
          false,
        ),
        {
          goal: {
            type: 'count',
            description: 'Att minst 100 företag i länet har erbjudits mentorskapsutbildning.',
            measure: 'entered',
            target: 100,
            period: '2019',
          },
          assessment: { status: null, enteredActual: 0, comment: 'Arbetet har inte påbörjats.' },
          ...fromSeed,
        },
        {
          goal: {
            type: 'count',
            description: 'Att minst 30 arbetsgivare/mentorer har utbildats.',
            measure: 'entered',
            target: 30,
            period: '2019',
          },
          assessment: { status: null, enteredActual: 0, comment: 'Arbetet har inte påbörjats.' },
          ...fromSeed,
        },
      ],
      budgets: [
        { year: 2019, totalBudget: kronor(500_000), spendToDate: 0, plannedParticipants: null, ...fromSeed },
      ],
      figures: [
        {
          period,
          figures: {
            kind: 'structural',
            staffReached: 0,
            managersReached: 0,
            unspecifiedReached: 0,
            meetingsHeld: 0,
          },
          ...fromSeed,
        },
      ],
      notes: [
        {
          period,
          resultsText: 'Arbetet har inte påbörjats enligt plan.',
          comment:
            'Med anledning av Arbetsförmedlingens varsel har beslut fattats om att skjuta upp starten av denna insats.',
        },
      ],
    },
    {
      key: 'naturbaserad-gron-rehabilitering',
      finsam: followedUpInSus,
      name: 'Naturbaserad grön rehabilitering',
      kind: 'structural',
      purpose:
        'Förstudie under perioden 2019-06-01 – 2019-10-31 för att undersöka förutsättningarna för samordningsförbundets parter att starta en naturbaserad ' +
        'grön rehabilitering i Hofors. I förstudien ingår även metodutveckling i samarbete med Högskolan i Gävle.',
      targetGroupIds: ['staff_in_collaboration'],
      targetGroupText: 'Myndighetspersonal i samverkan',
      methodTagIds: ['green_rehabilitation'],
      freeTags: ['Högskolan i Gävle'],
      lead: 'Hofors kommun',
      // As the seed lists them: the lead is among the partners too.
      partners: ['Arbetsförmedlingen', 'Försäkringskassan', 'Region Gävleborg', 'Hofors kommun'],
      startDate: '2019-06-01',
      endDate: '2019-10-31',
      status: 'pre_study',
      participantRegistration: 'volume_only',
      localGroupKey: 'hofors',
      ...fromSeed,
      goals: [
        qualitative(
          'Att arbeta fram beslutsunderlag och förutsättningar för ett beslut om start av naturbaserad grön rehabilitering i Hofors.',
          'not_measured_yet',
          '',
          false,
        ),
      ],
      budgets: [
        { year: 2019, totalBudget: kronor(457_000), spendToDate: 0, plannedParticipants: null, ...fromSeed },
      ],
      // Started 2019-06-01; the seed reports no figures for June, and none are invented.
      figures: [],
      notes: [{ period, resultsText: 'Arbetet har påbörjats enligt plan.', comment: '' }],
    },
  ],
};
