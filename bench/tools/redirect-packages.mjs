// For `pnpm bench --variants`: `node --import <this file>` makes the process load another copy of
// an installed package, e.g. one with a pnpm patch undone, to measure what the patch saves.
// REDIRECTS="<installed package dir>=><copy dir>;…" (absolute paths; `readlink -f` the installed
// one, pnpm links it from node_modules/.pnpm). Only for measurements, never in production.
import { register } from 'node:module';

register(new URL('./redirect-packages-hooks.mjs', import.meta.url), { data: process.env.REDIRECTS ?? '' });
