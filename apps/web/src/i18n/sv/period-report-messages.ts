/**
 * The errors and field messages of the period reports' reports, their sections and texts (periodReports.*) (issue 23): eager, since any API
 * answer or form may need them (`errors.periodReport.*`, `validation.periodReport.*`). Page strings load with the pages.
 */
export const periodReportMessages = {
  errors: {
    periodReport: {
      adopted: 'Rapporten är fastställd och kan inte längre ändras.',
      alreadyReady: 'Rapporten är redan markerad klar för beslut.',
      duplicate: 'Det finns redan en rapport av det slaget för samma period.',
      inApprovedMinutes: 'Rapporten hör till ett ärende i ett justerat protokoll och kan inte tas bort.',
      invalid: 'Rapporten sparades inte. Rätta de markerade fälten.',
      notCustom:
        'Bara egna avsnitt kan tas bort. Mallens avsnitt stänger du av i stället, så kommer de med igen nästa gång.',
      notReady: 'Rapporten är inte markerad klar för beslut.',
      planNotFound: 'Verksamhetsplanen finns inte i förbundet.',
      sectionNotFound: 'Avsnittet finns inte i rapporten.',
      sectionReady: 'Avsnittet är markerat klart. Ta bort klarmarkeringen innan du ändrar texten.',
      sectionsNotReady: 'Alla avsnitt är inte klara: {{count}} återstår.',
      textVersionNotFound: 'Den versionen av texten finns inte.',
    },
  },
  validation: {
    periodReport: {
      idInvalid: 'Rapporten finns inte.',
      sectionInvalid: 'Avsnittet finns inte.',
      versionInvalid: 'Uppgifterna är inaktuella. Ladda om sidan.',
      kindInvalid: 'Välj vilken sorts rapport det är.',
      titleRequired: 'Ange rapportens titel.',
      titleTooLong: 'Titeln får ha högst 200 tecken.',
      periodStartInvalid: 'Skriv periodens första dag som ÅÅÅÅ-MM-DD.',
      periodEndInvalid: 'Skriv periodens sista dag som ÅÅÅÅ-MM-DD.',
      periodEndBeforeStart: 'Periodens sista dag får inte vara före den första.',
      periodTooLong: 'En period får omfatta högst fem år.',
      deadlineInvalid: 'Skriv sista dagen som ÅÅÅÅ-MM-DD, eller lämna fältet tomt.',
      planInvalid: 'Välj en verksamhetsplan i listan.',
      planNotFound: 'Verksamhetsplanen finns inte i förbundet.',
      levelInvalid: 'Välj om avsnittet är ett huvudavsnitt eller ett underavsnitt.',
      sectionTitleRequired: 'Ange avsnittets rubrik.',
      sectionTitleTooLong: 'Rubriken får ha högst 200 tecken.',
      flagInvalid: 'Välj ja eller nej.',
      sourceInvalid: 'Välj vad avsnittet hämtas från, eller att det skrivs för hand.',
      directionInvalid: 'Flytta avsnittet ett steg upp eller ned.',
      textVersionInvalid: 'Välj en sparad version av texten.',
      textInvalid: 'Texten kan inte sparas. Kontrollera att den inte innehåller otillåtna tecken.',
    },
  },
};
