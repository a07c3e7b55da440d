import { deleteNoteInputSchema, listNotesInputSchema, saveNoteInputSchema } from '@samsyn/domain';
import { createRouter, editor, viewer } from '../../trpc/init.ts';
import { deleteNote } from './delete-note.ts';
import { listNotes } from './list-notes.ts';
import { saveNote } from './save-note.ts';

/** `reportNotes.*` (issue 23): the notes (Not 1 …) specifying statement lines. See ARCHITECTURE.md, "Rapporter". */
export const reportNotesRouter = createRouter({
  list: viewer.input(listNotesInputSchema).query(({ ctx, input }) => listNotes(ctx, input)),
  save: editor.input(saveNoteInputSchema).mutation(({ ctx, input }) => saveNote(ctx, input)),
  delete: editor.input(deleteNoteInputSchema).mutation(({ ctx, input }) => deleteNote(ctx, input)),
});
