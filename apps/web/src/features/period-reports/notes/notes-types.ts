import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';

/** reportNotes.list's answer and one of its notes. */
export type NotesView = inferRouterOutputs<AppRouter>['reportNotes']['list'];
export type ListedNote = NotesView['notes'][number];
