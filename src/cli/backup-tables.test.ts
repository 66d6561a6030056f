import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../db/client.ts';
import { describeOnEachDb } from '../server/test/harness.ts';
import { backupTables, transientTables } from './backup.ts';

describeOnEachDb('backup covers the schema', (env) => {
  it('lists every table of the schema, so a restore never empties one it cannot refill', async () => {
    const rows = await queryRows<{ t: string }>(
      env().database.db,
      sql`select table_name as t from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const inSchema = rows.map((r) => r.t).filter((t) => !(transientTables as readonly string[]).includes(t));
    expect([...backupTables].sort()).toEqual(inSchema.sort());
  });
});
