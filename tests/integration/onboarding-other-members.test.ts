import { outcomeOf } from '@samsyn/api/testing';
import { describe, expect, it } from 'vitest';
import { useCaller } from './support/use-caller.ts';

/**
 * Onboarding with members outside the municipality list (a renamed or merged municipality, a
 * kommunalförbund), named by hand with their kind.
 */
const platform = useCaller('platform@samsyn.demo');

const input = {
  name: 'Samordningsförbundet Extra',
  orgNumber: '',
  slug: 'extra',
  countyCode: '03',
  municipalityCodes: ['0380'],
  firstAdminEmail: 'chef@extra.se',
};

describe('onboarding with members named by hand', () => {
  it('adds them with their kind beside the ones from the reference data', async () => {
    await platform.caller.platform.tenants.onboard({
      ...input,
      otherMembers: [{ name: 'Kommunalförbundet Sydväst', kind: 'municipality' }],
    });
    const log = await platform.caller.platform.audit({ limit: 5 });
    expect(log.rows.some((row) => row.action === 'tenant.create' && row.entityName === input.name)).toBe(
      true,
    );
    const [members] = await platform.superuser<{ names: string[] }[]>`
      select array_agg(m.name || ':' || m.kind order by m.name) as names
      from members m join tenants t on t.id = m.tenant_id where t.slug = 'extra'`;
    expect(members?.names).toEqual([
      'Arbetsförmedlingen:af',
      'Försäkringskassan:fk',
      'Kommunalförbundet Sydväst:municipality',
      'Region Uppsala:region',
      'Uppsala kommun:municipality',
    ]);
  });

  it('refuses a member named like one already added, without creating the förbund', async () => {
    expect(
      await outcomeOf(
        platform.caller.platform.tenants.onboard({
          ...input,
          slug: 'extra-two',
          otherMembers: [{ name: 'uppsala kommun', kind: 'municipality' }],
        }),
      ),
    ).toBe('CONFLICT');
    expect(await platform.caller.platform.tenants.isSlugAvailable({ slug: 'extra-two' })).toBe(true);
  });

  it('refuses FK or AF as a hand-named member, and two with the same name', async () => {
    expect(
      await outcomeOf(
        platform.caller.platform.tenants.onboard({
          ...input,
          slug: 'extra-three',
          otherMembers: [{ name: 'Annan FK', kind: 'fk' as 'municipality' }],
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await outcomeOf(
        platform.caller.platform.tenants.onboard({
          ...input,
          slug: 'extra-three',
          otherMembers: [
            { name: 'Förbund A', kind: 'municipality' },
            { name: 'förbund a', kind: 'region' },
          ],
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});
