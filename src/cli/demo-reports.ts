import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { citizenReportEvents, citizenReportMessages, citizenReports, orgUnits, users } from '../db/schema/index.ts';
import { vietnamToday } from '../domain/calendar.ts';
import { dueOn, type ReportKind } from '../domain/citizen-report/time-limits.ts';
import { addDays } from '../domain/evaluation/deadlines.ts';
import type { Clock } from '../server/context.ts';
import { encryptIdentity } from '../server/crypto/identity.ts';
import { hashSecret, newReceiptCode, newReceiptSecret } from '../server/crypto/receipt.ts';

/**
 * A demo inbox for Phường Thành Sen and two neighbouring wards: tips and
 * petitions of every kind and state, some overdue, a few resolved with a reply.
 * One of them has a published code and secret so anyone can try the look-up.
 */
export const demoReceipt = { code: 'TD-MAU2-2026', secret: 'THU2-TRA3-CUU4-MAU5' };

type Demo = {
  commune: string;
  kind: ReportKind;
  category: string;
  text: string;
  daysAgo: number;
  state?: 'triaged' | 'inProgress' | 'resolved';
  reply?: string;
  contact?: { name: string; phone: string };
};

const demos: Demo[] = [
  {
    commune: 'Phường Thành Sen',
    kind: 'denunciation',
    category: 'drugs',
    text: 'Tối nào cũng có người lạ bán ma túy ở quán nước đầu ngõ 12 đường Trần Phú, khoảng 21 giờ.',
    daysAgo: 2,
    contact: { name: 'Nguyễn Văn Bình', phone: '0912 345 678' },
  },
  {
    commune: 'Phường Thành Sen',
    kind: 'crimeReport',
    category: 'theft',
    text: 'Xe máy của gia đình tôi bị mất trộm trước cửa nhà lúc 2 giờ sáng, camera nhà bên có ghi lại.',
    daysAgo: 6,
    state: 'triaged',
  },
  {
    commune: 'Phường Thành Sen',
    kind: 'crimeReport',
    category: 'gambling',
    text: 'Có nhóm người tụ tập đánh bạc ăn tiền ở nhà kho cuối tổ dân phố 3 vào các buổi chiều.',
    daysAgo: 25,
    state: 'inProgress',
  },
  {
    commune: 'Phường Thành Sen',
    kind: 'denunciation',
    category: 'onlineFraud',
    text: 'Tôi bị một tài khoản mạng xã hội giả danh công an gọi điện yêu cầu chuyển tiền để xác minh.',
    daysAgo: 12,
    state: 'resolved',
    reply: 'Công an phường đã tiếp nhận, xác minh và chuyển hồ sơ lên Công an tỉnh. Cảm ơn ông/bà đã báo tin.',
    contact: { name: 'Trần Thị Hạnh', phone: '0987 111 222' },
  },
  {
    commune: 'Phường Thành Sen',
    kind: 'feedback',
    category: 'securityOrder',
    text: 'Quán karaoke ở tổ dân phố 2 mở nhạc to quá 23 giờ hằng đêm, ảnh hưởng người dân xung quanh.',
    daysAgo: 40,
    state: 'inProgress',
  },
  {
    commune: 'Phường Thành Sen',
    kind: 'recommendation',
    category: 'securityOrder',
    text: 'Đề nghị lắp thêm camera an ninh ở ngã tư gần trường tiểu học vì hay có xe đi nhanh giờ tan học.',
    daysAgo: 3,
  },
  {
    commune: 'Phường Thành Sen',
    kind: 'crimeReport',
    category: 'domesticViolence',
    text: 'Nhà hàng xóm thường xuyên có tiếng đánh đập, người vợ bị thương nhưng không dám báo.',
    daysAgo: 1,
    state: 'triaged',
  },
  {
    commune: 'Phường Trần Phú',
    kind: 'crimeReport',
    category: 'publicOrder',
    text: 'Nhóm thanh niên đua xe, lạng lách trên đường Hà Huy Tập vào tối thứ bảy hằng tuần.',
    daysAgo: 9,
  },
  {
    commune: 'Phường Trần Phú',
    kind: 'accusation',
    category: 'officials',
    text: 'Tố cáo cán bộ địa chính xã nhận tiền khi làm thủ tục cấp giấy chứng nhận quyền sử dụng đất.',
    daysAgo: 35,
    state: 'inProgress',
  },
  {
    commune: 'Phường Hà Huy Tập',
    kind: 'complaint',
    category: 'land',
    text: 'Khiếu nại quyết định thu hồi đất của gia đình tôi vì diện tích đo đạc không đúng thực tế.',
    daysAgo: 15,
    state: 'triaged',
  },
];

/** The demo inbox, once; identities are encrypted with the instance's key, so they read back only there. */
export async function seedDemoReports(db: Db, clock: Clock, identityKey: Buffer): Promise<number> {
  const names = [...new Set(demos.map((d) => d.commune))];
  const units = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'commune'), inArray(orgUnits.name, names)));
  const byName = new Map(units.map((u) => [u.name, u]));
  const [officer] = await db.select().from(users).where(eq(users.username, 'canbo.thanhsen'));
  // one real hash for the published secret; the others share a hash of a secret nobody keeps
  const [published, unknown] = await Promise.all([hashSecret(demoReceipt.secret), hashSecret(newReceiptSecret())]);
  const now = clock.now();
  let n = 0;
  for (const [i, d] of demos.entries()) {
    const unit = byName.get(d.commune);
    if (!unit) continue;
    const receivedAt = new Date(now.getTime() - d.daysAgo * 86_400_000);
    const received = vietnamToday(receivedAt);
    const resolved = d.state === 'resolved';
    const [row] = await db
      .insert(citizenReports)
      .values({
        receiptCode: i === 0 ? demoReceipt.code : newReceiptCode(),
        secretHash: i === 0 ? published : unknown,
        type: ['denunciation', 'crimeReport', 'prosecutionRequest'].includes(d.kind) ? 'tip' : 'petition',
        kind: d.kind,
        category: d.category,
        description: d.text,
        occurredOn: addDays(received, -1),
        unitId: unit.id,
        unitPath: unit.path,
        anonymous: !d.contact,
        reporterEnc: d.contact ? encryptIdentity(identityKey, d.contact) : null,
        status: d.state ?? 'received',
        priority: d.category === 'domesticViolence' ? 'urgent' : 'normal',
        assignedTo: d.state && officer ? officer.id : null,
        receivedAt,
        dueOn: dueOn(d.kind, received),
        outcome: resolved ? 'transferred' : null,
        valuable: resolved ? true : null,
        resolvedAt: resolved ? new Date(receivedAt.getTime() + 9 * 86_400_000) : null,
        createdAt: receivedAt,
        updatedAt: receivedAt,
      })
      .returning({ id: citizenReports.id });
    await db
      .insert(citizenReportEvents)
      .values({ reportId: row!.id, action: 'submitted', toUnitId: unit.id, at: receivedAt });
    if (d.reply)
      await db.insert(citizenReportMessages).values({
        reportId: row!.id,
        author: 'officer',
        officerId: officer?.id ?? null,
        body: d.reply,
        public: true,
        createdAt: new Date(receivedAt.getTime() + 9 * 86_400_000),
      });
    n++;
  }
  return n;
}
