import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.ts';
import { coordinationPrograms, orgUnits, programActivities, programReviews } from '../db/schema/index.ts';
import { demoProvince } from './demo-data.ts';

type Unit = { id: number; path: string; name: string };

/**
 * Coordination programmes for the demo province (Hà Tĩnh): the province's
 * mirror of 09/CTr-BCA-MTTW with four activities (done, in progress, planned,
 * cancelled) and a sơ kết, and a programme of Phường Thành Sen. Does nothing
 * when the province already has a programme. Numbers and dates are
 * illustrative demo data, not official records.
 */
export async function seedDemoCoordinationProgram(db: Db): Promise<{ programs: number }> {
  const [province] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'province'), eq(orgUnits.code, demoProvince.code)))
    .limit(1);
  if (!province) return { programs: 0 };
  const [existing] = await db
    .select({ id: coordinationPrograms.id })
    .from(coordinationPrograms)
    .where(like(coordinationPrograms.unitPath, `${province.path}%`))
    .limit(1);
  if (existing) return { programs: 0 };
  const [ward] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(and(like(orgUnits.path, `${province.path}%`), eq(orgUnits.level, 'commune'), eq(orgUnits.status, 'active')))
    .orderBy(sql`${orgUnits.code} <> '18070'`, asc(orgUnits.id))
    .limit(1);
  const programs = await db.transaction((tx) => seedPrograms(tx, province, ward));
  return { programs };
}

/** The province's mirror of 09/CTr-BCA-MTTW with activities and a sơ kết, and one ward programme. */
async function seedPrograms(db: Executor, province: Unit, ward: Unit | undefined) {
  const parties = [
    'Công an tỉnh Hà Tĩnh',
    'Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh',
    'Hội Liên hiệp Phụ nữ tỉnh',
    'Tỉnh đoàn',
  ];
  const [prog] = await db
    .insert(coordinationPrograms)
    .values({
      unitId: province.id,
      unitPath: province.path,
      number: '09/CTr-BCA-MTTW',
      title: 'Chương trình phối hợp phát huy sức mạnh khối đại đoàn kết toàn dân tộc trong sự nghiệp bảo vệ ANTQ',
      parties,
      signedOn: '2023-08-15',
      periodFrom: 2023,
      periodTo: 2033,
      level: 'province',
      content:
        'Tuyên truyền, vận động Nhân dân tham gia phong trào; xây dựng, nhân rộng mô hình tự quản; sơ kết, khen thưởng.',
    })
    .returning();
  const at = { programId: prog!.id, unitId: province.id, unitPath: province.path };
  await db.insert(programActivities).values([
    {
      ...at,
      title: 'Tuyên truyền phòng, chống lừa đảo trên không gian mạng',
      responsibleParty: parties[0]!,
      dueOn: '2025-06-30',
      status: 'done',
      doneOn: '2025-06-20',
    },
    {
      ...at,
      title: 'Xây dựng mô hình "Khu dân cư an toàn về ANTT"',
      responsibleParty: parties[1]!,
      dueOn: '2026-09-30',
      status: 'inProgress',
    },
    {
      ...at,
      title: 'Nhân rộng mô hình "Phụ nữ tham gia bảo vệ ANTT"',
      responsibleParty: parties[2]!,
      dueOn: '2026-12-31',
      status: 'planned',
    },
    {
      ...at,
      title: 'Thanh niên tình nguyện tuần tra bảo vệ ANTT dịp Tết',
      responsibleParty: parties[3]!,
      dueOn: '2026-02-28',
      status: 'cancelled',
      note: 'Gộp vào kế hoạch cao điểm của Công an tỉnh',
    },
  ]);
  await db.insert(programReviews).values({
    ...at,
    kind: 'interim',
    heldOn: '2025-12-18',
    summary: 'Sơ kết 2 năm thực hiện: các bên triển khai đồng bộ; cần đẩy mạnh nhân rộng mô hình.',
  });
  if (!ward) return 1;
  await db.insert(coordinationPrograms).values({
    unitId: ward.id,
    unitPath: ward.path,
    number: '01/CTrPH-CAP-MTTQ',
    title: `Chương trình phối hợp bảo vệ ANTT trên địa bàn ${ward.name}`,
    parties: ['Công an phường', 'Ủy ban MTTQ Việt Nam phường', 'Hội Cựu chiến binh phường'],
    signedOn: '2025-07-10',
    periodFrom: 2025,
    periodTo: 2030,
    level: 'commune',
  });
  return 2;
}
