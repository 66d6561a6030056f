import { and, eq } from 'drizzle-orm';
import type { RecognitionBody } from '../../../../common/initiative/schemas.ts';
import { initiativeRecognitions } from '../../../../db/schema/index.ts';
import { displayDate } from '../../../../domain/text.ts';
import type { Ctx } from '../../../context.ts';
import { invalid, notFound } from '../../../errors.ts';
import { todayOf } from '../../../registry/read.ts';
import { writeOnInitiative } from './write.ts';

/** Records a recognition ("Dân vận khéo", a certificate of merit …) with its issuer and date. */
export function addRecognition(ctx: Ctx, id: number, body: RecognitionBody) {
  return writeOnInitiative(ctx, id, body.version, async (tx, rec) => {
    const refuse = (key: string, date: string) => {
      throw invalid(key, { date: displayDate(date) }, [{ path: 'body.recognizedOn', message: `msg:${key}` }]);
    };
    if (body.recognizedOn > todayOf(ctx)) refuse('registry.dateInFuture', body.recognizedOn);
    if (body.recognizedOn < rec.startedOn) refuse('initiative.recognizedBeforeStart', rec.startedOn);
    const { version: _, ...values } = body;
    const [after] = await tx
      .insert(initiativeRecognitions)
      .values({ ...values, initiativeId: id })
      .returning();
    return { audit: { action: 'initiative.recognized', after } };
  });
}

/** Removes a recognition entered by mistake; the audit keeps what it was. */
export function removeRecognition(ctx: Ctx, id: number, recognitionId: number, version: number) {
  return writeOnInitiative(ctx, id, version, async (tx) => {
    const [before] = await tx
      .delete(initiativeRecognitions)
      .where(and(eq(initiativeRecognitions.id, recognitionId), eq(initiativeRecognitions.initiativeId, id)))
      .returning();
    if (!before) throw notFound();
    return { audit: { action: 'initiative.recognized', before, after: null } };
  });
}
