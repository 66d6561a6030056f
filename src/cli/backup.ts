import { createReadStream, createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.ts';

/**
 * Tables in the order they are restored (parents first). Sessions are left
 * out on purpose: a restored system starts with everyone logged out. A test
 * fails when a table of the schema is missing here, since the restore's
 * truncate would otherwise empty it without putting anything back.
 */
export const backupTables = [
  'org_units',
  'unit_lineage',
  'users',
  'role_grants',
  'audit_log',
  'criteria_sets',
  'evaluation_cycles',
  'evaluation_cycle_targets',
  'evaluations',
  'evaluation_entries',
  'evaluation_changes',
  'evaluation_events',
  'evaluation_evidence',
  'safety_recognitions',
  // before remediation_plans, which names the responsible committee member
  'steering_committees',
  'committee_members',
  'committee_assignments',
  'remediation_plans',
  'remediation_actions',
  'citizen_reports',
  'citizen_report_messages',
  'citizen_report_files',
  'citizen_report_events',
  'spent_challenges',
  'mediation_teams',
  'mediators',
  'mediation_cases',
  // the registries of issue #5
  'exemplars',
  'initiative_types',
  'initiatives',
  'initiative_replications',
  'initiative_recognitions',
  'initiative_documents',
  'security_teams',
  'security_team_members',
  'security_team_evaluations',
  'police_staffing',
  'campaigns',
  'coordination_programs',
  'program_activities',
  'program_reviews',
  'award_forms',
  'award_decisions',
  'award_proposals',
  'award_recipients',
  // statistics (issue #6); reports before their values, which the rollup triggers read together
  'indicators',
  'indicator_reports',
  'indicator_values',
  'unit_boundaries',
] as const;
/**
 * Tables whose rows are never worth restoring: sessions, and the statistics
 * rollups, which the triggers rebuild from the records as they are restored.
 */
export const transientTables = ['sessions', 'stat_rollups'] as const;
const FORMAT = 'toandan-backup';
const BATCH = 2000;

export type Progress = (table: string, done: number, total: number) => void;

/**
 * Writes a logical backup: gzip'd JSON lines, one header then each table's rows
 * as Postgres renders them with row_to_json, so the file restores on PGlite
 * and on PostgreSQL alike.
 */
export async function backupTo(db: Db, file: string, progress?: Progress) {
  const counts: Record<string, number> = {};
  for (const t of backupTables) {
    const [r] = await queryRows<{ n: string }>(db, sql`select count(*)::text as n from ${sql.identifier(t)}`);
    counts[t] = Number(r!.n);
  }
  async function* lines() {
    yield `${JSON.stringify({ format: FORMAT, version: 1, createdAt: new Date().toISOString(), tables: counts })}\n`;
    for (const t of backupTables) {
      yield `${JSON.stringify({ table: t, rows: counts[t] })}\n`;
      for (let offset = 0; offset < counts[t]!; offset += BATCH) {
        const rows = await queryRows<{ j: string }>(
          db,
          sql`select row_to_json(x)::text as j from (select * from ${sql.identifier(t)} order by 1 limit ${BATCH} offset ${offset}) x`,
        );
        yield `${rows.map((r) => r.j).join('\n')}\n`;
        progress?.(t, Math.min(offset + BATCH, counts[t]!), counts[t]!);
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
  return counts;
}

/** Replaces every table's content with the backup's, in one transaction. */
export async function restoreFrom(db: Db, file: string, progress?: Progress) {
  await access(file);
  const gunzip = createGunzip();
  // pipeline() forwards read and gunzip errors to the readline loop, so a bad
  // file rolls the transaction back instead of crashing the process.
  pipeline(createReadStream(file), gunzip).catch((err) => gunzip.destroy(err));
  const input = createInterface({
    input: gunzip,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const it = input[Symbol.asyncIterator]();
  const first = await it.next().catch(() => ({ done: true, value: '' }));
  let header: { format?: string; tables?: Record<string, number> };
  try {
    header = JSON.parse(String(first.value ?? ''));
  } catch {
    header = {};
  }
  if (header.format !== FORMAT) throw new Error(`Tệp ${file} không phải bản sao lưu của Toàn Dân.`);
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`truncate ${[...backupTables, ...transientTables].join(', ')} restart identity cascade`));
    let table = '';
    let total = 0;
    let batch: string[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const json = `[${batch.join(',')}]`;
      await tx.execute(
        sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${json}::json)`,
      );
      batch = [];
    };
    let done = 0;
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const line = next.value;
      if (!line) continue;
      if (line.startsWith('{"table":')) {
        await flush();
        const h = JSON.parse(line) as { table: string; rows: number };
        if (!(backupTables as readonly string[]).includes(h.table))
          throw new Error(`Bảng không xác định trong bản sao lưu: ${h.table}`);
        table = h.table;
        total = h.rows;
        done = 0;
        continue;
      }
      batch.push(line);
      done++;
      if (batch.length >= BATCH) {
        await flush();
        progress?.(table, done, total);
      }
    }
    await flush();
    // identity columns continue after the restored ids (tables keyed otherwise have none)
    const withId = await queryRows<{ t: string }>(
      tx,
      sql`select table_name as t from information_schema.columns
          where table_schema = 'public' and column_name = 'id' and is_identity = 'YES'`,
    );
    for (const { t } of withId.filter((r) => (backupTables as readonly string[]).includes(r.t))) {
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${t}, 'id'), coalesce((select max(id) from ${sql.identifier(t)}), 0) + 1, false)`,
      );
    }
  });
  return header.tables ?? {};
}
