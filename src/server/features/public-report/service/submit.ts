import type { z } from 'zod';
import { SubmitReportData, type SubmitReportResult } from '../../../../common/public-report/schemas.ts';
import {
  citizenReportEvents,
  citizenReportFiles,
  citizenReports,
  spentChallenges,
} from '../../../../db/schema/index.ts';
import { vietnamToday } from '../../../../domain/calendar.ts';
import { dueOn } from '../../../../domain/citizen-report/time-limits.ts';
import { recordAudit } from '../../../audit.ts';
import { encryptIdentity } from '../../../crypto/identity.ts';
import { hashSecret, newReceiptCode, newReceiptSecret } from '../../../crypto/receipt.ts';
import { AppError, type FieldError, invalid } from '../../../errors.ts';
import type { Lang } from '../../../i18n/messages.ts';
import { describeIssue } from '../../../i18n/zod-issues.ts';
import type { PublicForm } from '../files.ts';
import { verifyChallenge } from '../pow.ts';
import { activeCommune } from '../queries.ts';
import type { PublicCtx } from './ctx.ts';

/** zod issues → field errors on `body.<path>`, worded for a citizen. */
export function fieldErrors(issues: z.core.$ZodIssue[], lang: Lang): FieldError[] {
  return issues.map((i) => ({
    path: ['body', ...i.path.map(String)].join('.'),
    message: describeIssue(i as never, lang),
  }));
}

export function parseData(raw: string | undefined, lang: Lang) {
  let json: unknown;
  try {
    json = JSON.parse(raw ?? '');
  } catch {
    throw new AppError(400, 'public.dataMissing');
  }
  const parsed = SubmitReportData.safeParse(json);
  if (!parsed.success) throw invalid('validation', {}, fieldErrors(parsed.error.issues, lang));
  return parsed.data;
}

/**
 * Records a citizen's tip or petition: report, files, first event, the spent
 * proof-of-work and the audit row commit together or not at all. The identity
 * is encrypted before it reaches the transaction; the secret is returned here
 * and never again (only its argon2id hash is kept).
 */
export async function submitReport(c: PublicCtx, form: PublicForm): Promise<SubmitReportResult> {
  const data = parseData(form.fields.data, c.lang);
  const now = c.clock.now();
  const today = vietnamToday(now);
  if (data.occurredOn && data.occurredOn > today)
    throw invalid('validation', {}, [{ path: 'body.occurredOn', message: 'msg:public.dateFuture' }]);
  const spent = verifyChallenge(c.powKey, now, data.pow);
  const unit = await activeCommune(c.db, data.unitId);
  if (!unit) throw invalid('validation', {}, [{ path: 'body.unitId', message: 'msg:public.unitNotCommune' }]);

  const reporterEnc =
    data.anonymous || !data.contact
      ? null
      : encryptIdentity(c.identityKey, Object.fromEntries(Object.entries(data.contact).filter(([, v]) => v)));
  const secret = newReceiptSecret();
  const secretHash = await hashSecret(secret);
  const due = dueOn(data.kind, today);

  return c.db.transaction(async (tx) => {
    const [fresh] = await tx.insert(spentChallenges).values(spent).onConflictDoNothing().returning();
    if (!fresh) throw new AppError(409, 'public.powReplayed');
    let report: { id: number; receiptCode: string } | undefined;
    // 40 random bits: a clash is rare; the unique index decides, and we draw again.
    for (let attempt = 0; !report && attempt < 5; attempt++) {
      [report] = await tx
        .insert(citizenReports)
        .values({
          receiptCode: newReceiptCode(),
          secretHash,
          type: data.type,
          kind: data.kind,
          category: data.category,
          description: data.description,
          occurredOn: data.occurredOn ?? null,
          occurredTime: data.occurredTime,
          unitId: unit.id,
          unitPath: unit.path,
          address: data.address,
          lat: data.lat ?? null,
          lng: data.lng ?? null,
          anonymous: data.anonymous,
          reporterEnc,
          channel: 'web',
          dueOn: due,
          receivedAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: citizenReports.id, receiptCode: citizenReports.receiptCode });
    }
    if (!report) throw new Error('no free receipt code after 5 attempts');
    if (form.files.length)
      await tx.insert(citizenReportFiles).values(
        form.files.map((f) => ({
          reportId: report.id,
          fileName: f.name,
          mimeType: f.mimeType,
          size: f.data.length,
          content: f.data,
        })),
      );
    await tx
      .insert(citizenReportEvents)
      .values({ reportId: report.id, action: 'submitted', toUnitId: unit.id, at: now });
    // No identity, contact or IP here: the audit log is read by more people than the investigator.
    await recordAudit(tx, {
      action: 'report.submitted',
      actor: null,
      unit: { id: unit.id, path: unit.path },
      targetType: 'citizenReport',
      targetId: report.id,
      after: {
        receiptCode: report.receiptCode,
        type: data.type,
        kind: data.kind,
        category: data.category,
        anonymous: data.anonymous,
        files: form.files.length,
        channel: 'web',
      },
    });
    return { receiptCode: report.receiptCode, secret, dueOn: due, unitName: unit.name };
  });
}
