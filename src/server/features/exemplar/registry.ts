import { desc, eq } from 'drizzle-orm';
import { ExemplarBody, ExemplarFilters } from '../../../common/exemplar/schemas.ts';
import { exemplars } from '../../../db/schema/index.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import { invalid } from '../../errors.ts';
import type { Registry } from '../../registry/define.ts';

type Row = typeof exemplars.$inferSelect;

const kindOptions = [
  { value: 'individual', label: { vi: 'Cá nhân', en: 'Individual' } },
  { value: 'collective', label: { vi: 'Tập thể', en: 'Collective' } },
] as const;

const columns: SheetColumn[] = [
  {
    key: 'recipientKind',
    header: { vi: 'Cá nhân/Tập thể', en: 'Individual/Collective' },
    type: 'enum',
    options: kindOptions,
    required: true,
    width: 14,
  },
  {
    key: 'name',
    header: { vi: 'Tên điển hình', en: 'Name' },
    type: 'text',
    required: true,
    width: 30,
    example: 'Ông Nguyễn Văn An',
  },
  {
    key: 'position',
    header: { vi: 'Chức vụ/Loại tập thể', en: 'Position / kind of collective' },
    type: 'text',
    width: 22,
    example: 'Tổ trưởng tổ tự quản',
  },
  { key: 'year', header: { vi: 'Năm', en: 'Year' }, type: 'int', required: true, width: 8, example: '2026' },
  { key: 'field', header: { vi: 'Lĩnh vực', en: 'Field' }, type: 'text', width: 20, example: 'Phòng, chống ma túy' },
  { key: 'achievements', header: { vi: 'Thành tích', en: 'Achievements' }, type: 'text', required: true, width: 50 },
  { key: 'recognizedBy', header: { vi: 'Cấp công nhận', en: 'Recognised by' }, type: 'text', width: 22 },
  { key: 'decisionNumber', header: { vi: 'Số quyết định', en: 'Decision number' }, type: 'text', width: 16 },
];

/** Exemplars (điển hình tiên tiến): people and collectives recognised for a year. */
export const exemplarRegistry: Registry<
  Row,
  typeof ExemplarBody.shape,
  Omit<Row, 'unitId' | 'unitPath' | 'createdAt' | 'updatedAt' | 'version' | 'closedOn' | 'closeReason'>
> = {
  name: 'exemplar',
  title: { vi: 'Điển hình tiên tiến', en: 'Exemplars' },
  table: exemplars,
  perms: { read: 'registry.read', manage: 'exemplar.manage' },
  body: ExemplarBody,
  columns,
  search: [exemplars.name, exemplars.achievements, exemplars.field],
  period: { column: exemplars.year, kind: 'year' },
  orderBy: [desc(exemplars.year), exemplars.name],
  filters: {
    query: ExemplarFilters,
    where: (q) => [
      q.recipientKind ? eq(exemplars.recipientKind, String(q.recipientKind)) : undefined,
      q.year ? eq(exemplars.year, Number(q.year)) : undefined,
    ],
  },
  breakdown: exemplars.recipientKind,
  check: ({ today }, body) => {
    if (body.year > Number(today.slice(0, 4))) {
      throw invalid('exemplar.yearInFuture', { year: body.year }, [
        { path: 'body.year', message: 'msg:exemplar.yearInFuture' },
      ]);
    }
  },
  values: (b) => ({ ...b }),
  present: async (_db, rows) =>
    rows.map((r) => ({
      id: r.id,
      recipientKind: r.recipientKind as 'individual' | 'collective',
      name: r.name,
      position: r.position,
      year: r.year,
      field: r.field,
      achievements: r.achievements,
      recognizedBy: r.recognizedBy,
      decisionNumber: r.decisionNumber,
    })),
};
