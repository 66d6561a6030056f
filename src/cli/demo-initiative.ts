import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { initiativeRecognitions, initiativeReplications, initiatives, orgUnits } from '../db/schema/index.ts';
import { CAMERA_TYPE, syncInitiativeTypes } from '../server/features/initiative/types.ts';
import { demoProvince } from './demo-data.ts';

type Unit = { id: number; path: string; name: string; code: string | null; parentId: number | null };

/** The demo's initiatives: where each is built, and where it was replicated (by index of the ward's areas). */
const plan = [
  {
    at: '18070',
    name: 'Tổ tự quản về an ninh, trật tự khu dân cư',
    typeCode: 'selfManaged',
    startedOn: '2023-03-26',
    stage: 'replicated',
    leadOrganization: 'Công an phường Thành Sen',
    description: 'Mỗi tổ dân phố lập tổ tự quản 5–7 hộ, tuần tra ban đêm và nắm tình hình người lạ.',
    results: 'Giảm 30% vụ trộm cắp tài sản so với năm 2022.',
    points: [0, 1, 2],
  },
  {
    at: '18070',
    name: 'Camera an ninh – Mắt thần khu phố',
    typeCode: CAMERA_TYPE,
    startedOn: '2024-08-19',
    stage: 'evaluated',
    leadOrganization: 'Ủy ban MTTQ phường Thành Sen',
    description: 'Nhân dân góp kinh phí lắp camera tại các tuyến đường, ngõ xóm, kết nối về Công an phường.',
    results: 'Trích xuất hình ảnh giúp làm rõ 12 vụ việc.',
    cameraCount: 46,
    cameraLocations: 'Ngã tư Trần Phú – Hà Huy Tập; cổng chợ Thành Sen; các ngõ tổ dân phố',
    points: [],
  },
  {
    at: '18130',
    name: 'Dòng họ không có người vi phạm pháp luật',
    typeCode: 'religiousClan',
    startedOn: '2022-05-10',
    stage: 'replicated',
    leadOrganization: 'Hội đồng gia tộc các dòng họ',
    description: null,
    results: null,
    points: [0, 1],
  },
  {
    at: '18073',
    name: 'Trường học an toàn về an ninh, trật tự',
    typeCode: 'school',
    startedOn: '2025-09-05',
    stage: 'pilot',
    leadOrganization: 'Công an phường Trần Phú',
    description: null,
    results: null,
    points: [],
  },
] as const;

/**
 * A handful of initiatives in Hà Tĩnh: a self-managed model of Phường Thành
 * Sen replicated to three of its areas (the third taken from the second
 * point, so the chain has depth), a camera initiative with its cameras and a
 * "Dân vận khéo" recognition, a clan model replicated in a commune, a school
 * pilot. Fixed data, bulk inserts; does nothing if the province has any.
 */
export async function seedDemoInitiative(db: Db): Promise<{ initiatives: number; points: number }> {
  await syncInitiativeTypes(db);
  const [province] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'province'), eq(orgUnits.code, demoProvince.code)))
    .limit(1);
  if (!province) return { initiatives: 0, points: 0 };
  const [existing] = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(like(initiatives.unitPath, `${province.path}%`))
    .limit(1);
  if (existing) return { initiatives: 0, points: 0 };
  const communes = (await db
    .select({
      id: orgUnits.id,
      path: orgUnits.path,
      name: orgUnits.name,
      code: orgUnits.code,
      parentId: orgUnits.parentId,
    })
    .from(orgUnits)
    .where(
      and(eq(orgUnits.parentId, province.id), inArray(orgUnits.code, [...new Set(plan.map((x) => x.at))])),
    )) as Unit[];
  const areas = (await db
    .select({
      id: orgUnits.id,
      path: orgUnits.path,
      name: orgUnits.name,
      code: orgUnits.code,
      parentId: orgUnits.parentId,
    })
    .from(orgUnits)
    .where(and(inArray(orgUnits.parentId, communes.map((c) => c.id).concat(0)), eq(orgUnits.level, 'residentialArea')))
    .orderBy(asc(orgUnits.id))) as Unit[];
  let points = 0;
  let made = 0;
  await db.transaction(async (tx) => {
    for (const item of plan) {
      const commune = communes.find((c) => c.code === item.at);
      if (!commune) continue;
      const { at: _, points: pointAreas, ...values } = item;
      const [rec] = await tx
        .insert(initiatives)
        .values({ ...values, unitId: commune.id, unitPath: commune.path })
        .returning();
      made++;
      if (item.typeCode === CAMERA_TYPE) {
        await tx.insert(initiativeRecognitions).values({
          initiativeId: rec!.id,
          title: 'Dân vận khéo',
          issuer: 'Ban Thường vụ Tỉnh ủy Hà Tĩnh',
          decisionNumber: '1520-QĐ/TU',
          recognizedOn: '2025-10-15',
        });
      }
      const mine = areas.filter((a) => a.parentId === commune.id);
      let previous: number | null = null;
      for (const [k, index] of pointAreas.entries()) {
        const area = mine[index];
        if (!area) continue;
        // the last point of a chain is taken from the point before it, the others from the original
        const from: number | null = k === pointAreas.length - 1 && k > 0 ? previous : null;
        const [point]: { id: number }[] = await tx
          .insert(initiativeReplications)
          .values({
            initiativeId: rec!.id,
            unitId: area.id,
            unitPath: area.path,
            fromReplicationId: from,
            replicatedOn: `${Number(item.startedOn.slice(0, 4)) + 1}-0${3 + k}-15`,
            teams: 1 + (k % 2),
          })
          .returning({ id: initiativeReplications.id });
        previous = point!.id;
        points++;
      }
    }
  });
  return { initiatives: made, points };
}
