import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Dialect } from '../database.js';

// Each filter of the register list paired with status, so that the count per status under a
// filter is read from the index alone.
const COUNT_INDEXES: [string, string[]][] = [
  ['accounts_platform_status', ['platform', 'status']],
  ['accounts_type_status', ['type', 'status']],
  ['accounts_unit_status', ['unit_id', 'status']],
];

/**
 * Makes the register list fast at 100,000 accounts: counts per status from indexes, and free
 * text (any part of a name, handle or URL) from a trigram index — FTS5 in SQLite, pg_trgm in
 * PostgreSQL.
 */
export function fastRegisterList(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const [name, columns] of COUNT_INDEXES) {
        await db.schema.createIndex(name).on('accounts').columns(columns).execute();
      }
      if (dialect === 'postgres') {
        await sql`create extension if not exists pg_trgm`.execute(db);
        await sql`create index accounts_search_trgm on accounts using gin (search_text gin_trgm_ops)`.execute(
          db,
        );
        return;
      }
      await sql`create virtual table accounts_search using fts5(search_text, content='accounts', content_rowid='id', tokenize='trigram')`.execute(
        db,
      );
      await sql`create trigger accounts_search_insert after insert on accounts begin
        insert into accounts_search(rowid, search_text) values (new.id, new.search_text);
      end`.execute(db);
      await sql`create trigger accounts_search_delete after delete on accounts begin
        insert into accounts_search(accounts_search, rowid, search_text) values ('delete', old.id, old.search_text);
      end`.execute(db);
      await sql`create trigger accounts_search_update after update of search_text on accounts begin
        insert into accounts_search(accounts_search, rowid, search_text) values ('delete', old.id, old.search_text);
        insert into accounts_search(rowid, search_text) values (new.id, new.search_text);
      end`.execute(db);
      await sql`insert into accounts_search(accounts_search) values ('rebuild')`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const [name] of COUNT_INDEXES) await db.schema.dropIndex(name).execute();
      if (dialect === 'postgres') {
        await sql`drop index accounts_search_trgm`.execute(db);
        return;
      }
      for (const trigger of ['insert', 'delete', 'update'])
        await sql.raw(`drop trigger accounts_search_${trigger}`).execute(db);
      await sql`drop table accounts_search`.execute(db);
    },
  };
}
