import { sieMessages } from './sie-import-messages.ts';

/**
 * The economy's errors and field messages (the API's reasons and schema messages: budget.*,
 * actuals.*, import.*, economy.*, money.*, financing.*, allocationKey.*, balances.*, sie.*): eager,
 * since any answer or form may need them. The page strings (`./economy.ts`) load with the pages.
 */
const moneyMessages = {
  negative: 'Beloppet får inte vara negativt.',
  notInteger: 'Beloppet måste anges i hela ören.',
  notANumber: 'Beloppet är inte ett tal.',
  notText: 'Beloppet saknas.',
  tooLarge: 'Beloppet är för stort (högst 10 000 000 000 kr).',
  invalidFormat: 'Beloppet kan inte läsas. Skriv till exempel 1 234 567 eller 1 234 567,50.',
  empty: 'Beloppet saknas.',
  tooManyDecimals: 'Beloppet får ha högst två decimaler (ören).',
  notSafeInteger: 'Beloppet är för stort.',
};

/** Issue 19: splitting an intervention-funds actual across interventions and local groups. */
const allocationMessages = {
  exceedsActual:
    'Fördelningen är större än utfallet. Minska beloppen så att de tillsammans högst blir utfallet.',
  wrongSign: 'Beloppen ska ha samma tecken som utfallet (en kostnad fördelas som kostnader).',
  lineNotInterventionFunds: 'Bara utfall på en rad för insatsmedel kan fördelas på insatser.',
  unknownTarget: 'Insatsen eller den lokala gruppen finns inte i förbundet.',
  targetMissing: 'Välj insats eller lokal grupp.',
  zeroAmount: 'Beloppet får inte vara 0. Ta bort raden i stället.',
  duplicateTarget: 'Insatsen eller gruppen finns redan på en annan rad.',
  tooManyRows: 'En fördelning kan ha högst 200 rader.',
  // The local groups' "Fördela" (allocateByWeight's keys).
  noWeight: 'Ingen grupp har något antal invånare att fördela efter. Ange invånare för grupperna först.',
  totalInvalid: 'Ange beloppet som ska fördelas i kronor (0 eller mer).',
  weightInvalid: 'Antalet invånare måste vara ett heltal (0 eller fler).',
};

const budgetMessages = {
  codeRequired: 'Raden saknar kod.',
  invalidCode: 'Koden får bara ha små bokstäver a–z, siffror och bindestreck.',
  nameRequired: 'Raden saknar namn.',
  nameTooLong: 'Namnet får ha högst 200 tecken.',
  invalidKind: 'Välj vilken sorts rad det är.',
  invalidFunderGroup: 'Välj finansiär för bidragsraden.',
  invalidYear: 'Året ska vara mellan 2000 och 2100.',
  noYears: 'Budgeten måste ha minst ett år.',
  tooManyYears: 'En plan kan ha högst fem år.',
  yearsNotConsecutive: 'Budgetens år måste följa på varandra.',
  duplicateCode: 'Två rader har samma kod.',
  amountsPerYear: 'Varje rad behöver ett belopp per år.',
  contributionNeedsFunderGroup: 'En bidragsrad måste ha en finansiär (staten, regionen eller kommunerna).',
  funderGroupOnlyOnContribution: 'Bara bidragsrader har finansiär.',
  costKindRequired: 'Välj typ av rad för kostnadsraden: Insatsmedel, Personal eller Övrig administration.',
  costKindOnlyOnCost: 'Bara kostnadsrader har typ av rad.',
  noLines: 'Budgeten måste ha minst en rad.',
  copySameYear: 'Välj ett annat år att kopiera till.',
  exists: 'Det finns redan en budget som börjar {{year}}. Öppna den och ändra den i stället.',
  noSource: 'Det finns ingen budget för {{year}} att kopiera.',
  unknownMember: 'Medlemmen finns inte i förbundet.',
};

