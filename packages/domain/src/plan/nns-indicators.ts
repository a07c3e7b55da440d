/**
 * The NNS indicator surveys ("Indikatorer för finansiell samordning"): the national network's
 * shared instrument, five questionnaires with fixed statements that a förbund must not rephrase,
 * each answered on a 1–10 agreement scale (1 = instämmer inte alls, 10 = instämmer helt); a
 * result is the mean score of the answers, with the national comparison figure ("Riket") beside it.
 *
 * NOTE: NNS's published wording was not available when this list was written. Statements the
 * seeds quote (Gävleborg's plan 2020–2022 and half-year report 2019) are used as the seeds write
 * them, first person where the respondent speaks; the rest are phrased as NNS phrases its
 * statements. Every text MUST be checked against NNS's published questionnaires before a förbund
 * imports a real result file: the import refuses any question whose text differs from these.
 * The same rows are inserted by migration 0021_nns.sql (a test compares them).
 */

export const nnsQuestionnaires = [
  'participant',
  'interventionStaff',
  'boardMember',
  'manager',
  'referrer',
] as const;
export type NnsQuestionnaire = (typeof nnsQuestionnaires)[number];

/** The questionnaires' names as NNS's result files write them in the "Enkät" column. */
export const nnsQuestionnaireFileNames: Readonly<Record<NnsQuestionnaire, string>> = {
  participant: 'Deltagare',
  interventionStaff: 'Insatspersonal',
  boardMember: 'Styrelseledamöter',
  manager: 'Chefer i samverkan',
  referrer: 'Remittenter',
};

export interface NnsIndicator {
  /** Stable code, e.g. 'D1' (deltagare, statement 1); plan indicators refer to it. */
  code: string;
  questionnaire: NnsQuestionnaire;
  /** The fixed statement, exactly as the result file must carry it. */
  text: string;
  /** Every NNS result is a mean score on the 1–10 scale. */
  unit: 'score';
}

export const NNS_SCALE_MIN = 1;
export const NNS_SCALE_MAX = 10;

export const nnsIndicators: readonly NnsIndicator[] = [
  // Deltagare. D1 is Gävleborg's 5.1 indicator ("Deltagare upplever att de känner sig mer redo…").
  {
    code: 'D1',
    questionnaire: 'participant',
    text: 'Jag känner mig mer redo att kunna arbeta eller studera efter insatsen.',
    unit: 'score',
  },
  {
    code: 'D2',
    questionnaire: 'participant',
    text: 'Jag har kunnat påverka innehållet i insatsen utifrån mina behov.',
    unit: 'score',
  },
  {
    code: 'D3',
    questionnaire: 'participant',
    text: 'Jag har fått stöd från flera myndigheter som har arbetat tillsammans med mig.',
    unit: 'score',
  },
  // Insatspersonal. I1–I3 are the Mysam and Trisam goals of the half-year report 2019.
  {
    code: 'I1',
    questionnaire: 'interventionStaff',
    text: 'Erfarenheter, kunskaper och synpunkter tas systematiskt tillvara såväl från enskilda deltagare/brukare som från brukarorganisationer eller grupper av deltagare.',
    unit: 'score',
  },
  {
    code: 'I2',
    questionnaire: 'interventionStaff',
    text: 'Medarbetare/professionella i andra myndigheter respekterar min kunskap, min roll och mitt arbetssätt.',
    unit: 'score',
  },
  {
    code: 'I3',
    questionnaire: 'interventionStaff',
    text: 'Det finns strukturer för att initiera, upprätthålla och underhålla relationer mellan inblandade aktörer.',
    unit: 'score',
  },
  // Styrelseledamöter.
  {
    code: 'S1',
    questionnaire: 'boardMember',
    text: 'Samordningsförbundet bidrar till att parterna tar ett gemensamt ansvar för förbundets målgrupper.',
    unit: 'score',
  },
  {
    code: 'S2',
    questionnaire: 'boardMember',
    text: 'Styrelsen får den information om insatsernas resultat som den behöver för att styra förbundet.',
    unit: 'score',
  },
  {
    code: 'S3',
    questionnaire: 'boardMember',
    text: 'Samordningsförbundets verksamhet är väl förankrad i min egen organisation.',
    unit: 'score',
  },
  // Chefer i samverkan. C1–C3 are quoted by Gävleborg (5.2, and the Mentorskap goals 2019).
  {
    code: 'C1',
    questionnaire: 'manager',
    text: 'En struktur har skapats vars huvuduppgift är att strategiskt initiera, upprätthålla och underhålla relationer mellan parterna.',
    unit: 'score',
  },
  {
    code: 'C2',
    questionnaire: 'manager',
    text: 'Samordnade insatser inkluderar i högre grad än förut även andra aktörer i samhället, företag, ideella krafter och föreningsliv i det löpande arbetet på ett strukturerat sätt.',
    unit: 'score',
  },
  {
    code: 'C3',
    questionnaire: 'manager',
    text: 'Insikter från samverkan leder till att nya typer av förebyggande insatser utvecklas.',
    unit: 'score',
  },
  // Remittenter.
  {
    code: 'R1',
    questionnaire: 'referrer',
    text: 'Jag vet vilka insatser finansierade av samordningsförbundet som jag kan remittera till.',
    unit: 'score',
  },
  {
    code: 'R2',
    questionnaire: 'referrer',
    text: 'Insatserna är ett bra komplement till det stöd min egen organisation kan ge.',
    unit: 'score',
  },
  {
    code: 'R3',
    questionnaire: 'referrer',
    text: 'De personer jag har remitterat har fått ett samordnat stöd från de inblandade myndigheterna.',
    unit: 'score',
  },
];

export const nnsIndicatorCodes: readonly string[] = nnsIndicators.map((indicator) => indicator.code);

/** The reference row of a code, or undefined. */
export const nnsIndicatorOf = (code: string): NnsIndicator | undefined =>
  nnsIndicators.find((indicator) => indicator.code === code);
