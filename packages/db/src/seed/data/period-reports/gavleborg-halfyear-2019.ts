import { kronor, type Ore } from '@samsyn/domain';
import { gavleborgNotes } from '../economy/gavleborg.ts';
import {
  type DemoNote,
  type DemoNoteLine,
  type DemoPeriodReport,
  heading,
  para,
} from './demo-period-report-types.ts';

/**
 * Gävleborg's "Halvårsredovisning 2019" (shared/seeds/gavleborg-halvarsredovisning-2019.txt) as the
 * kansli wrote it: the template's generated sections carry the figures, these are the WRITTEN texts
 * in the seed's own words. Corrected are only slips of the document: "Arbetsfömedlingen" →
 * "Arbetsförmedlingen", "intiativ" → "initiativ", missing spaces ("ärenden (62 % kvinnor)",
 * "Sandviken – förstudie"), the percent signs spaced the Swedish way ("62 %"), and in §1.2 the
 * laws' numbers as §3.4 and the statute book give them ("(2018:97)" → "(2018:597)", "(2017:72)" →
 * "(2017:725)"). The document's "fantasiskt" is kept as printed.
 *
 * §4's attestation is the template's sentence (the seed's, word for word). The notes are the
 * document's four, with their rows from `gavleborgNotes`; Not 1's printed sum (6 659 750 kr) is 2 kr
 * more than the income statement's revenue (6 659 748 kr): the report shows that difference.
 */

const introduction = [
  para(
    'Halvårsredovisningen innehåller en översiktlig redogörelse av resultat och verksamhetsutveckling samt en redovisning av det ekonomiska utfallet första 6 månaderna för verksamhetsåret 2019. (Till redovisningen hör två bilagor.)',
  ),
];

/** §1.1 after the generated "bedrivit verksamhet för 3 315 060 kr". */
const summaryNarrative = [
  heading('Verksamhetsutveckling i stort'),
  para(
    'Under 2019 trappar Samordningsförbundet upp verksamheten genom att ta emot en större andel av de medel som staten fördelar för att underlätta och förbättra möjligheterna till egen försörjning för individer i behov av samordnade rehabiliteringsinsatser. Detta har inneburit att de lokala samverkansgrupperna har tilldelats en egen samverkansbudget, med storlek i relation till kommunens storlek. Som ett direkt resultat har flera nya insatser med ursprung i lokala initiativ beviljats under maj månad, alla olika former av förstudier. Hofors – förstudie för förutsättningar för grön rehab, Sandviken – förstudie för start av Fontänhus, Ljusdal – kartläggning av sjukskrivna med psykisk funktionsnedsättning. Samtliga initiativ kommer att genomföras under hösten. I övriga samverkansgrupper i länet har aktiviteten och initiativen till lokala insatser också ökat, under hösten beräknas flera grupper komma in med ansökningar om samverkansmedel.',
  ),
  para(
    'Samordningsförbundets parter har under våren diskuterat hur de ska kunna hålla kvar det goda arbetet som Trisam innebär trots Arbetsförmedlingen och Försäkringskassans förändrade direktiv och förutsättningar. För att möjliggöra en fortsatt Trisam utveckling som är positiv för alla parter kommer det under hösten att bildas en partsgemensam arbetsgrupp, parallellt har en ny ansökan om samverkansmedel beviljats som innebär att Arbetsförmedlingen och Försäkringskassan kommer att ha 4 handläggare vardera, i länet, som arbetar nästan uteslutande med Trisam.',
  ),
  heading('Resultat på individnivå'),
  para(
    'Våra insatser har under det första halvåret nått ut till 383 individer med behov av samordnad rehabilitering. Insatsen Trisam, en arbetsmetod som för individer med behov av stöd från flera parter, har tillsammans arbetat med 363 nya ärenden (62 % kvinnor). Av dessa har 31 % som huvudsaklig försörjning försörjningsstöd, 27 % sjukpenning och 16 % aktivitetsstöd via Arbetsförmedlingen.',
  ),
  para(
    'Supported Employment coach i Gävle har arbetat med 20 personer. Av dessa har hela 55 % (17 % kvinnor) fått arbete. Ett fantasiskt resultat som vida överträffar det målsatta.',
  ),
  heading('Resultat på strukturnivå'),
  para(
    'Under första halvåret 2019 har 82 operativa chefer träffats i de tio lokala samverkansgrupperna, Mysam. Styrgruppsarbetet kopplat till Trisam har involverat 130 medarbetare och chefer. Arbetet med Arbetsintegrerande Socialt Företagande har nått 62 medarbetare och chefer i länet. Den av förbundets länsövergripande Mysamkonferensen den 16 maj lockade 75 chefer och medarbetare.',
  ),
];

/**
 * §1.2 after the generated members, vision and goal areas: what the document says of the förbund
 * that Samsyn holds nowhere else (history, law, mission, financing).
 */
