import { nnsImportInputSchema, nnsNationalInputSchema, nnsResultsInputSchema } from '@samsyn/domain';
import { createRouter, editor, nationalViewerProcedure, viewer } from '../../trpc/init.ts';
import { getNnsNational } from './get-nns-national.ts';
import { importNnsResults } from './import-nns-results.ts';
import { listNnsResults } from './list-nns-results.ts';
import { previewNnsImport } from './preview-nns-import.ts';

/** `nns.*`: the NNS indicator surveys (issue 20): a förbund's results, their import, the national distribution. */
export const nnsRouter = createRouter({
  results: viewer.input(nnsResultsInputSchema).query(({ ctx, input }) => listNnsResults(ctx, input)),
  // A mutation although it writes nothing: a file's rows are too large for a query string.
  importPreview: editor
    .input(nnsImportInputSchema)
    .mutation(({ ctx, input }) => previewNnsImport(ctx, input)),
  import: editor.input(nnsImportInputSchema).mutation(({ ctx, input }) => importNnsResults(ctx, input)),
  /** The distribution over förbund per statement: the network and every user with an active membership. */
  national: nationalViewerProcedure
    .input(nnsNationalInputSchema)
    .query(({ ctx, input }) => getNnsNational(ctx, input)),
});
