import { z } from 'zod';

/** Server-side pagination shared by every list. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('1-based page number'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** A calendar date as the API carries it (ISO yyyy-MM-dd); shown dd/MM/yyyy. */
export const IsoDate = z.iso.date();

export const IdParams = z.object({ id: z.coerce.number().int().positive() });
