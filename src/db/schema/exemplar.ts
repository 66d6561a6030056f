import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { registryColumns, registryIndexes } from './registry-columns.ts';

/**
 * An exemplar (điển hình tiên tiến) of the movement: a person or a collective
 * recognised for a year's achievements (Guidance 22/HD-BCA-V05).
 */
export const exemplars = pgTable(
  'exemplars',
  {
    ...registryColumns(),
    /** individual | collective */
    recipientKind: text('recipient_kind').notNull(),
    name: text('name').notNull(),
    /** position of a person, or the kind of collective ("Tổ tự quản", "Chi hội phụ nữ") */
    position: text('position'),
    year: integer('year').notNull(),
    field: text('field'),
    achievements: text('achievements').notNull(),
    /** who recognised it and the decision, when there is one */
    recognizedBy: text('recognized_by'),
    decisionNumber: text('decision_number'),
  },
  (t) => [...registryIndexes('exemplars', t)],
);
