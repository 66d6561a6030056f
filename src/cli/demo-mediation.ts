import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { mediationCases, mediationTeams, mediators, orgUnits } from '../db/schema/index.ts';
import { demoProvince } from './demo-data.ts';
import { seededRandom } from './demo-evaluations.ts';

/**
 * Mediation teams and cases for the demo province: one team per residential
 * area of its first communes (a second team in one area, and a team short of
 * a woman, so the warnings show), about a dozen cases each over 2025–2026.
 * Seeded random and fixed dates, bulk inserts: the same data every time, fast.
 * Does nothing when the province already has a team.
 */
export async function seedDemoMediation(db: Db): Promise<{ teams: number; cases: number }> {
  const [province] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'province'), eq(orgUnits.code, demoProvince.code)))
    .limit(1);
  if (!province) return { teams: 0, cases: 0 };
  const areas = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(
      and(
        like(orgUnits.path, `${province.path}%`),
        eq(orgUnits.level, 'residentialArea'),
        eq(orgUnits.status, 'active'),
      ),
    )
    // the demo users' ward (Phường Thành Sen, code 18070) first, so its officers see teams at once
    .orderBy(
      sql`(select c.code from org_units c where c.id = ${orgUnits.parentId}) <> '18070'`,
      asc(orgUnits.depth),
      asc(orgUnits.id),
    )
    .limit(12);
  if (areas.length === 0) return { teams: 0, cases: 0 };
  const [existing] = await db
    .select({ id: mediationTeams.id })
    .from(mediationTeams)
    .where(like(mediationTeams.unitPath, `${province.path}%`))
    .limit(1);
  if (existing) return { teams: 0, cases: 0 };
  const rnd = seededRandom(35_2013);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  let cases = 0;
  let teams = 0;
  await db.transaction(async (tx) => {
    const plan = [...areas.map((a, i) => ({ area: a, n: i })), { area: areas[0]!, n: areas.length }];
    for (const { area, n } of plan) {
      const second = n === areas.length;
      const [team] = await tx
        .insert(mediationTeams)
        .values({
          unitId: area.id,
          unitPath: area.path,
          name: second ? `Tổ hòa giải số 2 ${area.name}` : `Tổ hòa giải ${area.name}`,
          establishedOn: `20${14 + (n % 8)}-0${1 + (n % 9)}-15`,
        })
        .returning();
      teams++;
      // every fourth team has no woman, the second team only two mediators: Art. 12 warnings
      const size = second ? 2 : 3 + (n % 3);
      const people = Array.from({ length: size }, (_, k) => ({
        teamId: team!.id,
        fullName: `${pick(family)} ${k === 1 && n % 4 !== 3 ? 'Thị' : 'Văn'} ${pick(given)}`,
        gender: k === 1 && n % 4 !== 3 ? 'female' : 'male',
        role: k === 0 ? 'leader' : 'member',
        ethnicMinority: null,
        joinedOn: team!.establishedOn,
        leftOn: k === size - 1 && n % 5 === 2 ? '2026-06-30' : null,
      }));
      const inserted = await tx
        .insert(mediators)
        .values(people)
        .returning({ id: mediators.id, leftOn: mediators.leftOn });
      const active = inserted.filter((m) => m.leftOn === null).map((m) => m.id);
      const rows = Array.from({ length: second ? 3 : 8 + Math.floor(rnd() * 8) }, () => {
        const received = dayOf(rnd());
        const start = rnd() < 0.15 ? plus(received, 4 + Math.floor(rnd() * 5)) : plus(received, Math.floor(rnd() * 3));
        const open = received > '2026-10-15' && rnd() < 0.7;
        const r = rnd();
        const outcome = open ? null : r < 0.8 ? 'succeeded' : r < 0.93 ? 'failed' : 'withdrawn';
        return {
          teamId: team!.id,
          unitId: area.id,
          unitPath: area.path,
          subject: pick(subjects),
          parties: [
            { label: 'Bên A', name: `${pick(family)} Văn ${pick(given)}` },
            { label: 'Bên B', name: `${pick(family)} Thị ${pick(given)}` },
          ],
          receivedOn: received,
          startedOn: open && rnd() < 0.5 ? null : start,
          closedOn: outcome ? plus(start, 1 + Math.floor(rnd() * 10)) : null,
          outcome: outcome as 'succeeded' | 'failed' | 'withdrawn' | null,
          mediatorIds: active.slice(0, 1 + Math.floor(rnd() * 2)),
        };
      });
      await tx.insert(mediationCases).values(rows);
      cases += rows.length;
    }
  });
  return { teams, cases };
}

const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const given = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hải', 'Hương', 'Lan', 'Minh', 'Nam', 'Tâm', 'Thủy'];
const subjects = [
  'Tranh chấp ranh giới đất vườn',
  'Mâu thuẫn do vật nuôi phá hoa màu',
  'Tranh chấp lối đi chung',
  'Mâu thuẫn trong gia đình',
  'Tiếng ồn sinh hoạt giữa hai hộ',
  'Tranh chấp tiền vay mượn nhỏ',
  'Nước thải chảy sang nhà bên cạnh',
];

/** A date from 01/01/2025 to 15/11/2026, from a number in [0, 1). */
function dayOf(x: number): string {
  return plus('2025-01-01', Math.floor(x * 683));
}

function plus(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const s = d.toISOString().slice(0, 10);
  return s > '2026-11-20' ? '2026-11-20' : s;
}
