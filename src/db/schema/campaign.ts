import { date, integer, numeric, pgTable, text } from 'drizzle-orm/pg-core';
import { registryColumns, registryIndexes } from './registry-columns.ts';

/**
 * A campaign of the movement (issue #5): a launch (đợt phát động), a festival
 * day (Ngày hội 19/8), a listening conference, a weapons-collection drive or
 * another topic. The ten-year report counts these and sums their participants
 * and weapons handed in, so the figures are plain integer / numeric columns.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    ...registryColumns(),
    /** launch | festivalDay | listeningConference | weaponsCollection | other */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    /** last day of a campaign that runs over days or months (a collection drive) */
    endOn: date('end_on'),
    organiser: text('organiser'),
    participants: integer('participants').notNull().default(0),
    /** weapons-collection outcomes; allowed on any kind (a festival day may collect too) */
    weaponsCollected: integer('weapons_collected').notNull().default(0),
    explosivesKg: numeric('explosives_kg', { precision: 12, scale: 3, mode: 'number' }).notNull().default(0),
    supportToolsCollected: integer('support_tools_collected').notNull().default(0),
    outcomes: text('outcomes'),
  },
  (t) => [...registryIndexes('campaigns', t)],
);