const aboutTheForbund = [
  heading('Historik'),
  para('Samordningsförbundet bildades den 15 december 2014.'),
  heading('Lagrum'),
  para(
    'Samordningsförbundet verkar utifrån Lagen om finansiell samordning av rehabiliteringsinsatser (2003:1210) samt förbundsordningen som beslutas av samordningsförbundets medlemmar. Lagens syfte är att ge lokala aktörer möjligheter att utveckla samverkan inom rehabiliteringsområdet och samordna gemensamma insatser riktade till personer i behov av samordnad rehabilitering samt underlätta en effektiv resursanvändning.',
  ),
  para(
    'Samordningsförbundet följer även lagen om kommunal bokföring och redovisning (2018:597) och kommunallagen (2017:725) i tillämpliga delar.',
  ),
  heading('Uppdrag'),
  para(
    'De verksamheter som förbundet finansierar kompletterar myndigheternas ordinarie verksamhet. Samordningsförbundens uppgift är i första hand att verka för att medborgare ska få stöd och rehabilitering till egen försörjning. På individnivå verkar samordningsförbundet genom att finansiera insatser som bedrivs av de samverkande parterna. Samordningsförbundet stödjer också insatser som syftar till att skapa strukturella förutsättningar för att myndigheterna ska kunna samarbeta bättre.',
  ),
  heading('Finansiering/Medlemsavgifter'),
  para(
    'Årets tilldelning från förbundsmedlemmarna uppgår till 13 319 000 kronor. Försäkringskassan och Arbetsförmedlingen bidrar med hälften av medlen, Region Gävleborg med en fjärdedel och länets kommuner tillsammans med resterande fjärdedel.',
  ),
];

/** §1.3 Beskrivning av verksamheten, whole. */
export const activityDescription = [
  heading('Målgrupper'),
  heading('Individinriktade insatser', 2),
  para(
    'Samordningsförbundets individinriktade insatser riktar sig till individer med behov av samordnad rehabilitering mellan åldrarna 16–64 år.',
  ),
  para('Under perioden har 383 individer omfattats av insatser med behov av samordnad rehabilitering.'),
  para(
    'Insats Trisam-individ har aktualiserat 363 nya ärenden och insats SE-coach i Gävle ytterligare 20 deltagare med behov av samordnad rehabilitering.',
  ),
  para('Se bilaga 1 för en fördjupad beskrivning och måluppfyllelse för varje insats.'),
  heading('Strukturövergripande insatser', 2),
  para(
    'Samordningsförbundets utgångspunkt är att främja en hållbar struktur för samverkan på lokal och regional nivå. Målgrupper för de strukturella insatserna är parternas medarbetare både på lednings- och handläggarnivå. Under första halvåret 2019 har 349 personer deltagit i de strukturella insatserna som förbundet bidragit till/finansierat. Totalt är det 82 operativa chefer som har träffats i de tio lokala samverkansgrupperna Mysam. Arbetet med Trisam-team har totalt involverat 130 medarbetare och chefer. Arbetet med Arbetsintegrerande Socialt Företagande har involverat 62 medarbetare och chefer i länet. Förbundets länsövergripande Mysamkonferens den 16 maj lockade 75 chefer och medarbetare.',
  ),
  para('Se bilaga 1 för en fördjupad beskrivning och måluppfyllelse för varje insats.'),
];

/**
 * §1.4 after the generated follow-up. The comment per inriktningsmål ("Mätning sker under hösten
 * 2019. …") is the plan's follow-up of 2019-H1 (demo-plan-follow-up.ts), which the generated part
 * shows under each goal; written here is only the sentence before the goals, so nothing is said twice.
 */
const goalFulfilmentIntroduction = [
  para(
    'En stor del av de resultatmålen vi har satt upp för 2019 kommer mätas under det sista halvåret varför kommentarer angående måluppfyllelse inom alla mål saknas i denna rapport.',
  ),
];

/** §3.4 Redovisnings- och värderingsprinciper, whole. */
export const accountingPrinciples = [
  heading('Allmänna upplysningar'),
  para(
    'Från och med räkenskapsåret 2019 är halvårsredovisningen upprättad i enlighet med lag (2018:597) om kommunal bokföring och redovisning och rekommendationer utgivna av Rådet för kommunal redovisning (RKR). Tidigare tillämpades lag (1997:614) om kommunal redovisning. Övergången till de nya redovisningsprinciperna har inte haft någon effekt på eget kapital, eller resultat- och balansräkning. Presenterade jämförelsetal för föregående år överensstämmer således med de uppgifter som presenterades i föregående års halvårsredovisning och årsredovisning.',
  ),
  para(
    'Intäkter redovisas i den omfattning det är sannolikt att de ekonomiska tillgångarna kommer att tillgodogöras kommunalförbundet och intäkterna kan beräknas på ett tillförlitligt sätt.',
  ),
  para(
    'Fordringar har upptagits till de belopp varmed de beräknas inflyta. Tillgångar och skulder har upptagits till anskaffningsvärde där inget annat anges.',
  ),
  para('Halvårsredovisningen är upprättad i svenska kronor, SEK, där inget annat anges.'),
  para('Förbundet har inga pensionsavsättningar eller ansvarsförbindelser avseende pensioner.'),
  para(
    'I förbundet tillämpas ett premiebaserat pensionssystem som innebär att pensionskostnaderna kostnadsförs direkt.',
  ),
];

