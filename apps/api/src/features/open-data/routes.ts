import type { Sql } from '@samsyn/db';
import { getKpiDefinition, kpiDefinitions, kpiIdSchema, type SUPPRESSED_SYMBOL } from '@samsyn/domain';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { getNationalOverview } from '../national/get-national-overview.ts';
import type { PublishedFigure } from '../national/published-figure.ts';
import { toDisplayUnit } from '../national/published-figure.ts';
import { openApiDocument } from './openapi.ts';
import { createTokenBucket } from './token-bucket.ts';

interface KpiValue {
  scope: 'nation' | 'county' | 'forbund';
  code: string | null;
  name: string;
  value: PublishedFigure;
  q1: PublishedFigure;
  q3: PublishedFigure;
  contributors: number | typeof SUPPRESSED_SYMBOL | null;
}

const valuesQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * The open data API under /api/v1: key-figure definitions and values (nation, counties, and the
 * förbund that share named figures — economic figures only), no login, suppressed exactly as in
 * the app (the same verbs), rate-limited per client address, with an OpenAPI 3.1 document.
 */
export function openDataRoutes(sql: Sql, addressOf: (c: Context<AppEnv>) => string): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const bucket = createTokenBucket({ capacity: 60, perSecond: 1 });

  routes.use('*', async (c, next) => {
    c.header('Access-Control-Allow-Origin', '*');
    const wait = bucket.take(addressOf(c));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.json({ error: 'too_many_requests', message: 'För många anrop.' }, 429);
    }
    await next();
    c.header('Cache-Control', 'public, max-age=300');
  });

  routes.get('/openapi.json', (c) => c.json(openApiDocument));

  routes.get('/kpis', (c) => c.json({ data: kpiDefinitions }));

  routes.get('/kpis/:id/values', async (c) => {
    const id = kpiIdSchema.safeParse(c.req.param('id'));
    if (!id.success || !kpiDefinitions.some((kpi) => kpi.id === id.data))
      return c.json({ error: 'not_found', message: 'Okänt nyckeltal.' }, 404);
    const query = valuesQuery.safeParse(c.req.query());
    if (!query.success) return c.json({ error: 'bad_request', message: 'Ogiltig parameter.' }, 400);
    const kpi = getKpiDefinition(id.data);
    const overview = await getNationalOverview({ sql }, { year: query.data.year });
    if (query.data.year !== undefined && overview.year !== query.data.year)
      return c.json({ error: 'not_found', message: 'Inga värden för året.' }, 404);

    const values: KpiValue[] = [];
    const national = overview.national.find((figure) => figure.kpiId === kpi.id);
    if (national) values.push({ scope: 'nation', code: null, name: 'Riket', ...pick(national) });
    for (const county of overview.counties) {
      const figure = county.figures.find((f) => f.kpiId === kpi.id);
      if (figure)
        values.push({ scope: 'county', code: county.countyCode, name: county.countyName, ...pick(figure) });
    }
    if (overview.year !== null) {
      const named = await sql<{ name: string; countyCode: string | null; value: string }[]>`
        select name, county_code as "countyCode", value::text from national_named_values(${kpi.id}, ${overview.year})`;
      for (const row of named)
        values.push({
          scope: 'forbund',
          code: row.countyCode,
          name: row.name,
          value: toDisplayUnit(kpi, row.value),
          q1: null,
          q3: null,
          contributors: null,
        });
    }
    const { page, pageSize } = query.data;
    const start = (page - 1) * pageSize;
    const hasNext = start + pageSize < values.length;
    const next = hasNext
      ? `/api/v1/kpis/${kpi.id}/values?${new URLSearchParams({
          ...(overview.year === null ? {} : { year: String(overview.year) }),
          page: String(page + 1),
          pageSize: String(pageSize),
        })}`
      : null;
    return c.json({
      kpi,
      year: overview.year,
      data: values.slice(start, start + pageSize),
      meta: { page, pageSize, total: values.length, next },
    });
  });

  routes.notFound((c) => c.json({ error: 'not_found', message: 'Finns inte.' }, 404));
  return routes;
}

const pick = (figure: {
  value: PublishedFigure;
  q1: PublishedFigure;
  q3: PublishedFigure;
  contributors: number | typeof SUPPRESSED_SYMBOL;
}) => ({
  value: figure.value,
  q1: figure.q1,
  q3: figure.q3,
  contributors: figure.contributors,
});
