import { and, asc, eq, like } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { orgUnits, policeStaffing, securityTeamMembers, securityTeams } from '../db/schema/index.ts';

const WARD = '18070';
const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const middle = ['Văn', 'Đức', 'Hữu', 'Quang'];
const given = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Lâm', 'Minh', 'Nam', 'Sơn', 'Tâm'];
const givenWomen = ['Hà', 'Hương', 'Lan', 'Mai', 'Thủy'];
const roles = ['leader', 'deputy', 'member'] as const;

/**
 * Security teams of Phường Thành Sen (demo province Hà Tĩnh, code 42): one
 * team per residential area, established 01/07/2024 when the Law of 2023 took
 * effect, with 3 members each (leader, deputy, member: Hà Tĩnh's 2024 size);
 * and the ward police staffing for 2025 and 2026. Deterministic, bulk
 * inserts; does nothing when the ward already has a team.
 */
export async function seedDemoSecurityTeam(db: Db): Promise<{ teams: number; members: number; staffing: number }> {
  const [ward] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.code, WARD), eq(orgUnits.level, 'commune')))
    .limit(1);
  const none = { teams: 0, members: 0, staffing: 0 };
  if (!ward) return none;
  const [existing] = await db
    .select({ id: securityTeams.id })
    .from(securityTeams)
    .where(like(securityTeams.unitPath, `${ward.path}%`))
    .limit(1);
  if (existing) return none;
  const areas = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, ward.id), eq(orgUnits.level, 'residentialArea'), eq(orgUnits.status, 'active')))
    .orderBy(asc(orgUnits.id));
  return db.transaction(async (tx) => {
    const teams =
      areas.length === 0
        ? []
        : await tx
            .insert(securityTeams)
            .values(
              areas.map((a, i) => ({
                unitId: a.id,
                unitPath: a.path,
                name: `Tổ bảo vệ ANTT ${a.name}`,
                establishedOn: '2024-07-01',
                decisionNumber: `${1200 + i}/QĐ-UBND`,
                coveredUnitIds: [a.id],
              })),
            )
            .returning({ id: securityTeams.id });
    const members = teams.flatMap((t, i) =>
      roles.map((role, k) => {
        const n = i * 3 + k;
        const woman = n % 4 === 2;
        return {
          teamId: t.id,
          fullName: woman
            ? `${family[n % family.length]} Thị ${givenWomen[n % givenWomen.length]}`
            : `${family[n % family.length]} ${middle[n % middle.length]} ${given[(n * 7) % given.length]}`,
          gender: woman ? 'female' : 'male',
          birthYear: 1968 + ((n * 5) % 30),
          role,
          joinedOn: '2024-07-01',
          training: k === 2 ? null : 'Tập huấn nghiệp vụ bảo vệ ANTT cơ sở 2025',
        };
      }),
    );
    if (members.length > 0) await tx.insert(securityTeamMembers).values(members);
    const staffing = [
      { period: '2025', regular: 9, semiProfessional: 4, note: null },
      { period: '2026', regular: 11, semiProfessional: 2, note: 'Bổ sung 2 đồng chí chính quy sau sắp xếp' },
    ];
    await tx
      .insert(policeStaffing)
      .values(staffing.map((s) => ({ ...s, unitId: ward.id, unitPath: ward.path })))
      .onConflictDoNothing();
    return { teams: teams.length, members: members.length, staffing: staffing.length };
  });
}
