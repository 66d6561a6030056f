import { desc, eq, inArray, min, sql } from 'drizzle-orm';
import {
  InitiativeBody,
  InitiativeFilters,
  type InitiativeView,
  type WorkingStage,
} from '../../../common/initiative/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { initiativeReplications, initiatives, initiativeTypes } from '../../../db/schema/index.ts';
import { shownStage, stageChange, workingStages } from '../../../domain/initiative/stage.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import { displayDate } from '../../../domain/text.ts';
import { type FieldError, invalid } from '../../errors.ts';
import type { CheckInput, Registry } from '../../registry/define.ts';
import { initiativeDetail } from './detail.ts';
import { CAMERA_TYPE, listTypes, type TypeRow } from './types.ts';

export type InitiativeRow = typeof initiatives.$inferSelect;
type Own = Omit<InitiativeView, 'unit' | 'closedOn' | 'closeReason' | 'version' | 'updatedAt' | 'can'>;

export const stageOptions = [
  { value: 'registered', label: { vi: 'Đăng ký xây dựng', en: 'Registered' } },
  { value: 'pilot', label: { vi: 'Thí điểm', en: 'Pilot' } },
  { value: 'evaluated', label: { vi: 'Đã đánh giá', en: 'Evaluated' } },
  { value: 'replicated', label: { vi: 'Đã nhân rộng', en: 'Replicated' } },
] as const satisfies readonly { value: WorkingStage; label: { vi: string; en: string } }[];

/** The columns; the type's options are the taxonomy as it is now (it is editable data). */
function columns(types: TypeRow[]): SheetColumn[] {
  const typeOptions = types.map((t) => ({ value: t.code, label: { vi: t.nameVi, en: t.nameEn ?? t.nameVi } }));
  return [
    { key: 'name', header: { vi: 'Tên mô hình', en: 'Name' }, type: 'text', required: true, width: 34 },
    {
      key: 'typeCode',
      header: { vi: 'Loại mô hình', en: 'Type' },
      type: 'enum',
      options: typeOptions,
      required: true,
      width: 24,
    },
    { key: 'startedOn', header: { vi: 'Ngày ra mắt', en: 'Started on' }, type: 'date', required: true, width: 12 },
    { key: 'stage', header: { vi: 'Giai đoạn', en: 'Stage' }, type: 'enum', options: stageOptions, required: true },
    {
      key: 'leadOrganization',
      header: { vi: 'Cơ quan chủ trì', en: 'Lead organisation' },
      type: 'text',
      width: 24,
      example: 'Công an phường',
    },
    { key: 'description', header: { vi: 'Mô tả', en: 'Description' }, type: 'text', width: 40 },
    { key: 'results', header: { vi: 'Kết quả', en: 'Results' }, type: 'text', width: 40 },
    { key: 'cameraCount', header: { vi: 'Số camera', en: 'Cameras' }, type: 'int', width: 10 },
    { key: 'cameraLocations', header: { vi: 'Vị trí camera', en: 'Camera locations' }, type: 'text', width: 30 },
    { key: 'points', header: { vi: 'Số điểm nhân rộng', en: 'Points' }, type: 'int', width: 10, readOnly: true },
    { key: 'teams', header: { vi: 'Số tổ thực hiện', en: 'Teams' }, type: 'int', width: 10, readOnly: true },
  ];
}

