import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { awardDecisions, awardProposals, awardRecipients, orgUnits } from '../db/schema/index.ts';
import { syncAwardForms } from '../server/features/award/forms.ts';
import { demoProvince } from './demo-data.ts';

type Unit = { id: number; path: string; name: string };
type Recipient = {
  kind: 'collective' | 'individual';
  unit: Unit;
  asUnit?: Unit;
  name?: string;
  position?: string;
  achievements: string;
};

/**
 * Commendations for the demo province: the reference forms; the provincial
 * chairman's Bằng khen of the 2025 review (collectives and individuals of
 * several communes); the police director's Giấy khen, one of whose lists came
 * through an approved proposal of Phường Thành Sen; and a proposal of the ward
 * waiting for the province's review. Fixed values, bulk inserts; does nothing
 * when the province already has a decision.
 */
export async function seedDemoAward(db: Db): Promise<{ decisions: number; proposals: number; recipients: number }> {
  await syncAwardForms(db);
  const none = { decisions: 0, proposals: 0, recipients: 0 };
  const [province] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'province'), eq(orgUnits.code, demoProvince.code)))
    .limit(1);
  if (!province) return none;
  const [existing] = await db
    .select({ id: awardDecisions.id })
    .from(awardDecisions)
    .where(like(awardDecisions.unitPath, `${province.path}%`))
    .limit(1);
  if (existing) return none;
  const communes = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, code: orgUnits.code })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, province.id), eq(orgUnits.level, 'commune'), eq(orgUnits.status, 'active')))
    .orderBy(sql`${orgUnits.code} <> '18070'`, asc(orgUnits.id))
    .limit(3);
  const ward = communes[0];
  if (!ward) return none;
  const areas = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, ward.id), eq(orgUnits.level, 'residentialArea')))
    .orderBy(asc(orgUnits.id))
    .limit(4);
  const other = communes[1] ?? ward;
  const third = communes[2] ?? ward;
  return db.transaction(async (tx) => {
    const bk = await decision(tx, province, {
      formCode: 'BK-UBND-TINH',
      decisionNumber: '2150/QĐ-UBND',
      decidedOn: '2025-12-22',
      issuer: 'Chủ tịch UBND tỉnh',
      occasion: 'Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
      reason: 'Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
    });
    const gk = await decision(tx, province, {
      formCode: 'GK-GD-CAT',
      decisionNumber: '3318/QĐ-CAT',
      decidedOn: '2025-12-15',
      issuer: 'Giám đốc Công an tỉnh',
      occasion: 'Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
      reason: 'Có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc',
    });
    const approved = await proposal(tx, ward, 'approved', gk);
    const waiting = await proposal(tx, ward, 'submitted', null);
    const a = (i: number) => areas[i] ?? ward;
    const rows = [
      ...recipients({ decisionId: bk }, [
        {
          kind: 'collective',
          unit: ward,
          asUnit: ward,
          achievements: 'Giữ vững an ninh, trật tự; 100% tổ dân phố đạt "An toàn về ANTT"',
        },
        { kind: 'collective', unit: other, asUnit: other, achievements: 'Xây dựng mô hình "Camera an ninh" hiệu quả' },
        {
          kind: 'collective',
          unit: third,
          name: `Hội Cựu chiến binh ${third.name}`,
          achievements: 'Tham gia tuần tra, giữ gìn ANTT',
        },
        {
          kind: 'individual',
          unit: ward,
          name: 'Ông Nguyễn Văn Thành',
          position: 'Tổ trưởng Tổ dân phố 1',
          achievements: 'Tố giác 3 vụ mua bán trái phép chất ma túy',
        },
        {
          kind: 'individual',
          unit: other,
          name: 'Bà Trần Thị Hương',
          position: 'Chi hội trưởng Phụ nữ',
          achievements: 'Hòa giải thành 12 vụ mâu thuẫn',
        },
        {
          kind: 'individual',
          unit: third,
          name: 'Ông Lê Văn Hòa',
          position: 'Đội viên đội an ninh trật tự cơ sở',
          achievements: 'Bắt giữ đối tượng trộm cắp tài sản',
        },
      ]),
      ...recipients({ decisionId: gk, proposalId: approved }, [
        { kind: 'collective', unit: ward, asUnit: a(1), achievements: 'Không để xảy ra tội phạm nghiêm trọng' },
        {
          kind: 'individual',
          unit: ward,
          name: 'Ông Phạm Văn Đức',
          position: 'Bảo vệ dân phố',
          achievements: 'Phát hiện, tố giác 2 vụ trộm cắp',
        },
      ]),
      ...recipients({ proposalId: waiting }, [
        {
          kind: 'collective',
          unit: ward,
          asUnit: a(2),
          achievements: 'Xây dựng tổ dân phố an toàn về ANTT ba năm liền',
        },
        {
          kind: 'individual',
          unit: ward,
          name: 'Bà Võ Thị Lan',
          position: 'Tổ trưởng tổ tự quản',
          achievements: 'Vận động giao nộp 1 khẩu súng tự chế',
        },
      ]),
    ];
    await tx.insert(awardRecipients).values(rows);
    for (const id of [bk, gk]) {
      await tx
        .update(awardDecisions)
        .set({
          recipientNames: sql`(select string_agg(${awardRecipients.name}, '; ' order by ${awardRecipients.id}) from ${awardRecipients} where ${awardRecipients.decisionId} = ${id})`,
        })
        .where(eq(awardDecisions.id, id));
    }
    return { decisions: 2, proposals: 2, recipients: rows.length };
  });
}

async function decision(tx: Tx, unit: Unit, v: Omit<typeof awardDecisions.$inferInsert, 'unitId' | 'unitPath'>) {
  const [d] = await tx
    .insert(awardDecisions)
    .values({ ...v, unitId: unit.id, unitPath: unit.path })
    .returning();
  return d!.id;
}

async function proposal(tx: Tx, ward: Unit, status: 'approved' | 'submitted', decisionId: number | null) {
  const [p] = await tx
    .insert(awardProposals)
    .values({
      unitId: ward.id,
      unitPath: ward.path,
      formCode: 'GK-GD-CAT',
      title:
        status === 'approved'
          ? `Đề nghị tặng Giấy khen của Giám đốc Công an tỉnh năm 2025 (${ward.name})`
          : `Đề nghị tặng Giấy khen của Giám đốc Công an tỉnh năm 2026 (${ward.name})`,
      occasion: status === 'approved' ? 'Tổng kết phong trào năm 2025' : 'Tổng kết phong trào năm 2026',
      reason: 'Có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc',
      status,
      submittedOn: status === 'approved' ? '2025-11-28' : '2026-11-16',
      decisionId,
    })
    .returning();
  return p!.id;
}

function recipients(link: { decisionId?: number; proposalId?: number }, rs: Recipient[]) {
  return rs.map((r) => ({
    decisionId: link.decisionId ?? null,
    proposalId: link.proposalId ?? null,
    unitId: r.unit.id,
    unitPath: r.unit.path,
    recipientKind: r.kind,
    collectiveUnitId: r.asUnit?.id ?? null,
    name: r.name ?? r.asUnit!.name,
    position: r.position ?? null,
    achievements: r.achievements,
  }));
}
