import type { DecisionListInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { type DecisionRecord, decisionSelect } from './decision-rows.ts';

export interface DecisionPage {
  rows: DecisionRecord[];
  /** How many decisions match in all (the page announces "3 beslut"). */
  total: number;
  /** The cursor of the next page, null on the last. */
  nextCursor: number | null;
  /** The years with decisions in the register, newest first (the year filter's choices). */
  years: number[];
}

/**
 * The decisions register: every decision of the förbund, or those matching Swedish full-text words
 * (`websearch_to_tsquery('swedish', q)` against the stored tsvector, so "verksamhetsplanen" finds
 * "verksamhetsplan"; quoted phrases and "-ord" work as on the web), ranked best first (title words
 * weigh more than the text's); else newest meeting first, then by §. Filters: the meeting's year,
 * the kind, the body. Any member of the förbund.
 */
export async function listDecisions(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: DecisionListInput,
): Promise<DecisionPage> {
  const q = input.q ?? '';
  const offset = input.cursor ?? 0;
  const matches = q === '' ? tx`true` : tx`d.search @@ websearch_to_tsquery('swedish', ${q})`;
  const rank = q === '' ? tx`0` : tx`ts_rank(d.search, websearch_to_tsquery('swedish', ${q}))`;
  const inYear =
    input.year === undefined
      ? tx`true`
      : tx`m.meeting_date >= make_date(${input.year}::int, 1, 1) and m.meeting_date < make_date(${input.year}::int + 1, 1, 1)`;
  const rows = await tx<(DecisionRecord & { rank: number; total: number })[]>`
    select found.*, count(*) over ()::int as total from (
      ${decisionSelect(tx, tx`${rank} as rank,`)}
      where d.tenant_id = ${tenantId} and ${matches} and ${inYear}
        and ${input.kind === undefined ? tx`true` : tx`d.kind = ${input.kind}`}
        and ${input.bodyId === undefined ? tx`true` : tx`m.body_id = ${input.bodyId}`}
    ) found
    order by rank desc, "meetingDate" desc, paragraph nulls last, id
    limit ${input.limit} offset ${offset}`;
  const years = await tx<{ year: number }[]>`
    select distinct extract(year from m.meeting_date)::int as year
    from board_decisions d
    join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
    join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where d.tenant_id = ${tenantId}
    order by year desc`;
  return {
    years: years.map((row) => row.year),
    rows: rows.map(({ rank: _rank, total: _total, ...row }) => row),
    total: Number(rows[0]?.total ?? 0),
    nextCursor: rows.length === input.limit ? offset + input.limit : null,
  };
}
