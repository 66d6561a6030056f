import { asc, desc, eq } from 'drizzle-orm';
import type { InitiativeDetail } from '../../../common/initiative/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import {
  initiativeDocuments,
  initiativeRecognitions,
  initiativeReplications,
  orgUnits,
} from '../../../db/schema/index.ts';
import { unitCols } from '../../registry/read.ts';
import { withPathNames } from '../org-unit/present.ts';

type More = Pick<InitiativeDetail, 'replications' | 'recognitions' | 'documents'>;

/** The sub-records of one initiative: its points (with their units), recognitions and files (without content). */
export async function initiativeDetail(db: Executor, id: number): Promise<More> {
  const [points, recognitions, documents] = await Promise.all([
    db
      .select({ p: initiativeReplications, unit: unitCols })
      .from(initiativeReplications)
      .innerJoin(orgUnits, eq(orgUnits.id, initiativeReplications.unitId))
      .where(eq(initiativeReplications.initiativeId, id))
      .orderBy(asc(initiativeReplications.replicatedOn), asc(initiativeReplications.id)),
    db
      .select()
      .from(initiativeRecognitions)
      .where(eq(initiativeRecognitions.initiativeId, id))
      .orderBy(desc(initiativeRecognitions.recognizedOn), asc(initiativeRecognitions.id)),
    db
      .select({
        id: initiativeDocuments.id,
        fileName: initiativeDocuments.fileName,
        mimeType: initiativeDocuments.mimeType,
        size: initiativeDocuments.size,
        uploadedAt: initiativeDocuments.uploadedAt,
      })
      .from(initiativeDocuments)
      .where(eq(initiativeDocuments.initiativeId, id))
      .orderBy(asc(initiativeDocuments.id)),
  ]);
  const withPath = await withPathNames(
    db,
    points.map((r) => r.unit),
  );
  return {
    replications: points.map(({ p, unit }) => ({
      id: p.id,
      unit: withPath(unit),
      fromReplicationId: p.fromReplicationId,
      replicatedOn: p.replicatedOn,
      teams: p.teams,
      note: p.note,
    })),
    recognitions: recognitions.map((r) => ({
      id: r.id,
      title: r.title,
      issuer: r.issuer,
      decisionNumber: r.decisionNumber,
      recognizedOn: r.recognizedOn,
    })),
    documents: documents.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
  };
}
