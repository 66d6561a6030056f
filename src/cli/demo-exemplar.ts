import { and, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { exemplars, orgUnits } from '../db/schema/index.ts';
import { demoProvince } from './demo-data.ts';

const people = [
  [
    'individual',
    'Ông Nguyễn Văn Hùng',
    'Tổ trưởng tổ bảo vệ ANTT',
    'Phòng, chống ma túy',
    'Phát hiện, tố giác 3 vụ mua bán trái phép chất ma túy',
  ],
  [
    'individual',
    'Bà Trần Thị Mai',
    'Chi hội trưởng phụ nữ',
    'Tự quản, hòa giải',
    'Vận động hòa giải thành 12 vụ mâu thuẫn trong khu dân cư',
  ],
  [
    'collective',
    'Tổ tự quản an ninh trật tự số 3',
    'Tổ tự quản',
    'An ninh trật tự',
    'Ba năm liền không để xảy ra trộm cắp tài sản',
  ],
  ['individual', 'Ông Lê Văn Thành', 'Cựu chiến binh', 'Thu hồi vũ khí', 'Vận động giao nộp 2 khẩu súng tự chế'],
  [
    'collective',
    'Chi đoàn thanh niên Tổ dân phố 1',
    'Chi đoàn',
    'An toàn giao thông',
    'Duy trì mô hình "Cổng trường an toàn giao thông"',
  ],
] as const;

/**
 * Exemplars of the demo ward (Phường Thành Sen) for 2025 and 2026, so the
 * registry list has rows on a fresh start. Does nothing when there are some.
 */
export async function seedDemoExemplar(db: Db): Promise<{ exemplars: number }> {
  const [ward] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'commune'), eq(orgUnits.code, '18070')))
    .limit(1);
  if (!ward) return { exemplars: 0 };
  const [province] = await db
    .select({ path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'province'), eq(orgUnits.code, demoProvince.code)))
    .limit(1);
  if (!province) return { exemplars: 0 };
  const [existing] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(exemplars)
    .where(like(exemplars.unitPath, `${province.path}%`));
  if (Number(existing?.n ?? 0) > 0) return { exemplars: 0 };
  const rows = people.map(([recipientKind, name, position, field, achievements], i) => ({
    unitId: ward.id,
    unitPath: ward.path,
    recipientKind,
    name,
    position,
    field,
    achievements,
    year: i < 3 ? 2025 : 2026,
    recognizedBy: i < 3 ? 'Chủ tịch UBND phường Thành Sen' : null,
  }));
  await db.insert(exemplars).values(rows);
  return { exemplars: rows.length };
}
