import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { SheetView } from '../../../../common/evaluation/schemas.ts';
import {
  decree30Section,
  decree30Styles,
  headerBlock,
  line,
  pt,
  ruleLine,
  signatureBlock,
  TEXT_WIDTH,
  textWidth,
} from './decree30.ts';
import { formatPoints, placeDateLine } from './format.ts';
import { type ExportLang, exportTexts } from './labels.ts';
import { placePath, type SheetModel, type SheetRow, sheetModel, superiorBodyName } from './sheet-model.ts';

export type SheetExportOptions = { lang: ExportLang; placeName: string; today: string };

/** Code | Criterion | Max | Self | Review | Notes, in twips; adds up to the text width (165 mm). */
const COLUMNS = [780, 3500, 900, 900, 1000, 2274] as const;
const TABLE_PT = 12;
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };

type CellText = { text: string; bold?: boolean; italics?: boolean; align?: 'left' | 'center'; indent?: number };

function cell(lines: CellText[], width: number, span = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    borders,
    margins: cellMargins,
    verticalAlign: VerticalAlign.CENTER,
    children: (lines.length ? lines : [{ text: '' }]).map(
      (l) =>
        new Paragraph({
          alignment: l.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          indent: l.indent ? { left: l.indent } : undefined,
          children: [new TextRun({ text: l.text, bold: l.bold, italics: l.italics, size: pt(TABLE_PT) })],
        }),
    ),
  });
}

const num = (n: number | null, bold?: boolean): CellText[] => [{ text: formatPoints(n), bold, align: 'center' }];

function criteriaTable(model: SheetModel, lang: ExportLang): Table {
  const c = exportTexts[lang].columns;
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [c.code, c.criterion, c.maxPoints, c.selfPoints, c.reviewPoints, c.note].map((text, i) =>
      cell([{ text, bold: true, align: 'center' }], COLUMNS[i] ?? 0),
    ),
  });
  const body = model.rows.map((r: SheetRow) => {
    const bold = r.kind === 'criterion';
    return new TableRow({
      cantSplit: true,
      children: [
        cell([{ text: r.code, bold, align: 'center' }], COLUMNS[0]),
        cell([{ text: r.text, bold, indent: r.kind === 'item' ? 284 : undefined }], COLUMNS[1]),
        cell(num(r.maxPoints, bold), COLUMNS[2]),
        cell(num(r.selfPoints, bold), COLUMNS[3]),
        cell(num(r.reviewPoints, bold), COLUMNS[4]),
        cell(
          r.notes.map((text) => ({ text, italics: false })),
          COLUMNS[5],
        ),
      ],
    });
  });
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell(
        [{ text: exportTexts[lang].totalRow.toLocaleUpperCase('vi'), bold: true, align: 'center' }],
        COLUMNS[0] + COLUMNS[1],
        2,
      ),
      cell(num(model.maxTotal, true), COLUMNS[2]),
      cell(num(model.selfTotal, true), COLUMNS[3]),
      cell(num(model.reviewTotal, true), COLUMNS[4]),
      cell([], COLUMNS[5]),
    ],
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...COLUMNS],
    layout: TableLayoutType.FIXED,
    rows: [head, ...body, total],
  });
}

/** A body paragraph: 14 pt, 6 pt after, justified (Decree 30 §9.2). */
const para = (runs: TextRun[], opts: { keepNext?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: opts.keepNext,
    spacing: { after: 120 },
    indent: { firstLine: 720 },
    children: runs,
  });
const run = (text: string, o: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, ...o });

function resultParagraphs(view: SheetView, model: SheetModel, lang: ExportLang): Paragraph[] {
  const t = exportTexts[lang];
  // the result travels with the signature as one block: neither a heading nor a signature alone on a page
  const keep = { keepNext: true };
  const out = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 120 },
      children: [run(t.resultHeading, { bold: true })],
    }),
    para([run(`${t.selfTotal}: `), run(formatPoints(model.selfTotal), { bold: true })], keep),
  ];
  if (model.reviewTotal !== null)
    out.push(para([run(`${t.reviewTotal}: `), run(formatPoints(model.reviewTotal), { bold: true })], keep));
  out.push(
    para(
      [
        run(`${t.classLine}: `),
        run(model.classLabel, { bold: true }),
        ...(model.proposed ? [run(` ${t.proposed}`, { italics: true })] : []),
      ],
      keep,
    ),
    para([run(`${t.explanation}:`)], keep),
    ...model.reasons.map((r) => para([run(`- ${r}`)], keep)),
    para([run(model.decisionLine, { italics: !view.decided })], keep),
  );
  return out;
}

/** The set is not the official text: said on the sheet itself, in a box, so a printed copy cannot hide it. */
function provenanceBox(view: SheetView, lang: ExportLang): Paragraph[] {
  const t = exportTexts[lang];
  if (view.set.provenance === 'verified') return [];
  const box = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 };
  const text = view.set.provenance === 'sample' ? t.sampleSet : t.partialSet;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 120 },
      border: { top: box, bottom: box, left: box, right: box },
      children: [
        new TextRun({ text, bold: true, italics: true, size: pt(13) }),
        ...(view.set.provenanceNote
          ? [new TextRun({ text: view.set.provenanceNote, italics: true, size: pt(12), break: 1 })]
          : []),
      ],
    }),
  ];
}

/**
 * The score sheet of one unit as a Word document in the state format
 * (Decree 30/2020): header block, title, legal basis, the criteria table with
 * self and review scores, the result with its grounds, signature and recipients.
 */
export async function renderSheetDocx(view: SheetView, opts: SheetExportOptions): Promise<Buffer> {
  const t = exportTexts[opts.lang];
  const model = sheetModel(view, opts.lang);
  const summary = t.sheetSummary(view.year);
  const issuer = view.unit.name.toLocaleUpperCase('vi');
  const children = [
    headerBlock({
      superior: superiorBodyName(view.unit.pathNames, opts.lang),
      issuer,
      placeDate: placeDateLine(opts.placeName, opts.today, opts.lang),
      lang: opts.lang,
    }),
    new Paragraph({ spacing: { before: 360 } }),
    line({ text: t.sheetTitle, bold: true, size: 14 }),
    line({ text: summary, bold: true, size: 14 }),
    ruleLine(Math.min(textWidth(summary, 14, true) / 3, TEXT_WIDTH / 3), TEXT_WIDTH),
    ...provenanceBox(view, opts.lang),
    new Paragraph({ spacing: { before: 120 } }),
    para([run(t.legalBasis(view.set.legalBasis), { italics: true })]),
    para([run(t.setLine(view.set.name, view.set.version), { italics: true })]),
    para([run(t.unitLine(view.unit.name, placePath(view.unit.pathNames)))]),
    para([run(t.unitTypeLine(t.unitTypes[view.unitType]))]),
    ...(view.decided ? [] : [para([run(t.statusLine(t.statuses[view.status]))])]),
    criteriaTable(model, opts.lang),
    ...resultParagraphs(view, model, opts.lang),
    new Paragraph({ keepNext: true, spacing: { before: 120 } }),
    signatureBlock({
      recipients: [t.recipientArchive],
      authority: t.signAuthority(issuer),
      title: t.signTitle,
      hint: t.signHint,
      lang: opts.lang,
    }),
  ];
  const doc = new Document({
    creator: 'Toàn Dân',
    title: `${t.sheetTitle} – ${view.unit.name} – ${view.year}`,
    styles: decree30Styles,
    sections: [decree30Section(children)],
  });
  return Packer.toBuffer(doc);
}
