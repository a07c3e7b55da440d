/**
 * Page strings of a section's page (generated content, the text editor, versions, comments) and the whole document's preview (issue 23); load with the pages (`../sv-pages.ts`).
 * Errors and field messages are eager (`./*-messages.ts`).
 */
export const reportSectionsPages = {
  ui: {},
};
