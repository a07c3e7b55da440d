import { describe, expect, it } from 'vitest';
import { useCaller } from './support/use-caller.ts';

/** The förbund's members as an admin edits them: each name once per förbund. */
const admin = useCaller('admin@gavleborg.demo');
const tenant = 'gavleborg';
const nameTaken = { code: 'CONFLICT', cause: { reason: 'member.duplicateName' } };

const members = async () => (await admin.caller.tenant.get({ tenant })).members;
const memberNamed = async (name: string) => {
  const member = (await members()).find((candidate) => candidate.name === name);
  if (!member) throw new Error(`no ${name} among the demo members`);
  return member;
};

describe('members', () => {
  it('refuses a rename to a name another member has, and leaves the member as it was', async () => {
    const gavle = await memberNamed('Gävle kommun');
    const other = (await members()).find((member) => member.id !== gavle.id);
    if (!other) throw new Error('the demo förbund has one member');
    const rename = { tenant, memberId: gavle.id, name: other.name, expectedVersion: gavle.version };
    await expect(admin.caller.members.rename(rename)).rejects.toMatchObject(nameTaken);
    expect(await memberNamed('Gävle kommun')).toEqual(gavle);
  });

  it('refuses a new member with a name the förbund already has', async () => {
    const { kind, name } = await memberNamed('Gävle kommun');
    const add = { tenant, kind, name, officialCode: null, joinedOn: null };
    await expect(admin.caller.members.add(add)).rejects.toMatchObject(nameTaken);
  });

  it('renames a member and answers with its next version', async () => {
    const gavle = await memberNamed('Gävle kommun');
    const name = 'Gävle kommun (nytt namn)';
    const renamed = await admin.caller.members.rename({
      tenant,
      memberId: gavle.id,
      name,
      expectedVersion: gavle.version,
    });
    expect([renamed.name, renamed.version]).toEqual([name, gavle.version + 1]);
  });

  it('answers NOT_FOUND for a member the förbund does not have', async () => {
    const memberId = '00000000-0000-4000-8000-000000000000';
    await expect(
      admin.caller.members.rename({ tenant, memberId, name: 'Ingen', expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
