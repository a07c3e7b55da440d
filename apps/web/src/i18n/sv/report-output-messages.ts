/**
 * The errors and field messages of the period reports' PDF and Word files and the logo
 * (reportOutput.*, tenantLogo.*) (issue 23): eager, since any API answer or form may need them
 * (`errors.reportOutput.*`, `validation.reportOutput.*`), and the settings' logo section (`reportOutput.*`). Page strings load with the pages
 * (`./report-output-pages.ts`).
 */
export const reportOutputMessages = {
  /** The settings page's logo section: eager, since the settings page loads no page strings. */
  ui: {
    logo: {
      title: 'Logotyp för rapporter',
      intro: 'Logotypen visas på titelsidan i förbundets rapporter, i PDF- och Word-filerna.',
      previewAlt: 'Logotyp för {{name}}',
      none: 'Förbundet har ingen logotyp. Rapporterna visar då bara förbundets namn.',
      file: 'Bildfil för logotypen',
      fileHint: 'PNG eller JPEG, högst 1 MB.',
      save: 'Spara logotypen',
      saving: 'Sparar…',
      saved: 'Logotypen är sparad.',
      remove: 'Ta bort logotypen',
      removeTitle: 'Ta bort logotypen?',
      removeBody: 'Rapporternas PDF- och Word-filer visas sedan utan logotyp.',
      removeConfirm: 'Ja, ta bort logotypen',
      removed: 'Logotypen är borttagen.',
    },
  },
  errors: {
    reportOutput: {
      logoInvalid: 'Logotypen sparades inte. Rätta det markerade fältet.',
    },
  },
  validation: {
    reportOutput: {
      logoRequired: 'Välj en bildfil för logotypen.',
      logoTooLarge: 'Logotypen är större än 1 MB. Välj en mindre bild.',
      logoUnreadable: 'Bildfilen för logotypen kunde inte läsas.',
      logoTypeRefused: 'Logotypen måste vara en PNG- eller JPEG-bild.',
    },
  },
};
