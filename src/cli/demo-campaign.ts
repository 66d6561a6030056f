import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { campaigns, orgUnits } from '../db/schema/index.ts';
import { demoProvince } from './demo-data.ts';
import { seededRandom } from './demo-evaluations.ts';

type Unit = { id: number; path: string; name: string };

/**
 * Campaigns for the demo province (Hà Tĩnh): for the province and its first
 * communes (Phường Thành Sen first) a launch, a festival day, a listening
 * conference and a weapons-collection drive in 2025 and 2026. Seeded random
 * and fixed dates, one bulk insert; does nothing when the province already
 * has campaigns.
 * Numbers and dates are illustrative demo data, not official records.
 */
export async function seedDemoCampaign(db: Db): Promise<{ campaigns: number }> {
  const [province] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'province'), eq(orgUnits.code, demoProvince.code)))
    .limit(1);
  if (!province) return { campaigns: 0 };
  const [existing] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(like(campaigns.unitPath, `${province.path}%`))
    .limit(1);
  if (existing) return { campaigns: 0 };
  const communes = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(and(like(orgUnits.path, `${province.path}%`), eq(orgUnits.level, 'commune'), eq(orgUnits.status, 'active')))
    .orderBy(sql`${orgUnits.code} <> '18070'`, asc(orgUnits.id))
    .limit(8);
  const rows = [province, ...communes].flatMap((u, i) => campaignsOf(u, i === 0, seededRandom(8_19 + i)));
  await db.insert(campaigns).values(rows);
  return { campaigns: rows.length };
}

function campaignsOf(u: Unit, isProvince: boolean, rnd: () => number) {
  const n = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo));
  const at = { unitId: u.id, unitPath: u.path };
  const scale = isProvince ? 10 : 1;
  return [2025, 2026].flatMap((y) => [
    {
      ...at,
      kind: 'launch',
      title: `Phát động phong trào toàn dân bảo vệ ANTQ năm ${y}`,
      heldOn: `${y}-03-${10 + n(0, 10)}`,
      organiser: isProvince ? 'Công an tỉnh; Ủy ban MTTQ Việt Nam tỉnh' : 'Công an xã, phường',
      participants: n(300, 1200) * scale,
      outcomes: 'Ký cam kết giữ gìn ANTT; ra mắt tổ tự quản',
    },
    {
      ...at,
      kind: 'festivalDay',
      title: `Ngày hội toàn dân bảo vệ ANTQ năm ${y}`,
      heldOn: `${y}-0${7 + n(0, 2)}-${10 + n(0, 9)}`,
      organiser: isProvince ? 'Ban Chỉ đạo tỉnh' : `Ủy ban MTTQ ${u.name}`,
      participants: n(400, 1500) * scale,
      outcomes: 'Khen thưởng tập thể, cá nhân tiêu biểu; giao lưu văn nghệ, thể thao',
    },
    {
      ...at,
      kind: 'listeningConference',
      title: `Hội nghị Công an lắng nghe ý kiến Nhân dân năm ${y}`,
      heldOn: `${y}-${y === 2026 ? '10' : '09'}-${10 + n(0, 15)}`,
      organiser: 'Công an',
      participants: n(60, 200),
      outcomes: `Tiếp nhận ${n(10, 40)} ý kiến, kiến nghị`,
    },
    {
      ...at,
      kind: 'weaponsCollection',
      title: `Vận động Nhân dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ năm ${y}`,
      heldOn: `${y}-04-01`,
      endOn: `${y}-${y === 2026 ? '12' : '10'}-31`,
      organiser: 'Công an',
      participants: n(100, 500) * scale,
      weaponsCollected: n(2, 30) * scale,
      explosivesKg: Math.round(rnd() * 50 * scale) / 10,
      supportToolsCollected: n(0, 15) * scale,
      outcomes: 'Thu hồi súng tự chế, kíp nổ, dao kiếm',
    },
  ]);
}
