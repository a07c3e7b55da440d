/**
 * The largest PostgreSQL `integer` (int4): versions, populations, meetings and participant counts
 * are stored as int4. A schema that lets a larger whole number through hands PostgreSQL a value it
 * refuses, so every such input says `.max(MAX_INT4)` and the caller hears it from the schema.
 */
export const MAX_INT4 = 2_147_483_647;
