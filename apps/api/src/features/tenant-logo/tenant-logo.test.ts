import { describe, expect, it } from 'vitest';
import { issuesOf, outcomeOf, reasonOf, useDemoCallers } from '../../testing/index.ts';
import { demoTenant as tenant } from '../../testing/use-demo-callers.ts';
import { logoPixelSize } from './logo-image.ts';

/** Issue 23: the förbund's logo on its reports (tenantLogo.get/save/delete). */
const env = useDemoCallers();

/** A 1×1 PNG and the smallest JPEG header we read (SOF0 of a 3×2 image). */
const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const jpegBytes = Buffer.from(
  'ffd8ffe000104a46494600010100000100010000ffc0000b080002000301011100ffd9',
  'hex',
);
const jpeg = jpegBytes.toString('base64');

describe('the förbund’s logo', () => {
  it('is saved by an admin as PNG, replaced by a JPEG, read by any member and audited', async () => {
    expect(await env.viewer.tenantLogo.get({ tenant })).toBeNull();
    expect(await env.admin.tenantLogo.save({ tenant, expectedVersion: 0, dataBase64: png })).toEqual({
      version: 1,
    });
    expect(await env.viewer.tenantLogo.get({ tenant })).toEqual({
      mediaType: 'image/png',
      version: 1,
      dataBase64: png,
    });
    await env.admin.tenantLogo.save({ tenant, expectedVersion: 1, dataBase64: jpeg });
    expect(await env.viewer.tenantLogo.get({ tenant })).toMatchObject({
      mediaType: 'image/jpeg',
      version: 2,
    });
    const audit = await env.superuser<{ action: string; after: unknown }[]>`
      select action, after from audit_log
      where tenant_id = ${env.tenantId} and entity = 'tenantLogo' order by occurred_at, id`;
    expect(audit).toEqual([
      { action: 'tenantLogo.save', after: { mediaType: 'image/png', bytes: 70 } },
      { action: 'tenantLogo.save', after: { mediaType: 'image/jpeg', bytes: jpegBytes.length } },
    ]);
  });

  it('refuses a stale version, and anyone but an admin', async () => {
    expect(await reasonOf(env.admin.tenantLogo.save({ tenant, expectedVersion: 1, dataBase64: png }))).toBe(
      'conflict.stale',
    );
    expect(await outcomeOf(env.editor.tenantLogo.save({ tenant, expectedVersion: 2, dataBase64: png }))).toBe(
      'FORBIDDEN',
    );
    expect(await outcomeOf(env.editor.tenantLogo.delete({ tenant, expectedVersion: 2 }))).toBe('FORBIDDEN');
  });

  it('refuses anything but a PNG or JPEG of at most 1 MB, beside the file field', async () => {
    const save = (dataBase64: string) =>
      env.admin.tenantLogo.save({ tenant, expectedVersion: 2, dataBase64 });
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;').toString('base64');
    expect(await issuesOf(save(gif))).toEqual({ dataBase64: 'reportOutput.logoTypeRefused' });
    expect(await issuesOf(save(Buffer.from('<svg></svg>').toString('base64')))).toEqual({
      dataBase64: 'reportOutput.logoTypeRefused',
    });
    const large = Buffer.alloc(1_048_577, 0);
    Buffer.from(png, 'base64').copy(large);
    expect(await issuesOf(save(large.toString('base64')))).toEqual({
      dataBase64: 'reportOutput.logoTooLarge',
    });
    expect(await issuesOf(save(''))).toEqual({ dataBase64: 'reportOutput.logoRequired' });
    expect(await issuesOf(save('inte base64!'))).toEqual({ dataBase64: 'reportOutput.logoUnreadable' });
    expect(await env.viewer.tenantLogo.get({ tenant })).toMatchObject({
      mediaType: 'image/jpeg',
      version: 2,
    });
  });

  it('is removed by an admin at its version', async () => {
    await env.admin.tenantLogo.delete({ tenant, expectedVersion: 2 });
    expect(await env.viewer.tenantLogo.get({ tenant })).toBeNull();
    expect(await reasonOf(env.admin.tenantLogo.delete({ tenant, expectedVersion: 2 }))).toBe('notFound');
  });

  it('reads the size of a PNG and a JPEG from their headers', () => {
    expect(logoPixelSize(Buffer.from(png, 'base64'))).toEqual({ width: 1, height: 1 });
    expect(logoPixelSize(jpegBytes)).toEqual({ width: 3, height: 2 });
  });
});
