import {
  boardBodySchema,
  boardPersonSchema,
  boardSeatRuleSchema,
  boardSeatSchema,
  endSeatSchema,
  MAX_INT4,
  todayInSweden,
} from '@samsyn/domain';
import { z } from 'zod';
import { admin, createRouter, editor, viewer } from '../../trpc/init.ts';
import { createUsualBodies } from './create-usual-bodies.ts';
import { deleteBody } from './delete-body.ts';
import { deletePerson } from './delete-person.ts';
import { deleteSeat } from './delete-seat.ts';
import { deleteSeatRule } from './delete-seat-rule.ts';
import { endSeat } from './end-seat.ts';
import { listBodies } from './list-bodies.ts';
import { listLinkableUsers } from './list-linkable-users.ts';
import { listPeople } from './list-people.ts';
import { listSeatRules } from './list-seat-rules.ts';
import { listSeats } from './list-seats.ts';
import { readComposition } from './read-composition.ts';
import { readSeatsOn } from './read-seats-on.ts';
import { saveBody } from './save-body.ts';
import { savePerson } from './save-person.ts';
import { saveSeat } from './save-seat.ts';
import { saveSeatRule } from './save-seat-rule.ts';

const id = z.uuid({ error: 'boardOrganisation.idInvalid' });
const date = z.iso.date({ error: 'boardOrganisation.dateInvalid' });
const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);
/** A save: `id` null creates (no version), otherwise the version the editor loaded. */
const save = z
  .object({ id: id.nullable(), expectedVersion: version.nullable() })
  .refine((input) => input.id === null || input.expectedVersion !== null, {
    message: 'conflict.versionInvalid',
    path: ['expectedVersion'],
  });
const remove = z.object({ id, expectedVersion: version });

/** `organisation.*` (issue 21, the board): see ARCHITECTURE.md, "Styrelse och möten". */
export const organisationRouter = createRouter({
  bodies: createRouter({
    list: viewer.query(({ ctx }) => listBodies(ctx)),
    save: admin
      .input(z.intersection(boardBodySchema, save))
      .mutation(({ ctx, input }) => saveBody(ctx, input)),
    delete: admin.input(remove).mutation(({ ctx, input }) => deleteBody(ctx, input)),
    createUsual: admin.mutation(({ ctx }) => createUsualBodies(ctx)),
  }),
  people: createRouter({
    list: viewer.query(({ ctx }) => listPeople(ctx, { today: todayInSweden() })),
    linkableUsers: editor.query(({ ctx }) => listLinkableUsers(ctx)),
    save: editor
      .input(z.intersection(boardPersonSchema, save))
      .mutation(({ ctx, input }) => savePerson(ctx, input)),
    delete: editor.input(remove).mutation(({ ctx, input }) => deletePerson(ctx, input)),
  }),
  seats: createRouter({
    list: viewer
      .input(
        z.object({ bodyId: id.optional(), on: date.optional(), includeHistory: z.boolean().default(false) }),
      )
      .query(({ ctx, input }) =>
        listSeats(ctx, {
          bodyId: input.bodyId,
          on: input.on ?? todayInSweden(),
          includeHistory: input.includeHistory,
        }),
      ),
    save: editor
      .input(z.intersection(boardSeatSchema, save))
      .mutation(({ ctx, input }) => saveSeat(ctx, input)),
    end: editor
      .input(endSeatSchema.extend({ seatId: id, expectedVersion: version }))
      .mutation(({ ctx, input }) => endSeat(ctx, input)),
    delete: editor
      .input(z.object({ seatId: id, expectedVersion: version }))
      .mutation(({ ctx, input }) => deleteSeat(ctx, input)),
  }),
  seatRules: createRouter({
    list: viewer.query(({ ctx }) => listSeatRules(ctx)),
    save: admin
      .input(z.intersection(boardSeatRuleSchema, save))
      .mutation(({ ctx, input }) => saveSeatRule(ctx, input)),
    delete: admin.input(remove).mutation(({ ctx, input }) => deleteSeatRule(ctx, input)),
  }),
  composition: viewer.input(z.object({ date })).query(({ ctx, input }) => readComposition(ctx, input)),
  seatsOn: viewer
    .input(z.object({ date, bodyId: id.optional() }))
    .query(({ ctx, input }) =>
      readSeatsOn(ctx, input.bodyId ? { date: input.date, bodyId: input.bodyId } : { date: input.date }),
    ),
});
