export { type AuditEntry, recordAudit, recordPlatformAudit } from './audit.ts';
export {
  BACKUP_FORMAT,
  type BackupManifest,
  backupDatabase,
  RestoreRefused,
  readManifest,
  restoreDatabase,
  type TableSummary,
} from './backup.ts';
export { type ClientOptions, createSql, type Queryable, type Sql, type TransactionSql } from './client.ts';
export type { SupervisorEvent } from './embedded-supervisor.ts';
export { type MigrateResult, type Migration, migrate, migrationsDir, readMigrations } from './migrate.ts';
export {
  DATABASE_NAME,
  type OpenDatabaseOptions,
  type OpenedDatabase,
  openDatabase,
} from './open-database.ts';
export { type OperatorConnection, openOperatorConnection } from './operator-connection.ts';
export { pipelinedTransaction } from './pipelined-transaction.ts';
export { dbRoles } from './roles.ts';
export { enterScope, type Scope } from './scope.ts';
export { seedDemo } from './seed/demo.ts';
export { demoOtherUsers, demoPassword, demoStaffEmail, demoTenants } from './seed/demo-data.ts';
export { isUniqueViolation } from './sql-state.ts';
export * from './synthetic/index.ts';
export { type TenantScope, type TransactionScope, withTenant, withUser } from './tenant-tx.ts';
