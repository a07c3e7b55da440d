import { sieImportInputSchema } from '@samsyn/domain';
import { createRouter, editor } from '../../../trpc/init.ts';
import { commitSieImport } from './commit-sie-import.ts';
import { previewSieImport } from './preview-sie-import.ts';

/** `economy.sieImport.*`: importing the books (SIE 4). Editors and admins; the preview writes nothing. */
export const sieImportRouter = createRouter({
  // A mutation although it writes nothing: the file is too large for a query string.
  preview: editor.input(sieImportInputSchema).mutation(({ ctx, input }) => previewSieImport(ctx, input)),
  commit: editor.input(sieImportInputSchema).mutation(({ ctx, input }) => commitSieImport(ctx, input)),
});
