import { z } from 'zod';
import { IsoDate, PageQuery, pageOf } from '../page.ts';

export const AuditQuery = PageQuery.extend({
  userId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional().describe('the unit and its subtree'),
  action: z.string().max(100).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = pageOf(AuditEntry);
