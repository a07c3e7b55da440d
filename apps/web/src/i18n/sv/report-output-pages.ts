/**
 * Page strings of a period report's downloads (issue 23, `reportOutputPages.*`); load with the
 * report's pages (`../sv-pages.ts`). Errors, field messages and the settings' logo section are
 * eager (`./report-output-messages.ts`).
 */
export const reportOutputPages = {
  ui: {
    downloads: {
      opensOutside:
        'Filerna laddas ner och öppnas utanför Samsyn, i datorns program för PDF och Word. PDF-filen är tillgänglighetsanpassad (taggad).',
      live: 'Aktuell version',
      adopted: 'Fastställd version',
      pdf: 'Ladda ner PDF',
      word: 'Ladda ner Word',
      adoptedPdf: 'Fastställd version (PDF)',
      adoptedWord: 'Fastställd version (Word)',
      pdfType: 'PDF-fil',
      wordType: 'Word-fil, .docx',
    },
  },
};
