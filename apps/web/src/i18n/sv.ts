import { administrationMessages } from './sv/administration-messages.ts';
import { administrationWords } from './sv/administration-words.ts';
import { applicationAgreementsMessages } from './sv/application-agreements-messages.ts';
import { applicationDecisionMessages } from './sv/application-decision-messages.ts';
import { applicationPipelineMessages } from './sv/application-pipeline-messages.ts';
import { applicationReportsMessages } from './sv/application-reports-messages.ts';
import { applicationReviewMessages } from './sv/application-review-messages.ts';
import { applications } from './sv/applications.ts';
import { board } from './sv/board.ts';
import { boardAttendanceMessages } from './sv/board-attendance-messages.ts';
import { boardDecisionsMessages } from './sv/board-decisions-messages.ts';
import { boardMeetingsMessages } from './sv/board-meetings-messages.ts';
import { boardOrganisationMessages } from './sv/board-organisation-messages.ts';
import { boardWorkMessages } from './sv/board-work-messages.ts';
import { economyMessages } from './sv/economy-messages.ts';
import { economyWords } from './sv/economy-words.ts';
import { interventionsMessages } from './sv/interventions-messages.ts';
import { interventionsWords } from './sv/interventions-words.ts';
import { nationalViews } from './sv/national-views.ts';
import { nns } from './sv/nns.ts';
import { overviewLead } from './sv/overview.ts';
import { periodReportMessages } from './sv/period-report-messages.ts';
import { periodReports } from './sv/period-reports.ts';
import { planFollowUpMessages } from './sv/plan-follow-up-messages.ts';
import { planMeasures } from './sv/plan-measures.ts';
import { planMessages, planTitle } from './sv/plan-messages.ts';
import { reportContentMessages } from './sv/report-content-messages.ts';
import { reportNotesMessages } from './sv/report-notes-messages.ts';
import { reportOutputMessages } from './sv/report-output-messages.ts';
import { reportWorkflowMessages } from './sv/report-workflow-messages.ts';
import type { SvPages } from './sv-pages.ts';

/**
 * The Swedish catalogue: every string the user sees. Keys are English, grouped by feature; the
 * type of this object is the type of every valid key (see i18next.d.ts).
 *
 * Each larger feature keeps its strings in `sv/<feature>.ts` as `{ ui, errors, validation }`:
 * `ui` becomes the feature's namespace, `errors` and `validation` join the shared namespaces
 * (each feature owns distinct top-level keys there: the API's error reasons start with them).
 */
