import {
  AlignmentType,
  BorderStyle,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type ExportLang, exportTexts } from './labels.ts';

/**
 * The page and the blocks Decree 30/2020/NĐ-CP fixes for an administrative
 * document (REGULATIONS.md §9.2–9.3), shared by every DOCX the platform writes:
 * A4 portrait, margins 20/20/30/15 mm, Times New Roman in black, page numbers
 * centred in the top margin from page 2, the two-column header block, the
 * signature and "Nơi nhận" blocks.
 */

export const FONT = 'Times New Roman';
const mm = (n: number) => Math.round((n * 1440) / 25.4);
export const PAGE = {
  width: 11_906,
  height: 16_838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
};
/** Width between the margins, in twips: 165 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** Font sizes in half-points, as docx takes them. */
export const pt = (n: number) => n * 2;

/** Section properties: the page, and a blank first-page header so page 1 shows no number. */
export function decree30Section(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: PAGE.margin,
      },
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(14) })],
          }),
        ],
      }),
      first: new Header({ children: [new Paragraph({})] }),
    },
    children,
  };
}

/** Document-wide defaults: Times New Roman for every script, black, 14 pt, no spacing unless asked. */
export const decree30Styles = {
  default: {
    document: {
      run: {
        font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
        size: pt(14),
        color: '000000',
      },
      paragraph: { spacing: { before: 0, after: 0, line: 240 } },
    },
  },
};

// Advance widths (1/1000 em) of the Times faces, close enough to size the lines
// Decree 30 draws under the motto and the issuing body.
const ROMAN =
  '250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278 500 500 500 500 500 500 500 500 500 500 278 278 564 564 564 444 921 722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611 333 278 333 469 500 333 444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444';
const BOLD =
  '250 333 555 500 500 1000 833 278 333 333 500 570 250 333 250 278 500 500 500 500 500 500 500 500 500 500 333 333 570 570 570 500 930 722 667 722 722 667 611 778 778 389 500 778 667 944 722 778 611 778 722 556 667 722 722 1000 722 722 667 333 278 333 581 500 333 500 556 444 556 444 333 500 556 278 333 556 278 833 556 500 556 556 444 389 333 556 500 722 500 500 444';
const widths = { roman: ROMAN.split(' ').map(Number), bold: BOLD.split(' ').map(Number) };

/** Estimated printed width of a text in twips; Vietnamese letters take the width of their base letter. */
export function textWidth(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? widths.bold : widths.roman;
  let units = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    const base = ch === 'Đ' ? 'D' : ch === 'đ' ? 'd' : ch;
    units += table[(base.codePointAt(0) ?? 0) - 32] ?? 556;
  }
  return Math.round((units / 1000) * sizePt * 20);
}

/** A solid line of the given width centred in a block of `blockWidth` (not an underline: Decree 30 draws a line). */
export function ruleLine(width: number, blockWidth: number): Paragraph {
  const side = Math.max(0, Math.round((blockWidth - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // a little air between the text and the line, so it does not read as an underline
    spacing: { before: 50, after: 0, line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
  });
}

type Run = { text: string; bold?: boolean; italics?: boolean; size: number };
export const line = (r: Run, after = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    children: [new TextRun({ text: r.text, bold: r.bold, italics: r.italics, size: pt(r.size) })],
  });

const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };
/** A borderless two-column table: the header block and the signature block are laid out with it. */
export function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth: number): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: noMargins });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)] })],
  });
}

/** Left column ≈ 40 % of the text width, right ≈ 60 %, so the national name fits on one line at 12 pt. */
export const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.4);

/**
 * The header block (elements 1–4): superior body and issuing body on the left,
 * with the number and symbol under them when the document has one ("Số:
 * 15/BC-CAT", level with the date line); national name, motto and place-date
 * on the right.
 */
export function headerBlock(p: {
  superior: string | null;
  issuer: string;
  placeDate: string;
  lang: ExportLang;
  number?: string;
}): Table {
  const t = exportTexts[p.lang];
  const rightWidth = TEXT_WIDTH - HEADER_LEFT;
  const issuer = p.issuer.toLocaleUpperCase('vi');
  const left = [
    ...(p.superior ? [line({ text: p.superior, size: 13 })] : []),
    line({ text: issuer, bold: true, size: 13 }),
    // 1/3–1/2 of the issuing body's name, never wider than the column
    ruleLine(Math.min(textWidth(issuer, 13, true) * 0.4, HEADER_LEFT * 0.5), HEADER_LEFT),
    ...(p.number
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 200 },
            children: [new TextRun({ text: p.number, size: pt(13) })],
          }),
        ]
      : []),
  ];
  const right = [
    line({ text: t.nationalName, bold: true, size: 12 }),
    line({ text: t.motto, bold: true, size: 13 }),
    ruleLine(textWidth(t.motto, 13, true), rightWidth),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 200 },
      children: [new TextRun({ text: p.placeDate, italics: true, size: pt(14) })],
    }),
  ];
  return twoColumns(left, right, HEADER_LEFT);
}

/**
 * "Nơi nhận:" bottom-left and the signing block on the right, level with each
 * other (elements 7 and 9). An empty authority (the head signs in person) and
 * a missing hint are left out; the signer's name, when known, goes under the
 * space for the signature and seal.
 */
export function signatureBlock(p: {
  recipients: string[];
  authority: string;
  title: string;
  hint?: string;
  name?: string;
  lang: ExportLang;
}): Table {
  const t = exportTexts[p.lang];
  const left = [
    new Paragraph({ children: [new TextRun({ text: t.recipients, bold: true, italics: true, size: pt(12) })] }),
    ...p.recipients.map((r) => new Paragraph({ children: [new TextRun({ text: r, size: pt(11) })] })),
  ];
  const right = [
    ...(p.authority ? [line({ text: p.authority, bold: true, size: 14 })] : []),
    line({ text: p.title, bold: true, size: 14 }),
    ...(p.hint ? [line({ text: p.hint, italics: true, size: 13 })] : []),
    ...Array.from({ length: 5 }, () => new Paragraph({})),
    ...(p.name ? [line({ text: p.name, bold: true, size: 14 })] : []),
  ];
  return twoColumns(left, right, Math.round(TEXT_WIDTH * 0.45));
}
