import { createApp, loadConfig } from '@samsyn/api';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { kpiDefinitions } from '@samsyn/domain';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Issue 17, point 10: where no förbund contributes, open data says null ("nothing reported"), never 0. */
const db = useTestDatabase();
let sql: Sql;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  sql = createSql(db.current.appUrl, { max: 2 });
  app = createApp({ sql, config: { ...loadConfig({}), trustProxy: true }, log: pino({ level: 'silent' }) });
});
afterAll(() => sql.end());

interface Value {
  scope: string;
  code: string | null;
  value: number | string | null;
  contributors: number | null;
}

describe('open data without contributors', () => {
  it('gives null, not 0, wherever no förbund is behind a figure', async () => {
    const offenders: string[] = [];
    let withoutContributors = 0;
    for (const kpi of kpiDefinitions) {
      const response = await app.request(`/api/v1/kpis/${kpi.id}/values?pageSize=500`, {
        headers: { 'x-forwarded-for': `10.1.0.${kpiDefinitions.indexOf(kpi)}` },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: Value[] };
      for (const value of body.data) {
        if (value.contributors !== 0) continue;
        withoutContributors += 1;
        if (value.value !== null) offenders.push(`${kpi.id} ${value.scope} ${value.code}: ${value.value}`);
      }
    }
    // The demo data has counties where no förbund reports structural interventions (SAM012).
    expect(withoutContributors).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });
});