const core = {
  app: {
    name: 'Samsyn',
    tagline: 'Planering, finansiering och uppföljning för samordningsförbund',
    skipLink: 'Hoppa till huvudinnehåll',
    loading: 'Laddar…',
    retry: 'Försök igen',
    backToStart: 'Till startsidan',
    cancel: 'Avbryt',
    working: 'Arbetar…',
  },
  header: {
    currentTenant: 'Förbund',
    switcherLabel: 'Byt förbund',
    switcherSubmit: 'Byt',
    switcherPlaceholder: 'Välj förbund',
    signedInAs: 'Inloggad som {{name}}',
    logout: 'Logga ut',
    loggingOut: 'Loggar ut…',
    logoutFailed: 'Utloggningen misslyckades. Försök igen.',
    menu: 'Meny',
  },
  nav: {
    label: 'Huvudmeny',
    overview: 'Översikt',
    national: 'Nationellt',
    platform: 'Plattform',
    administration: 'Administration',
  },
  login: {
    title: 'Logga in',
    intro: 'Logga in med din e-postadress och ditt lösenord.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in…',
    errorSummary: 'Inloggningen misslyckades',
    loggedOut: 'Du är utloggad.',
  },
  start: {
    title: 'Startsida',
  },
  chooseTenant: {
    title: 'Välj förbund',
    intro: 'Du har åtkomst till flera samordningsförbund. Välj vilket du vill arbeta i.',
    role: 'Din roll: {{role}}',
  },
  noMembership: {
    title: 'Inget förbund kopplat till ditt konto',
    body: 'Ditt konto är inte medlem i något samordningsförbund. Be förbundets administratör om en inbjudan om du ska arbeta i ett förbund.',
  },
  national: {
    title: 'Nationella vyer',
    privacy: 'Nationella vyer visar bara sammanställda uppgifter, aldrig ett enskilt förbunds underlag.',
  },
  platform: {
    title: 'Plattformsadministration',
    privacy: 'Som plattformsadministratör har du ingen åtkomst till förbundens verksamhetsdata.',
  },
  overview: {
    ...overviewLead,
    title: 'Översikt',
    tenant: 'Förbund',
    orgNumber: 'Organisationsnummer',
    yourRole: 'Din roll',
    membersTitle: 'Medlemmar',
    membersCount_one: '{{count}} medlem',
    membersCount_other: '{{count}} medlemmar',
    groupCount: '{{group}} ({{count}})',
    noMembers: 'Inga medlemmar är registrerade för förbundet ännu.',
    left: 'utträdde {{date}}',
    groups: {
      state: 'Staten',
      region: 'Region',
      municipality: 'Kommuner',
    },
  },
  roles: {
    viewer: 'Läsare',
    editor: 'Redigerare',
    admin: 'Administratör',
  },
  noAccess: {
    title: 'Ingen åtkomst',
    body: 'Du har inte åtkomst till det här förbundet, eller så finns det inte.',
    yourTenants: 'Dina förbund',
    none: 'Ditt konto är inte medlem i något förbund.',
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Vi hittar ingen sida på den här adressen. Kontrollera adressen eller gå vidare med länken nedan.',
    backToOverview: 'Till förbundets översikt',
  },
  errors: {
    title: 'Något gick fel',
    generic: 'Något gick fel. Försök igen om en stund.',
    network: 'Det gick inte att nå Samsyn. Kontrollera din anslutning och försök igen.',
    auth: {
      invalidCredentials: 'Fel e-postadress eller lösenord.',
      tooManyAttempts:
        'För många misslyckade inloggningsförsök. Försök igen om {{retryAfterMinutes}} minuter.',
      required: 'Du behöver logga in igen.',
      platformOnly: 'Sidan är bara för plattformsadministratörer.',
    },
    tenant: {
      noAccess: 'Du har inte åtkomst till det här förbundet.',
      slugTaken: 'Adressen (kortnamnet) används redan av ett annat förbund.',
      notArchived: 'Bara ett arkiverat förbund kan tas bort.',
      statusTransition: 'Förbundet kan inte gå från den statusen till den valda.',
      confirmSlug: 'Skriv förbundets kortnamn exakt för att bekräfta borttagningen.',
      suspended: 'Förbundet är avstängt.',
    },
    conflict: {
      stale: 'Någon annan har ändrat uppgifterna sedan du öppnade dem. Ladda om och gör ändringen igen.',
      // Someone created the same record a moment earlier: to the user, the same situation as stale.
      exists: 'Någon annan har ändrat uppgifterna sedan du öppnade dem. Ladda om och gör ändringen igen.',
    },
    request: {
      tooLarge:
        'Det du försökte skicka är för stort. Är det en fil, dela upp den i mindre delar och försök igen.',
      notBatchable: 'Begäran kunde inte skickas. Ladda om sidan och försök igen.',
      malformed: 'Begäran kunde inte läsas. Ladda om sidan och försök igen.',
    },
    // The API answers SERVICE_UNAVAILABLE (503) while its database cannot be reached.
    service: {
      unavailable: 'Tjänsten kan inte nå sin databas just nu. Försök igen om en stund.',
    },
    // PostgreSQL refused a value the schemas let through (a last line of defence).
    input: {
      invalid: 'Något av det du skrev kunde inte sparas. Kontrollera texten och försök igen.',
    },
    notFound: 'Uppgiften finns inte längre.',
    outbox: {
      disabled: 'Utkorgen kan bara läsas i utvecklings- och demoläge.',
    },
    invitation: {
      notFound: 'Inbjudan finns inte. Kontrollera länken.',
      notOpen: 'Inbjudan kan inte användas längre.',
      accepted: 'Inbjudan har redan använts.',
      revoked: 'Inbjudan har återkallats.',
      expired: 'Inbjudan har gått ut. Be förbundets administratör om en ny.',
      unavailable: 'Förbundet är inte aktivt just nu.',
      alreadyMember: 'Personen är redan medlem i förbundet.',
      platformAdmin:
        'Adressen tillhör en plattformsadministratör. Plattformsadministratörer kan inte vara medlemmar i ett förbund; bjud in en annan adress.',
    },
    team: {
      lastAdmin: 'Förbundet måste ha minst en aktiv administratör.',
    },
    member: {
      duplicateName: 'Det finns redan en medlem med det namnet.',
      leftBeforeJoined: 'Utträdesdatumet måste vara efter inträdesdatumet.',
    },
    session: {
      notFound: 'Inloggningen finns inte längre. Den kan redan vara avslutad.',
    },
    password: {
      currentWrong: 'Det nuvarande lösenordet stämmer inte.',
      tooShort: 'Lösenordet måste ha minst 12 tecken.',
      tooLong: 'Lösenordet är för långt.',
      invalid: 'Lösenordet kan inte användas. Välj ett annat.',
    },
    name: {
      tooShort: 'Namnet måste ha minst 2 tecken.',
    },
    reference: {
      unknownCounty: 'Länet finns inte i Samsyns lista över län.',
      unknownMunicipality: 'Kommunen finns inte i Samsyns lista över kommuner.',
    },
  },
  form: {
    fixErrors: 'Rätta följande:',
    notSaved: 'Det gick inte att spara',
    fieldProblem: '{{field}}: {{problem}}',
    chosenFile: 'Vald fil: {{name}}.',
  },
  validation: {
    required: 'Fältet måste fyllas i.',
    emailRequired: 'Fyll i din e-postadress.',
    passwordRequired: 'Fyll i ditt lösenord.',
    tooLong: 'Texten är för lång.',
    invalid: 'Värdet är inte giltigt.',
    name: {
      tooShort: 'Namnet måste ha minst 2 tecken.',
      tooLong: 'Namnet får ha högst 200 tecken.',
    },
    orgNumber: {
      format: 'Skriv organisationsnumret som NNNNNN-NNNN.',
      checkDigit: 'Organisationsnumret är inte giltigt (kontrollsiffran stämmer inte).',
    },
    password: {
      tooShort: 'Lösenordet måste ha minst 12 tecken.',
      tooLong: 'Lösenordet är för långt.',
      mismatch: 'Lösenorden är inte likadana.',
      currentWrong: 'Det nuvarande lösenordet stämmer inte.',
    },
    municipalities: {
      none: 'Välj minst en kommun.',
      duplicate: 'En kommun är vald två gånger.',
    },
    municipality: { unknown: 'Kommunen finns inte i listan.' },
    county: { unknown: 'Länet finns inte i listan.', required: 'Välj län.' },
    slug: {
      format: 'Kortnamnet får bara ha små bokstäver a–z, siffror och enkla bindestreck (2–63 tecken).',
      taken: 'Kortnamnet används redan av ett annat förbund.',
    },
    email: 'Skriv en giltig e-postadress, till exempel namn@exempel.se.',
    emailAddress: { format: 'Skriv en giltig e-postadress, till exempel namn@exempel.se.' },
    date: 'Välj ett datum.',
    percent: {
      range: 'Ange en procentsats mellan 0 och 100.',
      decimals: 'Ange högst två decimaler.',
    },
    officialCode: { format: 'Koden ska vara två siffror (region) eller fyra siffror (kommun).' },
    // The API's text rules (packages/domain/src/text.ts), for any text field.
    text: {
      tooLong: 'Texten är för lång.',
      controlCharacter: 'Texten innehåller ett otillåtet styrtecken. Skriv in den igen.',
      lineBreak: 'Texten ska stå på en rad, utan radbrytningar.',
      invisibleCharacter:
        'Texten innehåller ett osynligt tecken, till exempel ett nollbreddstecken eller en skrivriktningsmarkering. Skriv in den igen i stället för att klistra in den.',
      invalidCharacter: 'Texten innehåller ett ogiltigt tecken. Skriv in den igen.',
      stackedMarks: 'Texten har för många accenter på samma bokstav.',
      noLetterOrDigit: 'Namnet måste innehålla minst en bokstav eller siffra.',
    },
  },
};

