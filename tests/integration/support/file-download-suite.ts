import { useHttpApp } from '@samsyn/api/testing';
import type { Sql } from '@samsyn/db';
import { beforeAll, describe, expect, it } from 'vitest';

/** A PDF that would run script if a browser sniffed it as HTML. */
export const pdf = Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n');

/**
 * The tests every stored upload's download route passes (http/file-download.ts): the bytes as an
 * attachment under the file's own name for a member, refused to the anonymous, non-members and
 * cross-site requests, and nothing found under another förbund or for no such id. `insert` stores
 * `pdf` in Gävleborg (as the superuser) and returns its id.
 */
export function describeFileDownload(spec: {
  title: string;
  route: string;
  /** How the tests name what is downloaded ("file") and no such thing ("no file"). */
  noun: string;
  none: string;
  disposition: string;
  insert: (superuser: Sql, tenantId: string) => Promise<string>;
}): void {
  const env = useHttpApp(['viewer@gavleborg.demo', 'admin@insjoriket.demo']);
  const { cookies, get: download } = env;
  let fileId: string;

  beforeAll(async () => {
    fileId = await spec.insert(env.superuser, env.gavleborgId);
  });

  describe(spec.title, () => {
    it('gives a member the bytes as an attachment under its own name, never sniffed by the browser', async () => {
      const response = await download(`${spec.route}/gavleborg/${fileId}`, cookies['viewer@gavleborg.demo']);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(spec.disposition);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('refuses the anonymous, non-members and cross-site requests', async () => {
      const path = `${spec.route}/gavleborg/${fileId}`;
      expect((await download(path)).status).toBe(401);
      expect((await download(path, cookies['admin@insjoriket.demo'])).status).toBe(403);
      expect((await download(path, cookies['viewer@gavleborg.demo'], 'cross-site')).status).toBe(403);
    });

    it(`finds nothing when a member names another förbund's ${spec.noun} under their own, or ${spec.none}`, async () => {
      const foreign = await download(`${spec.route}/insjoriket/${fileId}`, cookies['admin@insjoriket.demo']);
      expect(foreign.status).toBe(404);
      expect(await foreign.text()).not.toContain('PDF');
      const viewer = cookies['viewer@gavleborg.demo'];
      expect((await download(`${spec.route}/gavleborg/inte-ett-id`, viewer)).status).toBe(404);
      expect(
        (await download(`${spec.route}/gavleborg/00000000-0000-4000-8000-000000000000`, viewer)).status,
      ).toBe(404);
    });
  });
}