const importMessages = {
  empty: 'Filen innehåller inga rader med utfall.',
  tooManyRows: 'Filen har för många rader (högst 10 000).',
  missingColumn: 'Kolumnen saknas i rubrikraden. Filen ska ha kolumnerna Period, Rad och Belopp.',
  invalidPeriod:
    'Perioden kan inte läsas. Skriv en månad (2019-06), ett halvår (2019-H1) eller ett år (2019).',
  lineMissing: 'Raden saknar budgetrad.',
  unknownLine: 'Budgetraden finns inte i förbundets kontoplan.',
  ambiguousLine: 'Flera budgetrader har det namnet. Ange radens kod i stället.',
  duplicateRow: 'Samma period och budgetrad finns redan på rad {{value}} i filen.',
  overlapInFile: 'Perioden överlappar en period för samma budgetrad på rad {{value}} i filen.',
  overlapsEntered: 'Perioden överlappar utfall som redan finns för budgetraden för {{value}}.',
  invalid: 'Filen har {{count}} fel och importerades inte. Inget har sparats.',
  unknownIntervention: 'Insatsen finns inte i förbundets register. Skriv insatsens namn som i registret.',
  ambiguousIntervention: 'Flera insatser har det namnet.',
  interventionNotFunds: 'Bara utfall på en rad för insatsmedel kan fördelas på en insats.',
  allocationSign:
    'Raderna med insats ger mer än utfallet för budgetraden och perioden, eller har annat tecken än utfallet.',
};

/** The economy's shared field rules: the API's error reasons and the forms' field messages alike. */
const economyFieldMessages = {
  invalidYear: 'Året ska vara mellan 2000 och 2100.',
  invalidMonth: 'Välj en månad.',
  invalidDate: 'Datumet är inte giltigt.',
  invalidPeriod: 'Perioden är inte giltig.',
  invalidId: 'Uppgiften finns inte.',
};

export const economyMessages = {
  errors: {
    budget: budgetMessages,
    sie: sieMessages,
    actuals: {
      exists: 'Det finns redan utfall för budgetraden och perioden. Ändra det i listan i stället.',
      unknownLine: 'Budgetraden finns inte i förbundets kontoplan.',
      overlappingPeriod:
        'Perioden överlappar utfall som redan finns för budgetraden (till exempel en månad inom ett inlagt halvår).',
      hasBreakdown: 'Utfallet är fördelat på insatser. Ta bort fördelningen först.',
      lineMissing: 'Välj budgetrad.',
    },
    allocation: allocationMessages,
    import: importMessages,
    money: moneyMessages,
    economy: economyFieldMessages,
    financing: {
      noMunicipality: 'Förbundet har ingen kommun som medlem.',
      notWholeKronor: 'Medlemsbidrag anges i hela kronor.',
      needsExactlyOne:
        'Förbundet måste ha exakt en medlem av varje slag: Försäkringskassan, Arbetsförmedlingen och en region.',
      invalidFkShare: 'Försäkringskassans andel måste vara mellan 0 och 100 %.',
      unknownOverrideLine: 'Det egna beloppet gäller en medlem som inte finns i fördelningen.',
      overrideNeedsComment: 'Skriv en kommentar som förklarar det egna beloppet.',
    },
    allocationKey: {
      missingMunicipality: 'En kommun saknar värde i fördelningsnyckeln.',
      unknownMember: 'Fördelningsnyckeln nämner en medlem som inte är kommun i förbundet.',
      percentagesNot100: 'Procentsatserna måste summera till exakt 100 %.',
      noWeight: 'Fördelningsnyckeln ger alla kommuner noll.',
      notInteger: 'Befolkningen anges i hela personer.',
      negative: 'Värdet får inte vara negativt.',
      invalidPercent: 'Skriv procentsatsen som ett tal, till exempel 36,6.',
    },
    balances: {
      noLines: 'Lägg in minst en rad.',
      invalidNote: 'Noten ska vara ett heltal mellan 1 och 99.',
    },
  },
  validation: {
    budget: budgetMessages,
    sie: sieMessages,
    allocation: allocationMessages,
    money: moneyMessages,
    import: importMessages,
    economy: economyFieldMessages,
    actuals: { lineMissing: 'Välj budgetrad.' },
    financing: { overrideNeedsComment: 'Skriv en kommentar som förklarar det egna beloppet.' },
    allocationKey: {
      notInteger: 'Befolkningen anges i hela personer.',
      negative: 'Värdet får inte vara negativt.',
      invalidPercent: 'Skriv procentsatsen som ett tal, till exempel 36,6.',
      invalidPopulationYear: 'Året ska vara mellan 1990 och 2100.',
      missingValue: 'Värdet saknas.',
    },
    balances: { noLines: 'Lägg in minst en rad.', invalidNote: 'Noten ska vara ett heltal mellan 1 och 99.' },
  },
};
