/**
 * The Swedish catalogue: every string the user sees. Keys are English, grouped by feature; the
 * type of this object is the type of every valid key (see i18next.d.ts).
 */
export const sv = {
  app: {
    name: 'Samsyn',
    tagline: 'Planering, finansiering och uppföljning för samordningsförbund',
    skipLink: 'Hoppa till huvudinnehåll',
    loading: 'Laddar…',
    retry: 'Försök igen',
    backToStart: 'Till startsidan',
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
  },
  nav: {
    label: 'Huvudmeny',
    overview: 'Översikt',
    national: 'Nationellt',
    platform: 'Plattform',
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
    body: 'Här kommer nationella jämförelsetal och sammanställningar för alla samordningsförbund att visas. Vyerna är inte byggda ännu.',
    privacy: 'Nationella vyer visar bara sammanställda uppgifter, aldrig ett enskilt förbunds underlag.',
  },
  platform: {
    title: 'Plattformsadministration',
    body: 'Här kommer du att kunna lägga upp nya förbund, bjuda in deras första administratör och hantera förbundens status. Funktionerna är inte byggda ännu.',
    privacy: 'Som plattformsadministratör har du ingen åtkomst till förbundens verksamhetsdata.',
  },
  overview: {
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
    body: 'Vi hittar ingen sida på den här adressen. Kontrollera adressen eller gå till startsidan.',
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
      networkOnly: 'Sidan är bara för det nationella nätverket.',
      platformOnly: 'Sidan är bara för plattformsadministratörer.',
    },
    tenant: {
      noAccess: 'Du har inte åtkomst till det här förbundet.',
    },
  },
  validation: {
    required: 'Fältet måste fyllas i.',
    emailRequired: 'Fyll i din e-postadress.',
    passwordRequired: 'Fyll i ditt lösenord.',
    tooLong: 'Texten är för lång.',
    invalid: 'Värdet är inte giltigt.',
  },
};

export type Catalogue = typeof sv;