/** Rules beyond the schema: the type, the dates, the camera fields, forward stages only. All problems at once. */
async function check({ tx, today, existing, unit }: CheckInput<InitiativeRow>, body: InitiativeBody) {
  const fields: (FieldError & { key: string })[] = [];
  const add = (path: string, key: string) => fields.push({ path: `body.${path}`, message: `msg:${key}`, key });
  const [type] = await tx.select().from(initiativeTypes).where(eq(initiativeTypes.code, body.typeCode));
  if (!type) add('typeCode', 'initiative.typeUnknown');
  // a retired type stays on the records that have it, but no record takes it anew
  else if (!type.active && existing?.typeCode !== body.typeCode) add('typeCode', 'initiative.typeRetired');
  if (body.startedOn > today) add('startedOn', 'initiative.startInFuture');
  if (body.typeCode === CAMERA_TYPE) {
    if (!body.cameraCount) add('cameraCount', 'initiative.cameraCountRequired');
    if (!body.cameraLocations) add('cameraLocations', 'initiative.cameraLocationsRequired');
  }
  if (existing) {
    const move = stageChange(existing.stage as WorkingStage, body.stage);
    if (!move.ok) add('stage', `initiative.stage.${move.why}`);
    const [first] = await tx
      .select({
        on: min(initiativeReplications.replicatedOn),
        here: sql<number>`count(*) filter (where ${initiativeReplications.unitId} = ${unit.id})::int`,
      })
      .from(initiativeReplications)
      .where(eq(initiativeReplications.initiativeId, existing.id));
    if (first?.on && body.startedOn > first.on) add('startedOn', 'initiative.startAfterPoint');
    if (Number(first?.here ?? 0) > 0) add('unitId', 'initiative.unitIsPoint');
  }
  if (fields.length > 0) {
    const params = { date: displayDate(body.startedOn), unit: unit.name };
    throw invalid(
      fields[0]!.key,
      params,
      fields.map(({ path, message }) => ({ path, message })),
    );
  }
}

/** Type names and the points and teams of many initiatives, in two queries. */
async function present(db: Executor, rows: InitiativeRow[]): Promise<Own[]> {
  if (rows.length === 0) return [];
  const codes = [...new Set(rows.map((r) => r.typeCode))];
  const ids = rows.map((r) => r.id);
  const [types, counts] = await Promise.all([
    db.select().from(initiativeTypes).where(inArray(initiativeTypes.code, codes)),
    db
      .select({
        id: initiativeReplications.initiativeId,
        points: sql<number>`count(*)::int`,
        teams: sql<number>`coalesce(sum(${initiativeReplications.teams}), 0)::int`,
      })
      .from(initiativeReplications)
      .where(inArray(initiativeReplications.initiativeId, ids))
      .groupBy(initiativeReplications.initiativeId),
  ]);
  const typeOf = new Map(types.map((t) => [t.code, t]));
  const countOf = new Map(counts.map((c) => [c.id, c]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    typeCode: r.typeCode,
    typeName: typeOf.get(r.typeCode)?.nameVi ?? r.typeCode,
    isCamera: r.typeCode === CAMERA_TYPE,
    startedOn: r.startedOn,
    stage: r.stage as WorkingStage,
    shownStage: shownStage(r.stage as WorkingStage, r.closedOn),
    leadOrganization: r.leadOrganization,
    description: r.description,
    results: r.results,
    cameraCount: r.cameraCount,
    cameraLocations: r.cameraLocations,
    points: Number(countOf.get(r.id)?.points ?? 0),
    teams: Number(countOf.get(r.id)?.teams ?? 0),
  }));
}

/** Initiatives (mô hình): the model at the unit that built it; its points, recognitions and files hang off it. */
export const initiativeRegistry: Registry<InitiativeRow, typeof InitiativeBody.shape, Own> = {
  name: 'initiative',
  title: { vi: 'Mô hình phong trào', en: 'Initiatives' },
  table: initiatives,
  perms: { read: 'registry.read', manage: 'initiative.manage' },
  body: InitiativeBody,
  columns: columns([]),
  sheetColumns: async (db) => columns(await listTypes(db)),
  search: [initiatives.name, initiatives.leadOrganization, initiatives.description],
  period: { column: initiatives.startedOn, kind: 'date' },
  orderBy: [desc(initiatives.startedOn), initiatives.name],
  filters: {
    query: InitiativeFilters,
    where: (q) => [
      q.typeCode ? eq(initiatives.typeCode, String(q.typeCode)) : undefined,
      q.stage && (workingStages as readonly string[]).includes(String(q.stage))
        ? eq(initiatives.stage, String(q.stage))
        : undefined,
    ],
  },
  breakdown: initiatives.stage,
  sums: { cameras: initiatives.cameraCount },
  check,
  values: (b) => ({ ...b }),
  present,
  detail: (db, row) => initiativeDetail(db, row.id),
};
