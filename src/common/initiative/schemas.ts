import { z } from 'zod';
import { initiativeStages, workingStages } from '../../domain/initiative/stage.ts';
import { IsoDate } from '../page.ts';
import { optionalText, RegistryRecordBase, RegistryUnit, requiredText } from '../registry/schemas.ts';

export const WorkingStage = z.enum(workingStages);
export type WorkingStage = z.infer<typeof WorkingStage>;
export const InitiativeStage = z.enum(initiativeStages);
export type InitiativeStage = z.infer<typeof InitiativeStage>;

/** An initiative as forms and imports send it; "stopped" is set by closing the record. */
export const InitiativeBody = z.object({
  name: requiredText(300, 'msg:initiative.nameRequired'),
  typeCode: z.string().trim().min(1, 'msg:initiative.typeRequired').max(40).describe('code of an initiative type'),
  startedOn: IsoDate.describe('date the initiative was launched (ra mắt) or registered'),
  stage: WorkingStage,
  leadOrganization: optionalText(300).describe('organisation leading it (police, Front, women’s union …)'),
  description: optionalText(4000),
  results: optionalText(4000),
  cameraCount: z
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .nullish()
    .transform((v) => v ?? null),
  cameraLocations: optionalText(2000),
});
export type InitiativeBody = z.infer<typeof InitiativeBody>;

export const InitiativeView = RegistryRecordBase.extend({
  name: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  isCamera: z.boolean(),
  startedOn: IsoDate,
  /** the stage reached */
  stage: WorkingStage,
  /** what the user sees: stopped when closed */
  shownStage: InitiativeStage,
  leadOrganization: z.string().nullable(),
  description: z.string().nullable(),
  results: z.string().nullable(),
  cameraCount: z.number().int().nullable(),
  cameraLocations: z.string().nullable(),
  points: z.number().int().describe('replication points (điểm)'),
  teams: z.number().int().describe('teams running it at its points'),
});
export type InitiativeView = z.infer<typeof InitiativeView>;

export const ReplicationView = z.object({
  id: z.number().int(),
  unit: RegistryUnit,
  fromReplicationId: z.number().int().nullable(),
  replicatedOn: IsoDate,
  teams: z.number().int(),
  note: z.string().nullable(),
});
export type ReplicationView = z.infer<typeof ReplicationView>;

export const RecognitionView = z.object({
  id: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  decisionNumber: z.string().nullable(),
  recognizedOn: IsoDate,
});
export type RecognitionView = z.infer<typeof RecognitionView>;

export const DocumentView = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const InitiativeDetail = InitiativeView.extend({
  replications: z.array(ReplicationView),
  recognitions: z.array(RecognitionView),
  documents: z.array(DocumentView),
});
export type InitiativeDetail = z.infer<typeof InitiativeDetail>;

export const InitiativeFilters = {
  typeCode: z.string().trim().max(40).optional(),
  stage: WorkingStage.optional().describe('stage reached; stopped initiatives are the closed ones (status=closed)'),
};

/** "Replicate to unit X from the original (null) or from point R", at the initiative's version. */
export const ReplicateBody = z.object({
  version: z.number().int(),
  unitId: z.number().int().positive(),
  fromReplicationId: z.number().int().positive().nullable().default(null),
  replicatedOn: IsoDate,
  teams: z.number().int().min(0).max(100_000).default(1),
  note: optionalText(1000),
});
export type ReplicateBody = z.infer<typeof ReplicateBody>;

export const EditReplicationBody = ReplicateBody.pick({ version: true, replicatedOn: true, teams: true, note: true });
export type EditReplicationBody = z.infer<typeof EditReplicationBody>;

export const RecognitionBody = z.object({
  version: z.number().int(),
  title: requiredText(300, 'msg:initiative.recognitionTitleRequired').describe('e.g. "Dân vận khéo"'),
  issuer: requiredText(300, 'msg:initiative.issuerRequired'),
  decisionNumber: optionalText(100),
  recognizedOn: IsoDate,
});
export type RecognitionBody = z.infer<typeof RecognitionBody>;

export const VersionQuery = z.object({ version: z.coerce.number().int() });

export const SubParams = z.object({
  id: z.coerce.number().int().positive(),
  subId: z.coerce.number().int().positive(),
});

/** A type of the taxonomy. */
export const InitiativeTypeView = z.object({
  id: z.number().int(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  sort: z.number().int(),
  active: z.boolean(),
});
export type InitiativeTypeView = z.infer<typeof InitiativeTypeView>;

export const InitiativeTypeBody = z.object({
  nameVi: requiredText(200, 'msg:initiative.typeNameRequired'),
  nameEn: optionalText(200),
  sort: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
});
export type InitiativeTypeBody = z.infer<typeof InitiativeTypeBody>;

export const NewInitiativeTypeBody = InitiativeTypeBody.extend({
  code: z
    .string()
    .trim()
    .regex(/^[a-zA-Z][a-zA-Z0-9-]{1,39}$/, 'msg:initiative.typeCodeFormat')
    .describe('stable code, never changed: letters, digits, dashes'),
});
export type NewInitiativeTypeBody = z.infer<typeof NewInitiativeTypeBody>;

/** Replication points under a unit (a point is listed where it is, whatever the original's unit). */
export const PointListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  unitId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(200).optional(),
  typeCode: z.string().trim().max(40).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type PointListQuery = z.infer<typeof PointListQuery>;

export const PointView = ReplicationView.extend({
  initiative: z.object({
    id: z.number().int(),
    name: z.string(),
    typeName: z.string(),
    unit: RegistryUnit,
    closedOn: IsoDate.nullable(),
  }),
});
export type PointView = z.infer<typeof PointView>;
