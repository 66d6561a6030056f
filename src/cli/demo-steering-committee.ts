import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  committeeAssignments,
  committeeMembers,
  orgUnits,
  remediationPlans,
  steeringCommittees,
} from '../db/schema/index.ts';
import { positionLabel } from '../server/features/steering-committee/members-file.ts';
import { demoProvince } from './demo-data.ts';

const NAME = 'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ ANTQ';

type Seat = [fullName: string, position: string, title: string, organization: string];

const provinceSeats: Seat[] = [
  ['Trần Báu Hà', 'head', 'Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Hà Tĩnh'],
  ['Nguyễn Hồng Phong', 'standingDeputy', 'Giám đốc Công an tỉnh', 'Công an tỉnh'],
  ['Lê Thị Thu Hà', 'deputy', 'Phó Chủ tịch Ủy ban MTTQ tỉnh', 'Ủy ban MTTQ tỉnh'],
  ['Phan Văn Khánh', 'member', 'Trưởng phòng Xây dựng phong trào', 'Công an tỉnh'],
  ['Đặng Thị Ngọc', 'secretary', 'Cán bộ Phòng Xây dựng phong trào', 'Công an tỉnh'],
];

const wardSeats: Seat[] = [
  ['Võ Văn Thành', 'head', 'Chủ tịch UBND phường', 'UBND phường Thành Sen'],
  ['Nguyễn Văn Lực', 'standingDeputy', 'Trưởng Công an phường', 'Công an phường'],
  ['Hồ Thị Minh', 'deputy', 'Chủ tịch Ủy ban MTTQ phường', 'Ủy ban MTTQ phường'],
  ['Trần Đình Hải', 'member', 'Phó Trưởng Công an phường', 'Công an phường'],
  ['Lê Thị Hương', 'member', 'Chủ tịch Hội Liên hiệp Phụ nữ phường', 'Hội LHPN phường'],
  ['Phạm Quốc Toản', 'member', 'Bí thư Đoàn phường', 'Đoàn TNCS Hồ Chí Minh phường'],
];

/**
 * Steering Committees for the demo: the province's and Phường Thành Sen's
 * (re-established 01/07/2025 after the merger), with members, the ward's
 * non-head members each made responsible for some of its residential areas,
 * and the ward's remediation plans (seeded by demo-evaluations, which runs
 * first) linked to the member responsible for their unit. Idempotent: does
 * nothing when the province already has a committee.
 */
export async function seedDemoSteeringCommittee(db: Db): Promise<{ committees: number; members: number }> {
  const units = await db
    .select()
    .from(orgUnits)
    .where(inArray(orgUnits.code, [demoProvince.code, '18070']));
  const province = units.find((u) => u.level === 'province' && u.code === demoProvince.code);
  const ward = units.find((u) => u.level === 'commune' && u.code === '18070');
  if (!province || !ward) return { committees: 0, members: 0 };
  const [existing] = await db
    .select({ id: steeringCommittees.id })
    .from(steeringCommittees)
    .where(like(steeringCommittees.unitPath, `${province.path}%`))
    .limit(1);
  if (existing) return { committees: 0, members: 0 };
  return db.transaction(async (tx) => {
    const [pc, wc] = await tx
      .insert(steeringCommittees)
      .values([
        {
          unitId: province.id,
          unitPath: province.path,
          name: `${NAME} tỉnh Hà Tĩnh`,
          establishedOn: '2025-07-01',
          decisionNumber: '1520/QĐ-UBND',
        },
        {
          unitId: ward.id,
          unitPath: ward.path,
          name: `${NAME} phường Thành Sen`,
          establishedOn: '2025-07-01',
          decisionNumber: '12/QĐ-UBND',
        },
      ])
      .returning();
    const seat =
      (committeeId: number) =>
      ([fullName, position, title, organization]: Seat) => ({
        committeeId,
        fullName,
        position,
        title,
        organization,
        joinedOn: '2025-07-01',
      });
    const members = await tx
      .insert(committeeMembers)
      .values([...provinceSeats.map(seat(pc!.id)), ...wardSeats.map(seat(wc!.id))])
      .returning();
    const followers = members.filter((m) => m.committeeId === wc!.id && m.position !== 'head');
    const areas = await tx
      .select({ id: orgUnits.id, path: orgUnits.path })
      .from(orgUnits)
      .where(and(eq(orgUnits.parentId, ward.id), eq(orgUnits.level, 'residentialArea'), eq(orgUnits.status, 'active')))
      .orderBy(asc(orgUnits.id));
    const assigned = areas.map((a, i) => ({ area: a, member: followers[i % followers.length]! }));
    if (assigned.length > 0) {
      await tx.insert(committeeAssignments).values(
        assigned.map(({ area, member }) => ({
          committeeId: wc!.id,
          memberId: member.id,
          unitId: area.id,
          unitPath: area.path,
          assignedOn: '2025-07-15',
        })),
      );
    }
    await linkPlans(tx, assigned);
    return { committees: 2, members: members.length };
  });
}

/** The ward's plans name the member responsible for their area, as a plan filed today would. */
async function linkPlans(
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  assigned: { area: { id: number }; member: typeof committeeMembers.$inferSelect }[],
) {
  for (const { area, member } of assigned) {
    await tx
      .update(remediationPlans)
      .set({
        responsibleMemberId: member.id,
        responsibleName: member.fullName,
        responsiblePosition: `${positionLabel(member.position)}, ${member.title} – Phường Thành Sen`,
      })
      .where(and(eq(remediationPlans.unitId, area.id), isNull(remediationPlans.responsibleMemberId)));
  }
}
