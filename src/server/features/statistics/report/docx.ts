import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { ReportPreview } from '../../../../common/statistics/report-schemas.ts';
import { linesOf } from '../../../../domain/statistics/report.ts';
import {
  decree30Section,
  decree30Styles,
  headerBlock,
  line,
  ruleLine,
  signatureBlock,
  TEXT_WIDTH,
  textWidth,
} from '../../evaluation/export/decree30.ts';

/**
 * The summary report as a Word document in the state format (Decree 30/2020,
 * Mẫu 1.4): the header block with the number, "BÁO CÁO" and its summary, the
 * parts I–V, the signature and "Nơi nhận". Body 14 pt, justified, first line
 * indented 1.27 cm, 6 pt after, line spacing 1.15 (REGULATIONS §9.2).
 */

const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120, line: 276 },
    indent: { firstLine: 720 },
    children: [new TextRun({ text })],
  });

const heading = (text: string, top = false) =>
  new Paragraph({
    keepNext: true,
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: top ? 120 : 60, after: 120, line: 276 },
    indent: { firstLine: 720 },
    children: [new TextRun({ text, bold: true })],
  });

function sectionParagraphs(report: ReportPreview): Paragraph[] {
  return report.sections.flatMap((s) => [
    ...(s.heading ? [heading(s.heading, true)] : []),
    ...s.paragraphs.flatMap(linesOf).map(body),
    ...s.subsections.flatMap((b) => [heading(b.heading), ...b.paragraphs.flatMap(linesOf).map(body)]),
  ]);
}

export async function renderReportDocx(report: ReportPreview): Promise<Buffer> {
  const h = report.header;
  const children = [
    headerBlock({
      superior: h.superior ? h.superior.toLocaleUpperCase('vi') : null,
      issuer: h.issuer,
      placeDate: h.placeDate,
      number: h.numberLine,
      lang: 'vi',
    }),
    new Paragraph({ spacing: { before: 360 } }),
    line({ text: report.title, bold: true, size: 14 }),
    line({ text: report.summary, bold: true, size: 14 }),
    ruleLine(Math.min(textWidth(report.summary, 14, true) / 3, TEXT_WIDTH / 3), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 240 } }),
    ...sectionParagraphs(report),
    new Paragraph({ keepNext: true, spacing: { before: 240 } }),
    signatureBlock({
      recipients: h.recipients.map((r) => `- ${r}`),
      authority: h.signer.authority.toLocaleUpperCase('vi'),
      title: h.signer.title.toLocaleUpperCase('vi'),
      name: h.signer.name,
      lang: 'vi',
    }),
  ];
  const doc = new Document({
    creator: 'Toàn Dân',
    title: `${report.title} ${report.summary}`,
    styles: decree30Styles,
    sections: [decree30Section(children)],
  });
  return Packer.toBuffer(doc);
}
