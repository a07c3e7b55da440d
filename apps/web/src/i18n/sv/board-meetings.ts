/**
 * Swedish strings of board-meetings (issue 21). `ui` is the feature's namespace (`boardMeetings.*`); `errors` and
 * `validation` join the shared namespaces.
 */
export const boardMeetings = {
  ui: {},
  errors: {
    boardMeetings: {
      invalid: 'Mötet sparades inte. Rätta de markerade fälten.',
      fileTypeRefused:
        'Filen togs inte emot. Ladda upp en PDF, ett Word- eller Excel-dokument (.docx, .xlsx) eller en bild (PNG, JPEG).',
      notHeld: 'Protokollet kan justeras först när mötet är hållet.',
    },
  },
  validation: {},
};
