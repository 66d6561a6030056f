import { eq, like, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import {
  awardDecisions,
  awardProposals,
  campaigns,
  committeeMembers,
  coordinationPrograms,
  exemplars,
  initiativeReplications,
  initiatives,
  orgUnits,
  policeStaffing,
  securityTeamMembers,
  securityTeams,
  steeringCommittees,
} from '../db/schema/index.ts';
import { openTestDatabase, testClock } from '../server/test/harness.ts';
import { seedDemoAward } from './demo-award.ts';
import { seedDemoCampaign } from './demo-campaign.ts';
import { seedDemoCoordinationProgram } from './demo-coordination-program.ts';
import { seedDemoExemplar } from './demo-exemplar.ts';
import { seedDemoInitiative } from './demo-initiative.ts';
import { seedDemoSecurityTeam } from './demo-security-team.ts';
import { seedDemoSteeringCommittee } from './demo-steering-committee.ts';
import { seedDemo } from './seed-demo.ts';

/** The demo's registries, on a PGlite clone of its own (the demo province has fixed codes). */
it('a fresh demo has every registry filled, and seeding again adds nothing', { timeout: 240_000 }, async () => {
  const database = await openTestDatabase('pglite');
  try {
    const { db } = database;
    await seedDemo(db, testClock());
    const count = async (t: PgTable) => Number((await db.select({ n: sql<number>`count(*)::int` }).from(t))[0]!.n);
    for (const t of [
      exemplars,
      initiatives,
      initiativeReplications,
      securityTeams,
      securityTeamMembers,
      policeStaffing,
      campaigns,
      coordinationPrograms,
      steeringCommittees,
      committeeMembers,
      awardDecisions,
      awardProposals,
    ]) {
      expect(await count(t)).toBeGreaterThan(0);
    }
    const [province] = await db.select().from(orgUnits).where(eq(orgUnits.code, '42'));
    const decisions = await db
      .select()
      .from(awardDecisions)
      .where(like(awardDecisions.unitPath, `${province!.path}%`));
    expect(decisions.map((d) => d.decisionNumber).sort()).toEqual(['2150/QĐ-UBND', '3318/QĐ-CAT']);
    expect(await db.select().from(awardProposals).where(eq(awardProposals.status, 'submitted'))).toHaveLength(1);

    expect(await seedDemoExemplar(db)).toEqual({ exemplars: 0 });
    expect(await seedDemoInitiative(db)).toEqual({ initiatives: 0, points: 0 });
    expect(await seedDemoSecurityTeam(db)).toEqual({ teams: 0, members: 0, staffing: 0 });
    expect(await seedDemoCampaign(db)).toMatchObject({ campaigns: 0 });
    expect(await seedDemoCoordinationProgram(db)).toMatchObject({ programs: 0 });
    expect(await seedDemoSteeringCommittee(db)).toEqual({ committees: 0, members: 0 });
    expect(await seedDemoAward(db)).toEqual({ decisions: 0, proposals: 0, recipients: 0 });
  } finally {
    await database.close();
  }
});
