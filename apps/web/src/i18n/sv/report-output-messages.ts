/**
 * The errors and field messages of the period reports' PDF and Word files and the logo
 * (reportOutput.*, tenantLogo.*) (issue 23): eager, since any API answer or form may need them
 * (`errors.reportOutput.*`, `validation.reportOutput.*`). Page strings load with the pages
 * (`./report-output-pages.ts`).
 */
export const reportOutputMessages = {
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
