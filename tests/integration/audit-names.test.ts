import { describe, expect, it } from 'vitest';
import { useCaller } from './support/use-caller.ts';

/**
 * The audit log names what each entry is about as it is named now, so the log can read as
 * sentences ("Insatsen IPS Gävle: …") without the web app looking each id up.
 */
const admin = useCaller('admin@gavleborg.demo');
const tenant = 'gavleborg';

const entryFor = async (action: string, entityId: string) => {
  const log = await admin.caller.audit.list({ tenant, limit: 50 });
  return log.rows.find((row) => row.action === action && row.entityId === entityId);
};

describe('audit entries name their subject', () => {
  it('names the intervention an archiving is about', async () => {
    const [intervention] = await admin.caller.interventions.list({ tenant, includeArchived: false });
    if (!intervention) throw new Error('the demo förbund has no interventions');
    await admin.caller.interventions.archive({
      tenant,
      id: intervention.id,
      expectedVersion: intervention.version,
    });
    expect((await entryFor('intervention.archive', intervention.id))?.entityName).toBe(intervention.name);
  });

  it('names a member by its name after the rename', async () => {
    const { members } = await admin.caller.tenant.get({ tenant });
    const member = members.find((candidate) => candidate.name === 'Gävle kommun');
    if (!member) throw new Error('no Gävle kommun among the demo members');
    await admin.caller.members.rename({
      tenant,
      memberId: member.id,
      name: 'Gävle kommun (ny)',
      expectedVersion: member.version,
    });
    expect((await entryFor('member.rename', member.id))?.entityName).toBe('Gävle kommun (ny)');
  });

  it('names the user whose role changed', async () => {
    const team = await admin.caller.team.list({ tenant });
    const viewer = team.find((member) => member.email === 'viewer@gavleborg.demo');
    if (!viewer) throw new Error('no demo viewer');
    await admin.caller.team.changeRole({
      tenant,
      userId: viewer.userId,
      role: 'editor',
      expectedVersion: viewer.version,
    });
    expect((await entryFor('membership.changeRole', viewer.userId))?.entityName).toBe(viewer.name);
  });
});

describe('the audit log by area', () => {
  it('keeps to the economy, the interventions or the administration', async () => {
    const entitiesIn = async (area: 'economy' | 'interventions' | 'plan' | 'administration') =>
      new Set((await admin.caller.audit.list({ tenant, area, limit: 200 })).rows.map((row) => row.entity));
    // The tests above archived an intervention and renamed a member and changed a role.
    expect([...(await entitiesIn('interventions'))]).toContain('intervention');
    expect(
      [...(await entitiesIn('interventions'))].every((e) =>
        ['intervention', 'goal', 'localGroup', 'finsamRegistration'].includes(e),
      ),
    ).toBe(true);
    // The demo seed logs each verksamhetsplan it loads; the plan area keeps to the plan's things.
    const plan = [...(await entitiesIn('plan'))];
    expect(plan).toContain('plan');
    expect(plan).not.toContain('intervention');
    const administration = [...(await entitiesIn('administration'))];
    expect(administration).toEqual(expect.arrayContaining(['member', 'membership']));
    expect(administration).not.toContain('intervention');
  });
});
