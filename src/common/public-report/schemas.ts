import { z } from 'zod';
import { petitionKinds, tipKinds } from '../../domain/citizen-report/time-limits.ts';
import { IsoDate } from '../page.ts';

/**
 * The citizens' public channel: what the form sends and what comes back.
 * Refinement messages are catalogue keys (`msg:public.…`), so server and web
 * show the same Vietnamese sentence.
 */
export const reportTypes = ['tip', 'petition'] as const;
export const ReportType = z.enum(reportTypes);
export type ReportType = z.infer<typeof ReportType>;

export const kindsByType = { tip: tipKinds, petition: petitionKinds } as const;

/** Fixed category lists, one per type; `other` last. */
export const categoriesByType = {
  tip: ['drugs', 'theft', 'gambling', 'onlineFraud', 'socialEvils', 'publicOrder', 'domesticViolence', 'other'],
  petition: ['land', 'environment', 'securityOrder', 'officials', 'other'],
} as const satisfies Record<ReportType, readonly string[]>;

export const FILE_LIMITS = {
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 25 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'],
  accept: '.jpg,.jpeg,.png,.webp,.gif,.pdf,image/jpeg,image/png,image/webp,image/gif,application/pdf',
} as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const ReporterContact = z.object({
  name: optionalText(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,15}$/, 'msg:public.phoneFormat')
    .optional()
    .nullable()
    .or(z.literal(''))
    .transform((v) => v || null),
  email: z
    .email('msg:public.emailFormat')
    .optional()
    .nullable()
    .or(z.literal(''))
    .transform((v) => v || null),
  idNumber: optionalText(20),
  address: optionalText(500),
});
export type ReporterContact = z.infer<typeof ReporterContact>;

export const PowSolution = z.object({
  token: z.string().min(10).max(200),
  nonce: z.string().min(1).max(40),
});
export type PowSolution = z.infer<typeof PowSolution>;

export const SubmitReportData = z
  .object({
    type: ReportType,
    kind: z.enum([...tipKinds, ...petitionKinds]),
    category: z.string().min(1).max(40),
    description: z.string().trim().min(20, 'msg:public.descriptionShort').max(10_000),
    occurredOn: IsoDate.optional().nullable(),
    occurredTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'msg:public.timeFormat')
      .optional()
      .nullable()
      .or(z.literal(''))
      .transform((v) => v || null),
    unitId: z.number({ error: 'msg:public.communeRequired' }).int().positive(),
    address: optionalText(500),
    lat: z.number().min(-90).max(90).optional().nullable(),
    lng: z.number().min(-180).max(180).optional().nullable(),
    anonymous: z.boolean(),
    contact: ReporterContact.optional().nullable(),
    pow: PowSolution,
  })
  .superRefine((d, ctx) => {
    if (!(kindsByType[d.type] as readonly string[]).includes(d.kind))
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'msg:public.kindMismatch' });
    if (!(categoriesByType[d.type] as readonly string[]).includes(d.category))
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'msg:public.categoryUnknown' });
    if ((d.lat == null) !== (d.lng == null))
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'msg:public.pointIncomplete' });
    if (!d.anonymous && !d.contact?.phone && !d.contact?.email)
      ctx.addIssue({ code: 'custom', path: ['contact', 'phone'], message: 'msg:public.contactRequired' });
  });
export type SubmitReportData = z.input<typeof SubmitReportData>;
export type SubmitReportParsed = z.output<typeof SubmitReportData>;

export const SubmitReportResult = z.object({
  receiptCode: z.string(),
  secret: z.string().describe('shown once: only its hash is stored'),
  dueOn: IsoDate.nullable(),
  unitName: z.string(),
});
export type SubmitReportResult = z.infer<typeof SubmitReportResult>;

export const Challenge = z.object({
  token: z.string(),
  difficulty: z.number().int().describe('leading zero bits of SHA-256(token:nonce)'),
});
export type Challenge = z.infer<typeof Challenge>;

export const LookupBody = z.object({
  code: z.string().trim().min(1).max(40),
  secret: z.string().trim().min(1).max(60),
});
export type LookupBody = z.infer<typeof LookupBody>;

export const PublicMessage = z.object({
  author: z.enum(['citizen', 'officer']),
  body: z.string(),
  at: z.string(),
});
export const PublicFile = z.object({ fileName: z.string(), size: z.number().int(), at: z.string() });

export const LookupResult = z.object({
  receiptCode: z.string(),
  type: ReportType,
  kind: z.string(),
  category: z.string(),
  status: z.string(),
  receivedOn: IsoDate,
  dueOn: IsoDate.nullable(),
  unitName: z.string(),
  messages: z.array(PublicMessage),
  files: z.array(PublicFile),
});
export type LookupResult = z.infer<typeof LookupResult>;

export const PublicUnit = z.object({ id: z.number().int(), name: z.string(), code: z.string().nullable() });
export type PublicUnit = z.infer<typeof PublicUnit>;
export const PublicUnitsQuery = z.object({ parentId: z.coerce.number().int().positive().optional() });
