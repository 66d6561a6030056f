import { z } from 'zod';
import { UnitRef } from '../org-unit/schemas.ts';
import { IsoDate } from '../page.ts';
import { PeriodText, RangeInfo } from './schemas.ts';

/** sơ kết (interim) or tổng kết (final) */
export const ReportKind = z.enum(['interim', 'final']);
export type ReportKind = z.infer<typeof ReportKind>;

const Line = (max: number) => z.string().trim().max(max);

/**
 * What the user asks for: the unit and range, the Decree 30 header and
 * signature fields (each with a default from the unit), and the texts the
 * user has rewritten, by paragraph key.
 */
export const ReportRequest = z.object({
  unitId: z.number().int().positive(),
  from: PeriodText.describe('first period: 2013, 2025Q1 …'),
  to: PeriodText.optional().describe('last period (default: from)'),
  kind: ReportKind.default('final'),
  number: z
    .string()
    .trim()
    .regex(/^\d{0,6}$/, 'msg:statisticsReport.badNumber')
    .default('')
    .describe('the register number, e.g. "15"; empty leaves a blank to fill by hand'),
  symbol: Line(40)
    .regex(/^[\p{Lu}\d-]*$/u, 'msg:statisticsReport.badSymbol')
    .optional()
    .describe('after the number: "BC-CAT" (default from the unit)'),
  superior: Line(200).optional().describe('direct superior body, e.g. "Bộ Công an"; empty for none'),
  issuer: Line(200).optional().describe('issuing body, e.g. "Công an tỉnh Hà Tĩnh"'),
  place: Line(100).optional().describe('place name of the date line (default: the province)'),
  date: IsoDate.optional().describe('date of the report (default: today)'),
  signer: z
    .object({
      authority: Line(100).default('').describe('"KT. GIÁM ĐỐC", "TM. BAN CHỈ ĐẠO"; empty when the head signs'),
      title: Line(200).optional().describe('"GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"'),
      name: Line(100).default(''),
    })
    .default({ authority: '', name: '' }),
  recipients: z.array(Line(200).min(1)).max(30).optional().describe('"Nơi nhận" lines, the archive line last'),
  narratives: z
    .record(z.string().regex(/^[a-zA-Z][\w.]{0,40}$/), z.string().max(20_000))
    .default({})
    .describe('paragraph key → the user’s text, replacing the default'),
});
export type ReportRequest = z.input<typeof ReportRequest>;
export type ReportRequestParsed = z.infer<typeof ReportRequest>;

export const ReportParagraph = z.object({
  key: z.string(),
  kind: z.enum(['data', 'narrative']),
  text: z.string(),
  defaultText: z.string(),
  edited: z.boolean(),
});
export type ReportParagraph = z.infer<typeof ReportParagraph>;

export const ReportSection = z.object({
  key: z.string(),
  heading: z.string().nullable(),
  paragraphs: z.array(ReportParagraph),
  subsections: z.array(z.object({ key: z.string(), heading: z.string(), paragraphs: z.array(ReportParagraph) })),
});
export type ReportSection = z.infer<typeof ReportSection>;

/** The header and signature as they will be printed, defaults filled in. */
export const ReportHeader = z.object({
  superior: z.string().nullable(),
  issuer: z.string(),
  number: z.string(),
  symbol: z.string(),
  /** "Số: 15/BC-CAT" */
  numberLine: z.string(),
  place: z.string(),
  date: z.string(),
  /** "Hà Tĩnh, ngày 05 tháng 02 năm 2026" */
  placeDate: z.string(),
  signer: z.object({ authority: z.string(), title: z.string(), name: z.string() }),
  recipients: z.array(z.string()),
});
export type ReportHeader = z.infer<typeof ReportHeader>;

export const ReportPreview = z.object({
  unit: UnitRef,
  range: RangeInfo,
  previousRange: RangeInfo,
  /** false over several years: no "so với cùng kỳ" */
  compare: z.boolean(),
  kind: ReportKind,
  header: ReportHeader,
  title: z.string(),
  summary: z.string(),
  sections: z.array(ReportSection),
});
export type ReportPreview = z.infer<typeof ReportPreview>;
