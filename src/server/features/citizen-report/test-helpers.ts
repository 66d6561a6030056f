import type { Db } from '../../../db/client.ts';
import { citizenReportFiles, citizenReports } from '../../../db/schema/index.ts';
import { vietnamToday } from '../../../domain/calendar.ts';
import { dueOn, type ReportKind } from '../../../domain/citizen-report/time-limits.ts';
import { encryptIdentity, type ReporterIdentity } from '../../crypto/identity.ts';
import { newReceiptCode } from '../../crypto/receipt.ts';
import { testIdentityKey } from '../../test/harness.ts';
import type { UnitRow } from '../org-unit/queries.ts';

export type ReportSeed = {
  unit: UnitRow;
  kind?: ReportKind;
  description?: string;
  category?: string;
  receivedAt?: string;
  occurredOn?: string;
  identity?: ReporterIdentity;
  lat?: number;
  lng?: number;
  file?: { name: string; type: string; content: Buffer };
};

const tipKinds = new Set(['denunciation', 'crimeReport', 'prosecutionRequest']);

/** Inserts a submission as the public form would, without its routes (identity encrypted with the test key). */
export async function insertReport(db: Db, s: ReportSeed) {
  const kind = s.kind ?? 'crimeReport';
  const receivedAt = new Date(s.receivedAt ?? '2026-11-23T02:00:00Z');
  const [row] = await db
    .insert(citizenReports)
    .values({
      receiptCode: newReceiptCode(),
      secretHash: 'not-used-in-officer-tests',
      type: tipKinds.has(kind) ? 'tip' : 'petition',
      kind,
      category: s.category ?? 'drugs',
      description: s.description ?? 'Có người bán ma túy ở quán nước đầu ngõ vào buổi tối',
      occurredOn: s.occurredOn ?? null,
      unitId: s.unit.id,
      unitPath: s.unit.path,
      lat: s.lat ?? null,
      lng: s.lng ?? null,
      anonymous: !s.identity,
      reporterEnc: s.identity ? encryptIdentity(testIdentityKey, s.identity) : null,
      receivedAt,
      dueOn: dueOn(kind, vietnamToday(receivedAt)),
      createdAt: receivedAt,
      updatedAt: receivedAt,
    })
    .returning();
  if (s.file) {
    await db.insert(citizenReportFiles).values({
      reportId: row!.id,
      fileName: s.file.name,
      mimeType: s.file.type,
      size: s.file.content.length,
      content: s.file.content,
    });
  }
  return row!;
}
