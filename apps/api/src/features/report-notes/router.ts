import { createRouter } from '../../trpc/init.ts';

/** `reportNotes.* (issue 23): the notes (Not 1 …) specifying statement lines`. See ARCHITECTURE.md, "Rapporter". */
export const reportNotesRouter = createRouter({});
