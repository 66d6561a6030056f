import { z } from 'zod';
import { IsoDate, PageQuery, pageOf } from '../page.ts';

export const unitLevels = ['national', 'province', 'district', 'commune', 'residentialArea'] as const;
export const UnitLevel = z.enum(unitLevels);
export type UnitLevel = z.infer<typeof UnitLevel>;

export const unitKinds = ['administrative', 'agency', 'enterprise', 'school'] as const;
export const UnitKind = z.enum(unitKinds);
export type UnitKind = z.infer<typeof UnitKind>;
export const institutionKinds = ['agency', 'enterprise', 'school'] as const;

export const UnitStatus = z.enum(['active', 'closed']);

export const UnitRef = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  level: UnitLevel.nullable(),
  kind: UnitKind,
});
export type UnitRef = z.infer<typeof UnitRef>;

export const UnitSummary = UnitRef.extend({
  typeLabel: z.string().nullable(),
  status: UnitStatus,
  parentId: z.number().int().nullable(),
  depth: z.number().int(),
  childCount: z.number().int().describe('active children, administrative and institutions'),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  /** names of the ancestors from the top, to tell apart units with one name */
  pathNames: z.array(z.string()),
});
export type UnitSummary = z.infer<typeof UnitSummary>;

export const UnitCan = z.object({
  manage: z.boolean(),
  importUnits: z.boolean(),
});

export const UnitDetail = UnitSummary.extend({
  version: z.number().int(),
  ancestors: z.array(UnitRef),
  can: UnitCan,
});
export type UnitDetail = z.infer<typeof UnitDetail>;

export const UnitPage = pageOf(UnitSummary);
export type UnitPage = z.infer<typeof UnitPage>;

export const ListUnitsQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().describe('search; ignores case and diacritics'),
  parentId: z.coerce.number().int().positive().optional(),
  /** administrative children, institutions, or both */
  group: z.enum(['administrative', 'institution', 'all']).default('all'),
  level: UnitLevel.optional(),
  status: z.enum(['active', 'closed', 'all']).default('active'),
});
export type ListUnitsQuery = z.infer<typeof ListUnitsQuery>;

/** Official codes are digits (province 2, district 3, commune 5); residential areas and institutions may use local codes. */
const Code = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z._-]{1,20}$/, { message: 'msg:unit.codeFormat' })
  .optional();
const Name = z.string().trim().min(1).max(200);

export const CreateUnitBody = z.object({
  parentId: z.number().int().positive(),
  kind: UnitKind.default('administrative'),
  level: UnitLevel.optional().describe('required for administrative units'),
  code: Code,
  name: Name,
  typeLabel: z.string().trim().max(60).optional(),
  validFrom: IsoDate.optional(),
});
export type CreateUnitBody = z.infer<typeof CreateUnitBody>;

const Versioned = z.object({
  version: z.number().int().positive().describe('the version read; a newer one gives 409'),
  effectiveDate: IsoDate,
  note: z.string().trim().max(1000).optional(),
});

export const RenameUnitBody = Versioned.extend({ name: Name, typeLabel: z.string().trim().max(60).optional() });
export const MoveUnitBody = Versioned.extend({ newParentId: z.number().int().positive() });
export const CloseUnitBody = Versioned.extend({ note: z.string().trim().min(1).max(1000) });

export const MergeUnitsBody = z.object({
  sourceIds: z.array(z.number().int().positive()).min(1).max(100),
  /** an existing unit that continues (keeps its code), or a new unit to create */
  target: z.union([
    z.object({ id: z.number().int().positive() }),
    z.object({
      parentId: z.number().int().positive(),
      code: Code,
      name: Name,
      typeLabel: z.string().trim().max(60).optional(),
    }),
  ]),
  effectiveDate: IsoDate,
  note: z.string().trim().max(1000).optional(),
});
export type MergeUnitsBody = z.infer<typeof MergeUnitsBody>;

export const SplitUnitBody = z.object({
  version: z.number().int().positive(),
  effectiveDate: IsoDate,
  /** true: the unit keeps existing (keeps its code) and gives parts away */
  keepSource: z.boolean().default(false),
  parts: z
    .array(
      z.object({
        code: Code,
        name: Name,
        typeLabel: z.string().trim().max(60).optional(),
        share: z.number().gt(0).max(1).describe('share of the source history, 0..1'),
        /** active sub-units of the source that go to this part */
        childIds: z.array(z.number().int().positive()).max(5000).default([]),
      }),
    )
    .min(1)
    .max(20),
  note: z.string().trim().max(1000).optional(),
});
export type SplitUnitBody = z.infer<typeof SplitUnitBody>;

export const LineageEntry = z.object({
  eventId: z.string(),
  kind: z.enum(['merge', 'split', 'rename', 'close', 'move']),
  effectiveDate: IsoDate,
  predecessor: UnitRef,
  successor: UnitRef.nullable(),
  share: z.number().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  note: z.string().nullable(),
});
export type LineageEntry = z.infer<typeof LineageEntry>;

export const ImportRowError = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportResult = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;