/** A note's rows: the seed's labels beside `gavleborgNotes`' two columns (same order). */
function noteLines(
  labels: readonly string[],
  figures: { lines2019: readonly Ore[]; lines2018: readonly Ore[] },
): DemoNoteLine[] {
  if (labels.length !== figures.lines2019.length || labels.length !== figures.lines2018.length)
    throw new Error('demo period reports: a note has labels and figures of different lengths');
  return labels.map((label, index) => ({
    label,
    current: figures.lines2019[index] ?? kronor(0),
    previous: figures.lines2018[index] ?? kronor(0),
  }));
}

export const gavleborgHalfYearNotes: DemoNote[] = [
  {
    number: 1,
    title: 'Verksamhetens intäkter',
    statementLine: 'revenue',
    lines: noteLines(
      [
        'Driftbidrag från staten',
        'Driftbidrag från Bollnäs kommun',
        'Driftbidrag från Ljusdals Kommun',
        'Driftbidrag från Hofors kommun',
        'Driftbidrag från Nordanstigs Kommun',
        'Driftbidrag från Ockelbo Kommun',
        'Driftbidrag från Ovanåkers Kommun',
        'Driftbidrag från Sandviken Kommun',
        'Driftbidrag från Söderhamns Kommun',
        'Driftbidrag från Hudiksvall kommun',
        'Driftbidrag från Gävle Kommun',
        'Driftsbidrag från Landsting/region',
        'Övriga rörelseintäkter',
      ],
      gavleborgNotes.revenue,
    ),
  },
  {
    number: 2,
    title: 'Verksamhetens kostnader',
    statementLine: 'costs',
    lines: noteLines(
      [
        'Löner och sociala avgifter',
        'Pensionskostnader',
        'Hyra',
        'Konsult',
        'Inhyrd personal',
        'Övriga kostnader',
      ],
      gavleborgNotes.costs,
    ),
  },
  {
    number: 3,
    title: 'Fordringar',
    statementLine: 'balance:receivables',
    lines: noteLines(
      ['Momsfordran', 'Kundfordringar', 'Skattekontot', 'Förutbetalda kostnader'],
      gavleborgNotes.receivables,
    ),
  },
  {
    number: 4,
    title: 'Upplupna kostnader',
    statementLine: 'balance:accrued-costs',
    lines: noteLines(
      [
        'ASF Nordanstigs kommun',
        'IPS Hudiksvall',
        'Semesterlöner inkl avgifter',
        'Förutbetalda intäkter',
        'Revision',
        'Övriga upplupna kostnader',
      ],
      gavleborgNotes.accruedCosts,
    ),
  },
];

export const gavleborgHalfYear2019: DemoPeriodReport = {
  key: 'gavleborg-halfyear-2019',
  tenantSlug: 'gavleborg',
  kind: 'halfYear',
  title: 'Halvårsredovisning 2019',
  periodStart: '2019-01-01',
  periodEnd: '2019-06-30',
  deadline: '2019-08-16',
  plan: 'Verksamhetsplan 2019',
  texts: {
    Förvaltningsberättelse: introduction,
    'Sammanfattning av perioden': summaryNarrative,
    'Om förbundet': aboutTheForbund,
    'Beskrivning av verksamheten': activityDescription,
    'Måluppfyllelse och resultat': goalFulfilmentIntroduction,
    'Redovisnings- och värderingsprinciper': accountingPrinciples,
  },
  written: { by: 'editor', at: '2019-08-07T15:30:00+02:00' },
  work: {
    'Beskrivning av verksamheten': {
      assignee: 'editor',
      deadline: '2019-08-09',
      comments: [
        {
          author: 'admin',
          at: '2019-08-08T10:15:00+02:00',
          body: 'Stäm av de 349 deltagarna i de strukturella insatserna mot Bilaga 1 innan avsnittet markeras klart.',
        },
        {
          author: 'editor',
          at: '2019-08-08T14:40:00+02:00',
          body: 'Avstämt: 82 chefer i Mysam, 130 i Trisam-team, 62 i ASF och 75 på Mysamkonferensen.',
        },
      ],
    },
    'Måluppfyllelse och resultat': { assignee: 'editor', deadline: '2019-08-09' },
  },
  notes: gavleborgHalfYearNotes,
  ready: { by: 'admin', at: '2019-08-14T16:00:00+02:00' },
};