export const sv = {
  ...core,
  // The administration's and the interventions' page strings load with their pages (sv-pages.ts).
  // Eager: the words the menu, shared components, the Översikt and the audit log's look-ups need.
  administration: administrationWords,
  // The economy's page strings load with its pages (sv-pages.ts). Eager: the menu's title and the
  // words the förbund's workbook export (settings) writes.
  economy: economyWords,
  interventions: interventionsWords,
  nationalViews: nationalViews.ui,
  nns: nns.ui,
  // The plan's page strings load with its pages (sv-pages.ts); the menu's title stays here.
  plan: { title: planTitle },
  planMeasures: planMeasures.ui,
  board: board.ui,
  applications: applications.ui,
  periodReports: periodReports.ui,
  reportOutput: reportOutputMessages.ui,
  errors: {
    ...core.errors,
    ...economyMessages.errors,
    ...interventionsMessages.errors,
    ...nationalViews.errors,
    ...nns.errors,
    ...planMessages.errors,
    ...planFollowUpMessages.errors,
    ...board.errors,
    ...boardOrganisationMessages.errors,
    ...boardMeetingsMessages.errors,
    ...boardAttendanceMessages.errors,
    ...boardDecisionsMessages.errors,
    ...boardWorkMessages.errors,
    ...applicationPipelineMessages.errors,
    ...applicationReviewMessages.errors,
    ...applicationDecisionMessages.errors,
    ...applicationAgreementsMessages.errors,
    ...applicationReportsMessages.errors,
    ...periodReportMessages.errors,
    ...reportWorkflowMessages.errors,
    ...reportNotesMessages.errors,
    ...reportContentMessages.errors,
    ...reportOutputMessages.errors,
  },
  validation: {
    ...core.validation,
    ...administrationMessages.validation,
    ...economyMessages.validation,
    ...interventionsMessages.validation,
    ...nationalViews.validation,
    ...nns.validation,
    ...planMessages.validation,
    ...planMeasures.validation,
    ...planFollowUpMessages.validation,
    ...boardOrganisationMessages.validation,
    ...boardMeetingsMessages.validation,
    ...boardAttendanceMessages.validation,
    ...boardDecisionsMessages.validation,
    ...boardWorkMessages.validation,
    ...applicationPipelineMessages.validation,
    ...applicationReviewMessages.validation,
    ...applicationDecisionMessages.validation,
    ...applicationAgreementsMessages.validation,
    ...applicationReportsMessages.validation,
    ...periodReportMessages.validation,
    ...reportWorkflowMessages.validation,
    ...reportNotesMessages.validation,
    ...reportContentMessages.validation,
    ...reportOutputMessages.validation,
  },
};

/**
 * Every key: the eager catalogue and the page strings (`sv-pages.ts`), which load with the pages
 * that use them (`load-page-catalogue.ts`) to keep them out of the first download.
 */
export type Catalogue = typeof sv & SvPages;
