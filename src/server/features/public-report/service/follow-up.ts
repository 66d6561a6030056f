import { and, asc, eq } from 'drizzle-orm';
import type { LookupBody, LookupResult } from '../../../../common/public-report/schemas.ts';
import {
  citizenReportEvents,
  citizenReportFiles,
  citizenReportMessages,
  citizenReports,
  orgUnits,
} from '../../../../db/schema/index.ts';
import { vietnamToday } from '../../../../domain/calendar.ts';
import { recordAudit } from '../../../audit.ts';
import { normaliseCode, verifySecret } from '../../../crypto/receipt.ts';
import { AppError, notFound } from '../../../errors.ts';
import { dummyHash } from '../../auth/passwords.ts';
import type { PublicForm } from '../files.ts';
import type { PublicCtx } from './ctx.ts';

const MAX_MESSAGE = 5000;

/**
 * The report a code and secret open. An unknown code and a wrong secret give
 * the same 404 after the same argon2 work, so neither the body nor the time
 * says whether a code exists.
 */
async function openReport(c: PublicCtx, body: LookupBody) {
  const [row] = await c.db
    .select({
      id: citizenReports.id,
      secretHash: citizenReports.secretHash,
      unitId: citizenReports.unitId,
      unitPath: citizenReports.unitPath,
      receiptCode: citizenReports.receiptCode,
    })
    .from(citizenReports)
    .where(eq(citizenReports.receiptCode, normaliseCode(body.code)));
  const ok = await verifySecret(row?.secretHash ?? (await dummyHash()), body.secret);
  if (!row || !ok) throw notFound('public.lookupFailed');
  return row;
}

/** Status, dates, unit, the public conversation and file names: never the identity. */
export async function lookupReport(c: PublicCtx, body: LookupBody): Promise<LookupResult> {
  const { id } = await openReport(c, body);
  return reportView(c, id);
}

async function reportView(c: PublicCtx, id: number): Promise<LookupResult> {
  const [r] = await c.db
    .select({
      receiptCode: citizenReports.receiptCode,
      type: citizenReports.type,
      kind: citizenReports.kind,
      category: citizenReports.category,
      status: citizenReports.status,
      receivedAt: citizenReports.receivedAt,
      dueOn: citizenReports.dueOn,
      unitName: orgUnits.name,
    })
    .from(citizenReports)
    .innerJoin(orgUnits, eq(orgUnits.id, citizenReports.unitId))
    .where(eq(citizenReports.id, id));
  const messages = await c.db
    .select({
      author: citizenReportMessages.author,
      body: citizenReportMessages.body,
      at: citizenReportMessages.createdAt,
    })
    .from(citizenReportMessages)
    .where(and(eq(citizenReportMessages.reportId, id), eq(citizenReportMessages.public, true)))
    .orderBy(asc(citizenReportMessages.createdAt), asc(citizenReportMessages.id));
  const files = await c.db
    .select({ fileName: citizenReportFiles.fileName, size: citizenReportFiles.size, at: citizenReportFiles.createdAt })
    .from(citizenReportFiles)
    .where(eq(citizenReportFiles.reportId, id))
    .orderBy(asc(citizenReportFiles.id));
  return {
    receiptCode: r!.receiptCode,
    type: r!.type,
    kind: r!.kind,
    category: r!.category,
    status: r!.status,
    receivedOn: vietnamToday(r!.receivedAt),
    dueOn: r!.dueOn,
    unitName: r!.unitName,
    messages: messages.map((m) => ({
      author: m.author === 'officer' ? 'officer' : 'citizen',
      body: m.body,
      at: m.at.toISOString(),
    })),
    files: files.map((f) => ({ ...f, at: f.at.toISOString() })),
  };
}

/** The citizen adds information or files to their report: one transaction, an event and an audit row. */
export async function addToReport(c: PublicCtx, form: PublicForm): Promise<LookupResult> {
  const body = { code: form.fields.code ?? '', secret: form.fields.secret ?? '' };
  const message = (form.fields.message ?? '').trim();
  if (message.length > MAX_MESSAGE)
    throw new AppError(
      422,
      'validation',
      {},
      { fields: [{ path: 'body.message', message: 'msg:public.messageLong' }] },
    );
  if (!message && form.files.length === 0)
    throw new AppError(422, 'validation', {}, { fields: [{ path: 'body.message', message: 'msg:public.addEmpty' }] });
  const report = await openReport(c, body);
  const now = c.clock.now();
  await c.db.transaction(async (tx) => {
    let messageId: number | null = null;
    if (message) {
      const [m] = await tx
        .insert(citizenReportMessages)
        .values({ reportId: report.id, author: 'citizen', body: message, public: true, createdAt: now })
        .returning({ id: citizenReportMessages.id });
      messageId = m!.id;
    }
    if (form.files.length)
      await tx.insert(citizenReportFiles).values(
        form.files.map((f) => ({
          reportId: report.id,
          messageId,
          fileName: f.name,
          mimeType: f.mimeType,
          size: f.data.length,
          content: f.data,
          createdAt: now,
        })),
      );
    await tx.insert(citizenReportEvents).values({
      reportId: report.id,
      action: 'citizenAdded',
      details: JSON.stringify({ message: Boolean(message), files: form.files.length }),
      at: now,
    });
    await recordAudit(tx, {
      action: 'report.citizenAdded',
      actor: null,
      unit: { id: report.unitId, path: report.unitPath },
      targetType: 'citizenReport',
      targetId: report.id,
      after: { receiptCode: report.receiptCode, message: Boolean(message), files: form.files.length },
    });
  });
  return reportView(c, report.id);
}
