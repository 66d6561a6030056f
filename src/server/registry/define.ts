import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTableWithColumns } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Permission } from '../../common/permissions.ts';
import type { Executor, Tx } from '../../db/client.ts';
import type { Label, SheetColumn } from '../../domain/registry/cells.ts';
import type { Ctx } from '../context.ts';
import type { UnitRow } from '../features/org-unit/queries.ts';

/** The shared columns of db/schema/registry-columns.ts, as every registry row has them. */
export type BaseRow = {
  id: number;
  unitId: number;
  unitPath: string;
  closedOn: string | null;
  closeReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

// biome-ignore lint/suspicious/noExplicitAny: any registry table; each registry types its own rows through `Row`
export type RegistryTable = PgTableWithColumns<any>;

/** What a registry's rules see when a record is written (created, updated or imported). */
export type CheckInput<Row> = {
  tx: Tx;
  ctx: Ctx;
  unit: UnitRow;
  /** today in Vietnam (ISO) */
  today: string;
  /** the record as it is, on update */
  existing?: Row;
};

/**
 * One registry of issue #5 (initiatives, exemplars, security teams, …). The
 * kernel in this folder gives every registry the same list, detail, create,
 * edit, close/reopen, audit, subtree permissions, XLSX export/template/import
 * and counts; a registry only says what is its own.
 */
export type Registry<Row extends BaseRow, Shape extends z.ZodRawShape, Own, Detail = object> = {
  /** glossary name: audit target type, route tag */
  name: string;
  /** sheet title of the export and the template */
  title: Label;
  table: RegistryTable;
  perms: { read: Permission; manage: Permission };
  /** the record's own fields (without unitId / version), as forms and imports send them */
  body: z.ZodObject<Shape>;
  /** import and export columns, by body key; read-only ones are export-only */
  columns: SheetColumn[];
  /** columns read from the database at each export, template and import (options from an editable list) */
  sheetColumns?(db: Executor): Promise<SheetColumn[]>;
  /** columns searched (diacritics ignored) by `q` */
  search: PgColumn[];
  /** the record's date for period filters and counts ('year' = an integer year column) */
  period: { column: PgColumn; kind: 'date' | 'year' };
  orderBy: (SQL | PgColumn)[];
  /** extra list filters: their query schema and the predicates they give */
  filters?: { query: z.ZodRawShape; where: (q: Record<string, unknown>) => (SQL | undefined)[] };
  /** counts per value of this column (kind, stage, form …) */
  breakdown?: PgColumn;
  /**
   * sums of these numeric columns in the counts (participants, cameras …); a
   * function gets the period's last day, for figures that hold at a date (members in office)
   */
  sums?: Record<string, PgColumn | SQL> | ((at: string) => Record<string, PgColumn | SQL>);
  /** rules beyond the schema (unit level, dates against today, cross-field); throw `invalid` with body paths */
  check?(input: CheckInput<Row>, body: z.infer<z.ZodObject<Shape>>): void | Promise<void>;
  /** rules for reopening a closed record (e.g. only one open record per unit); throw `invalid` */
  reopenCheck?(input: CheckInput<Row>, row: Row): void | Promise<void>;
  /** column values written for a body */
  values(body: z.infer<z.ZodObject<Shape>>): Record<string, unknown>;
  /** the record's own view fields, for many rows at once (one query per relation, not per row) */
  present(db: Executor, rows: Row[]): Promise<Own[]>;
  /** more for the detail view and write answers (sub-records, chains) */
  detail?(db: Executor, row: Row, ctx: Ctx): Promise<Detail>;
  /** the export row by column key; defaults to the view's fields */
  sheetRow?(view: Own & { id: number }): Record<string, unknown>;
};

// biome-ignore lint/suspicious/noExplicitAny: the kernel handles every registry alike
export type AnyRegistry = Registry<any, any, any, any>;
