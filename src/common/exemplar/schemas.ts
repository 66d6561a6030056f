import { z } from 'zod';
import { optionalText, RegistryRecordBase, requiredText } from '../registry/schemas.ts';

export const RecipientKind = z.enum(['individual', 'collective']);
export type RecipientKind = z.infer<typeof RecipientKind>;

/** An exemplar as forms and imports send it. */
export const ExemplarBody = z.object({
  recipientKind: RecipientKind,
  name: requiredText(200, 'msg:exemplar.nameRequired'),
  position: optionalText(200),
  year: z.number().int().min(2000).max(2100),
  field: optionalText(200),
  achievements: requiredText(4000, 'msg:exemplar.achievementsRequired'),
  recognizedBy: optionalText(200),
  decisionNumber: optionalText(100),
});
export type ExemplarBody = z.infer<typeof ExemplarBody>;

export const ExemplarView = RegistryRecordBase.extend({
  recipientKind: RecipientKind,
  name: z.string(),
  position: z.string().nullable(),
  year: z.number().int(),
  field: z.string().nullable(),
  achievements: z.string(),
  recognizedBy: z.string().nullable(),
  decisionNumber: z.string().nullable(),
});
export type ExemplarView = z.infer<typeof ExemplarView>;

export const ExemplarFilters = {
  recipientKind: RecipientKind.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
};
