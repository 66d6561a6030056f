import { count } from 'drizzle-orm';
import type { Role } from '../common/permissions.ts';
import type { Db } from '../db/client.ts';
import { roleGrants, users } from '../db/schema/index.ts';
import { recordAudit } from '../server/audit.ts';
import type { Actor, Clock, Ctx } from '../server/context.ts';
import { hashPassword } from '../server/features/auth/passwords.ts';
import { ensureRoot, type UnitRow } from '../server/features/org-unit/queries.ts';
import { closeUnit } from '../server/features/org-unit/service/change.ts';
import { mergeUnits } from '../server/features/org-unit/service/restructure.ts';
import { insertUnit, type NewUnit } from '../server/features/org-unit/service/write-helpers.ts';
import { syncReferenceData } from '../server/reference-data.ts';
import { seedDemoAward } from './demo-award.ts';
import { seedDemoCampaign } from './demo-campaign.ts';
import { seedDemoCoordinationProgram } from './demo-coordination-program.ts';
import {
  DEMO_PASSWORD,
  demoAreas,
  demoCommunes,
  demoHistory,
  demoInstitutions,
  demoNeighbour,
  demoProvince,
  demoUsers,
} from './demo-data.ts';
import { seedDemoEvaluations } from './demo-evaluations.ts';
import { seedDemoExemplar } from './demo-exemplar.ts';
import { seedDemoInitiative } from './demo-initiative.ts';
import { seedDemoMediation } from './demo-mediation.ts';
import { seedDemoReports } from './demo-reports.ts';
import { seedDemoSecurityTeam } from './demo-security-team.ts';
import { seedDemoStatisticsEntry } from './demo-statistics-entry.ts';
import { seedDemoSteeringCommittee } from './demo-steering-committee.ts';

/** An actor with the admin role on the root, for work done by the system itself. */
export function systemActor(root: UnitRow): Actor {
  return {
    id: 0,
    username: 'system',
    displayName: 'Hệ thống',
    locale: 'vi',
    grants: [{ id: 0, role: 'admin', unitId: root.id, unitPath: root.path }],
    sessionId: '',
    csrfToken: '',
  };
}

export async function hasUsers(db: Db) {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row?.n ?? 0) > 0;
}

/**
 * Loads the demo province and one user per role, once: a database that has
 * any user is left alone, so a restart never duplicates or overwrites data.
 * With the instance's identity key, the demo also gets an inbox of citizens'
 * reports (their identities encrypted with that key).
 */
export async function seedDemo(db: Db, clock: Clock, identityKey?: Buffer): Promise<{ seeded: boolean }> {
  if (await hasUsers(db)) return { seeded: false };
  // the demo's evaluation years need the Ministry's sets (idempotent; the server also syncs at start)
  await syncReferenceData(db);
  const root = await ensureRoot(db);
  const ctx: Ctx = { db, actor: systemActor(root), clock, lang: 'vi' };
  const byName = new Map<string, UnitRow>();
  await db.transaction(async (tx) => {
    const add = (parent: UnitRow, u: Omit<NewUnit, 'parent'>) => insertUnit(tx, ctx, { ...u, parent });
    const province = await add(root, { kind: 'administrative', level: 'province', ...demoProvince, validFrom: null });
    byName.set('province', province);
    for (const [i, c] of demoCommunes.entries()) {
      const commune = await add(province, {
        kind: 'administrative',
        level: 'commune',
        ...c,
        validFrom: demoHistory.reformDate,
      });
      byName.set(c.name, commune);
      for (const a of demoAreas(c, i)) {
        const area = await add(commune, {
          kind: 'administrative',
          level: 'residentialArea',
          code: null,
          ...a,
          validFrom: demoHistory.reformDate,
        });
        byName.set(`${c.name}/${a.name}`, area);
      }
      for (const inst of demoInstitutions(c, i))
        await add(commune, { kind: inst.kind, level: null, code: null, name: inst.name, validFrom: null });
    }
    const district = await add(province, {
      kind: 'administrative',
      level: 'district',
      ...demoHistory.district,
      validFrom: '2008-01-01',
    });
    byName.set(demoHistory.district.name, district);
    for (const m of demoHistory.merged) {
      const old = await add(district, { kind: 'administrative', level: 'commune', ...m, validFrom: '2008-01-01' });
      byName.set(m.name, old);
      await add(old, {
        kind: 'administrative',
        level: 'residentialArea',
        code: null,
        name: `Thôn ${m.name.replace('Xã ', '')}`,
        typeLabel: 'Thôn',
        validFrom: '2008-01-01',
      });
    }
    const neighbour = await add(root, {
      kind: 'administrative',
      level: 'province',
      ...demoNeighbour.province,
      validFrom: null,
    });
    for (const c of demoNeighbour.communes) {
      const commune = await add(neighbour, {
        kind: 'administrative',
        level: 'commune',
        ...c,
        validFrom: demoHistory.reformDate,
      });
      await add(commune, {
        kind: 'administrative',
        level: 'residentialArea',
        code: null,
        name: 'Khối 1',
        typeLabel: 'Khối',
        validFrom: demoHistory.reformDate,
      });
    }
  });
  // The reform, through the same use case a user would run, so the lineage is real.
  await mergeUnits(ctx, {
    sourceIds: demoHistory.merged.map((m) => byName.get(m.name)!.id),
    target: { id: byName.get('Xã Thạch Hà')!.id },
    effectiveDate: demoHistory.reformDate,
    note: 'Sắp xếp đơn vị hành chính cấp xã theo Nghị quyết của UBTVQH (dữ liệu minh họa)',
  });
  // Districts ceased to exist on 1/7/2025; the old one stays, closed, for history.
  const district = byName.get(demoHistory.district.name)!;
  await closeUnit(ctx, district.id, {
    version: district.version,
    effectiveDate: demoHistory.reformDate,
    note: 'Không tổ chức cấp huyện từ 01/07/2025',
  });
  await seedUsers(db, root, byName);
  // 2025 decided and 2026 in progress, so the dashboard and the review list have something to show
  await seedDemoEvaluations(db, clock);
  await seedDemoMediation(db);
  // the registries (issue #5); the committees link the plans of the evaluations above
  await seedDemoExemplar(db);
  await seedDemoInitiative(db);
  await seedDemoSecurityTeam(db);
  await seedDemoCampaign(db);
  await seedDemoCoordinationProgram(db);
  await seedDemoSteeringCommittee(db);
  await seedDemoAward(db);
  await seedDemoStatisticsEntry(db);
  if (identityKey) await seedDemoReports(db, clock, identityKey);
  return { seeded: true };
}

async function seedUsers(db: Db, root: UnitRow, byName: Map<string, UnitRow>) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const u of demoUsers) {
      const unit = u.unit === 'root' ? root : byName.get(u.unit)!;
      const [user] = await tx
        .insert(users)
        .values({ username: u.username, displayName: u.displayName, passwordHash })
        .returning();
      await tx.insert(roleGrants).values({ userId: user!.id, role: u.role as Role, unitId: unit.id });
    }
    await recordAudit(tx, {
      action: 'system.seeded',
      actor: systemActor(root),
      unit: root,
      targetType: 'demo',
      after: { users: demoUsers.length },
    });
  });
}
