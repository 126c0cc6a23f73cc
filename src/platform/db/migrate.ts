import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import type { DatabaseHandle } from './database.js';
import { initialSchema } from './migrations/0001-initial.js';
import { seedPlatforms } from './migrations/0002-platforms.js';
import { auditUnitIndex } from './migrations/0003-audit-unit-index.js';
import { fastRegisterList } from './migrations/0004-fast-register-list.js';
import { registerVersion } from './migrations/0005-register-version.js';
import { settings } from './migrations/0006-settings.js';
import { actionsSchema } from './migrations/0007-actions.js';
import { auditsSchema } from './migrations/0008-audits.js';
import { peopleAndVaultSchema } from './migrations/0009-people-and-vault.js';
import { followUpSchema } from './migrations/0010-follow-up.js';
import { applicationsAndClosuresSchema } from './migrations/0011-applications-and-closures.js';

/** Every migration in order; names sort in the order they run. */
function migrations(handle: DatabaseHandle): Record<string, Migration> {
  return {
    '0001-initial': initialSchema(handle.dialect),
    '0002-platforms': seedPlatforms(),
    '0003-audit-unit-index': auditUnitIndex(),
    '0004-fast-register-list': fastRegisterList(handle.dialect),
    '0005-register-version': registerVersion(),
    '0006-settings': settings(),
    '0007-actions': actionsSchema(handle.dialect),
    '0008-audits': auditsSchema(handle.dialect),
    '0009-people-and-vault': peopleAndVaultSchema(handle.dialect),
    '0010-follow-up': followUpSchema(handle.dialect),
    '0011-applications-and-closures': applicationsAndClosuresSchema(handle.dialect),
  };
}

/** Applies every pending migration; on PostgreSQL concurrent instances wait on Kysely's lock. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(handle) };
  const migrator = new Migrator({ db: handle.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
