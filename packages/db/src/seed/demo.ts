import { finsamMembers } from '@samsyn/domain';
import { recordAudit } from '../audit.ts';
import type { Sql, TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';
import { loadSyntheticData } from '../synthetic/load-synthetic.ts';
import { seedDemoAllocations } from './demo-allocations.ts';
import { linkDemoApplicationDecisions, seedDemoApplications } from './demo-applications.ts';
import { seedDemoBoard } from './demo-board.ts';
import { demoOtherUsers, demoStaffEmail, demoTenants } from './demo-data.ts';
import { seedDemoEconomy } from './demo-economy.ts';
import { seedDemoInterventions } from './demo-interventions.ts';
import { seedDemoLocalGroupTerms } from './demo-local-group-terms.ts';
import { seedDemoNns } from './demo-nns.ts';
import { seedDemoPeriodReports } from './demo-period-reports.ts';
import { seedDemoPlanFollowUp } from './demo-plan-follow-up.ts';
import { seedDemoPlans } from './demo-plans.ts';

export interface DemoSeedOptions {
  /** argon2id hash of the demo password, computed by the caller (the API owns hashing). */
  passwordHash: string;
}

/**
 * Loads the demo förbund, members and users into an EMPTY database, in one transaction; does
 * nothing otherwise. Run as the owner role (row-level security still applies to it, so each
 * förbund's rows are written with that förbund set). Returns whether it seeded.
 */
export async function seedDemo(sql: Sql, options: DemoSeedOptions): Promise<boolean> {
  return (await sql.begin(async (tx) => {
    const [state] = await tx<{ isEmpty: boolean }[]>`
      select not exists (select 1 from tenants) and not exists (select 1 from users) as "isEmpty"`;
    if (!state?.isEmpty) return false;
    await enterScope(tx, { requestId: 'demo-seed' });

    const createUser = async (email: string, name: string) => {
      const [row] = await tx<{ id: string }[]>`
        insert into users (email, name, password_hash) values (${email}, ${name}, ${options.passwordHash})
        returning id`;
      if (!row) throw new Error(`could not create demo user ${email}`);
      return row.id;
    };
    const actFor = (tenantId: string) => enterScope(tx, { tenantId });

    const tenantIds = new Map<string, string>();
    for (const tenant of demoTenants) {
      const [row] = await tx<{ id: string }[]>`
        insert into tenants (slug, name, org_number, county_code)
        values (${tenant.slug}, ${tenant.name}, ${tenant.orgNumber}, ${tenant.countyCode})
        returning id`;
      if (!row) throw new Error(`could not create demo förbund ${tenant.slug}`);
      tenantIds.set(tenant.slug, row.id);
      await actFor(row.id);
      await tx`insert into tenant_settings (tenant_id, equity_goal_percent) values (${row.id}, ${tenant.equityGoalPercent})`;
      const members = finsamMembers(tenant.countyCode, tenant.municipalityCodes);
      for (const member of members) {
        await tx`
          insert into members (tenant_id, kind, name, official_code)
          values (${row.id}, ${member.kind}, ${member.name}, ${member.officialCode})`;
      }
      for (const person of tenant.staff) {
        const userId = await createUser(demoStaffEmail(person.role, tenant.slug), person.name);
        await addMembership(tx, row.id, userId, person.role);
      }
      await recordAudit(tx, {
        action: 'demo.seed',
        entity: 'tenant',
        entityId: row.id,
        after: { members: members.length, staff: tenant.staff.length },
      });
    }

    const processId = await createUser(demoOtherUsers.process.email, demoOtherUsers.process.name);
    for (const membership of demoOtherUsers.process.memberships) {
      const tenantId = tenantIds.get(membership.slug);
      if (!tenantId) throw new Error(`unknown demo förbund ${membership.slug}`);
      await actFor(tenantId);
      await addMembership(tx, tenantId, processId, membership.role);
    }
    const networkId = await createUser(demoOtherUsers.network.email, demoOtherUsers.network.name);
    await tx`insert into user_global_roles (user_id, role) values (${networkId}, 'network')`;
    const platformId = await createUser(demoOtherUsers.platform.email, demoOtherUsers.platform.name);
    await tx`insert into user_global_roles (user_id, role) values (${platformId}, 'platform_admin')`;
    await seedDemoEconomy(tx, tenantIds);
    await seedDemoInterventions(tx, tenantIds);
    await seedDemoLocalGroupTerms(tx, tenantIds);
    await seedDemoAllocations(tx, tenantIds);
    await seedDemoPlans(tx, tenantIds);
    await seedDemoPlanFollowUp(tx, tenantIds);
    await seedDemoApplications(tx, tenantIds);
    await seedDemoPeriodReports(tx, tenantIds);
    await seedDemoBoard(tx, tenantIds);
    await linkDemoApplicationDecisions(tx, tenantIds);
    await loadSyntheticData(tx, { forbund: 40, years: [2016, 2025] });
    await seedDemoNns(tx, tenantIds);
    return true;
  })) as boolean;
}

async function addMembership(tx: TransactionSql, tenantId: string, userId: string, role: string) {
  await tx`insert into memberships (tenant_id, user_id, role) values (${tenantId}, ${userId}, ${role})`;
  await recordAudit(tx, {
    action: 'membership.create',
    entity: 'membership',
    entityId: userId,
    after: { role },
  });
}
