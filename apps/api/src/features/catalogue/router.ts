import {
  countyCodeSchema,
  interventionKindSchema,
  interventionStatusSchema,
  methodTagIds,
  multiLineText,
  singleLineText,
  targetGroupIds,
} from '@samsyn/domain';
import { z } from 'zod';
import { authedProcedure, createRouter, editor, viewer } from '../../trpc/init.ts';
import { getCatalogueEntry } from './get-catalogue-entry.ts';
import { listOwnPublished } from './list-own-published.ts';
import { publishIntervention } from './publish-intervention.ts';
import { searchCatalogue } from './search-catalogue.ts';
import { unpublishIntervention } from './unpublish-intervention.ts';

/** The Insatskatalog: published interventions, readable by every logged-in user. */
export const catalogueRouter = createRouter({
  search: authedProcedure
    .input(
      z.object({
        query: singleLineText().max(200).optional(),
        kind: interventionKindSchema.optional(),
        targetGroup: z.enum(targetGroupIds).optional(),
        method: z.enum(methodTagIds).optional(),
        county: countyCodeSchema.optional(),
        status: interventionStatusSchema.optional(),
        limit: z.number().int().min(1).max(100).default(20),
        offset: z.number().int().min(0).max(10_000).default(0),
      }),
    )
    .query(({ ctx, input }) => searchCatalogue(ctx, input)),
  get: authedProcedure
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => getCatalogueEntry(ctx, input)),
  listOwn: viewer.query(({ ctx }) => listOwnPublished(ctx)),
  publish: editor
    .input(z.object({ interventionId: z.uuid(), resultsText: multiLineText().max(10_000).optional() }))
    .mutation(({ ctx, input }) => publishIntervention(ctx, input)),
  unpublish: editor
    .input(z.object({ interventionId: z.uuid() }))
    .mutation(({ ctx, input }) => unpublishIntervention(ctx, input)),
});
