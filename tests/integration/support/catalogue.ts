import { dbRoles, type Sql } from '@samsyn/db';

/** Tables in the public schema that carry a förbund's data (they have a tenant_id column). */
export async function tenantTables(sql: Sql): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select c.relname as name
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`;
  return rows.map((row) => row.name);
}

/**
 * Every way a tenant table can fall short of the tenancy rules in ARCHITECTURE.md, as sentences.
 * Empty means all is well.
 */
export async function findTenancyProblems(sql: Sql): Promise<string[]> {
  const rows = await sql<
    {
      name: string;
      rls: boolean;
      forced: boolean;
      tenantPolicy: boolean;
      pkStartsWithTenant: boolean;
      tenantIdNotNull: boolean;
      looseForeignKeys: string[];
    }[]
  >`
    select c.relname as name,
           c.relrowsecurity as rls,
           c.relforcerowsecurity as forced,
           exists (
             select 1 from pg_policy p
             where p.polrelid = c.oid and p.polcmd = '*' and p.polpermissive
               and pg_get_expr(p.polqual, p.polrelid) ~ 'tenant_id = current_tenant_id\\(\\)'
               and pg_get_expr(p.polwithcheck, p.polrelid) ~ 'tenant_id = current_tenant_id\\(\\)'
           ) as "tenantPolicy",
           coalesce((
             select a.attname = 'tenant_id'
             from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
             where k.conrelid = c.oid and k.contype = 'p'
           ), false) as "pkStartsWithTenant",
           (select a.attnotnull from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id') as "tenantIdNotNull",
           array(
             select k.conname
             from pg_constraint k
             join pg_class target on target.oid = k.confrelid
             where k.conrelid = c.oid and k.contype = 'f'
               and exists (select 1 from pg_attribute ta where ta.attrelid = target.oid and ta.attname = 'tenant_id')
               and not exists (
                 select 1 from pg_attribute a
                 where a.attrelid = c.oid and a.attname = 'tenant_id' and a.attnum = any (k.conkey)
               )
           )::text[] as "looseForeignKeys"
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute t on t.attrelid = c.oid and t.attname = 'tenant_id' and not t.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`;
  const problems: string[] = [];
  for (const table of rows) {
    if (!table.rls) problems.push(`${table.name}: row-level security is not enabled`);
    if (!table.forced) problems.push(`${table.name}: row-level security is not forced`);
    if (!table.tenantPolicy)
      problems.push(`${table.name}: no policy tenant_id = current_tenant_id() for all commands`);
    if (!table.pkStartsWithTenant) problems.push(`${table.name}: primary key does not start with tenant_id`);
    if (!table.tenantIdNotNull) problems.push(`${table.name}: tenant_id is nullable`);
    for (const fk of table.looseForeignKeys)
      problems.push(`${table.name}: foreign key ${fk} leaves out tenant_id`);
  }
  return problems;
}

/** Ways the app role could get around row-level security. */
export async function findAppRoleProblems(sql: Sql, roleName: string = dbRoles.app): Promise<string[]> {
  const problems: string[] = [];
  const [role] = await sql<{ rolsuper: boolean; rolbypassrls: boolean }[]>`
    select rolsuper, rolbypassrls from pg_roles where rolname = ${roleName}`;
  if (!role) return [`role ${roleName} does not exist`];
  if (role.rolsuper) problems.push(`${roleName} is a superuser`);
  if (role.rolbypassrls) problems.push(`${roleName} can bypass row-level security`);
  const owned = await sql<{ relname: string }[]>`
    select c.relname from pg_class c join pg_roles r on r.oid = c.relowner
    where r.rolname = ${roleName}`;
  for (const table of owned) problems.push(`${roleName} owns ${table.relname} (owners can disable RLS)`);
  const memberOf = await sql<{ rolname: string }[]>`
    select r.rolname from pg_auth_members m
    join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member
    where u.rolname = ${roleName}`;
  for (const parent of memberOf) problems.push(`${roleName} is a member of ${parent.rolname}`);
  return problems;
}

/**
 * As the app role with `tenantId` set, counts the rows of any OTHER förbund visible in each
 * tenant table. The result lists the tables that leak.
 */
export async function findVisibleForeignRows(
  appSql: Sql,
  tables: string[],
  tenantId: string | null,
): Promise<{ table: string; rows: number }[]> {
  return (await appSql.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${tenantId ?? ''}, true)`;
    const leaks: { table: string; rows: number }[] = [];
    for (const table of tables) {
      const [row] = await tx.unsafe<{ rows: number }[]>(
        `select count(*)::int as rows from ${table} where tenant_id is distinct from $1::uuid`,
        [tenantId],
      );
      if ((row?.rows ?? 0) > 0) leaks.push({ table, rows: row?.rows ?? 0 });
    }
    return leaks;
  })) as { table: string; rows: number }[];
}
