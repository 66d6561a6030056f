/**
 * Reads the national list of administrative units (GSO export, the 2025
 * two-level lists and their look-alikes) from an XLSX or CSV file into
 * validated rows. Nothing here touches the database: the caller
 * (service/import.ts) writes the rows only when `errors` is empty.
 *
 * Format is decided from the bytes, never the file name:
 * - XLSX: zip magic `PK\x03\x04`, read with exceljs; the first worksheet whose
 *   first rows contain the header is used.
 * - CSV: UTF-8 text (BOM stripped), or UTF-16 text with a BOM (Excel's
 *   "Unicode Text" export); no NUL/control bytes; delimiter `,` `;` or tab,
 *   whichever makes a recognisable header.
 * Anything else (PDF, images, legacy .xls, HTML saved as .xls, other zips) is
 * `import.notSpreadsheet`.
 *
 * Code cells (REGULATIONS §10.3: province 2, district 3, commune 5 digits,
 * always strings): a purely numeric code shorter than its length is
 * left-padded with zeros, whether Excel stored it as a number (`1` → `01`) or
 * as text (a CSV saved from such a sheet carries the same `1`), because both
 * are the same leading-zero loss. Longer codes, codes with anything but
 * digits, fractional numbers and all-zero codes are rejected. The `="00001"`
 * trick used to keep zeros in CSV files is unwrapped.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { foldText } from '../../../domain/text.ts';
import { AppError, type RowError } from '../../errors.ts';
import { type Lang, translate } from '../../i18n/messages.ts';
import { isZip, readSheets, type SheetRow } from '../../xlsx-read.ts';

export type UnitListRow = {
  /** 1-based row number as the user sees it in Excel (the header is row 1 normally). */
  row: number;
  provinceCode: string;
  provinceName: string;
  /** Absent in the post-2025 two-level lists. */
  districtCode: string | null;
  districtName: string | null;
  /** Null for a row that only lists a province or district. */
  communeCode: string | null;
  communeName: string | null;
  /** The "Cấp" column as written (Xã, Phường, Thị trấn, Đặc khu, or a province/district type). */
  communeType: string | null;
};

export type ParsedUnitList = { rows: UnitListRow[]; errors: RowError[] };

type Field = 'provinceCode' | 'provinceName' | 'districtCode' | 'districtName' | 'communeCode' | 'communeName' | 'type';

/** Header names used in `import.missingColumns` (the GSO export's own). */
const EXPECTED_HEADER: Record<Exclude<Field, 'type'>, string> = {
  provinceCode: 'Mã TP',
  provinceName: 'Tỉnh Thành Phố',
  districtCode: 'Mã QH',
  districtName: 'Quận Huyện',
  communeCode: 'Mã PX',
  communeName: 'Phường Xã',
};

/**
 * Accepted headers, compared after `headerKey` (folded, only letters and
 * digits). Generic `Mã` / `Tên` / `Mã đơn vị` mean the lowest level (commune),
 * as in the GSO per-commune sheet. Old-unit columns of the 2025 mapping files
 * ("Mã Quận huyện TMS (cũ) …") deliberately match nothing.
 */
const ALIASES: Record<Field, string[]> = {
  provinceCode: [
    'matp',
    'matinh',
    'matinhtp',
    'matinhthanhpho',
    'matinhmoi',
    'matinhtpmoi',
    'matinhthanhphomoi',
    'matinhbnv',
    'provincecode',
  ],
  provinceName: [
    'tinhthanhpho',
    'tinhtp',
    'tinh',
    'tentinh',
    'tentp',
    'tentinhtp',
    'tentinhthanhpho',
    'tentinhmoi',
    'tentinhtpmoi',
    'tentinhthanhphomoi',
    'province',
    'provincename',
  ],
  districtCode: ['maqh', 'mahuyen', 'maquanhuyen', 'maquanhuyenthixa', 'districtcode'],
  districtName: [
    'quanhuyen',
    'huyen',
    'tenhuyen',
    'tenquanhuyen',
    'quanhuyenthixa',
    'tenquanhuyenthixa',
    'district',
    'districtname',
  ],
  communeCode: [
    'mapx',
    'maxa',
    'maphuongxa',
    'maxaphuong',
    'maphuongxathitran',
    'maxaphuongthitran',
    'maxamoi',
    'maphuongxamoi',
    'maxaphuongmoi',
    'madonvi',
    'madvhc',
    'ma',
    'communecode',
    'wardcode',
  ],
  communeName: [
    'phuongxa',
    'xaphuong',
    'phuongxathitran',
    'xaphuongthitran',
    'tenxa',
    'tenphuongxa',
    'tenxaphuong',
    'tenphuongxathitran',
    'tenxaphuongthitran',
    'tenxamoi',
    'tenphuongxamoi',
    'tenxaphuongmoi',
    'tendonvi',
    'tendvhc',
    'ten',
    'commune',
    'communename',
    'ward',
    'wardname',
  ],
  type: ['cap', 'capdonvi', 'loai', 'loaidonvi', 'loaihinh', 'type', 'level'],
};

const ALIAS_FIELD = new Map<string, Field>(
  (Object.entries(ALIASES) as [Field, string[]][]).flatMap(([field, keys]) => keys.map((k) => [k, field] as const)),
);

const CODE_DIGITS = { province: 2, district: 3, commune: 5 } as const;
const HEADER_SEARCH_ROWS = 10;

/** One non-empty row of the sheet: cells as trimmed strings, index 0 = column A. */
type RawRow = SheetRow;
type Columns = Partial<Record<Field, { index: number; header: string }>>;

export async function readUnitList(data: Buffer, fileName: string, lang: Lang): Promise<ParsedUnitList> {
  const notSpreadsheet = () => new AppError(422, 'import.notSpreadsheet', { file: fileName });
  let sheets: RawRow[][];
  if (isZip(data)) sheets = (await readSheets(data, notSpreadsheet)).map((sh) => sh.rows);
  else {
    const text = decodeText(data);
    if (text === null) throw notSpreadsheet();
    sheets = [readCsv(text, fileName)];
  }
  const { rows, columns } = locateHeader(sheets);
  if (rows.length === 0) throw new AppError(422, 'import.empty');
  return validate(rows, columns, lang);
}

// ---------------------------------------------------------------- file formats

const FOREIGN_TEXT = /^(%PDF|\{\\rtf|<)/i;
// C0 controls except tab, LF and CR (NUL included) mean binary content.
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting binary data is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * The file as text, or null when it is not plain text: invalid UTF-8, NUL or
 * other control bytes, or a known text-based non-spreadsheet (PDF, RTF, and
 * the HTML/XML "xls" files some portals produce).
 */
function decodeText(data: Buffer): string | null {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  if (data[0] === 0xff && data[1] === 0xfe) encoding = 'utf-16le';
  else if (data[0] === 0xfe && data[1] === 0xff) encoding = 'utf-16be';
  let text: string;
  try {
    // `fatal` rejects invalid sequences; the BOM is removed by default.
    text = new TextDecoder(encoding, { fatal: true }).decode(data);
  } catch {
    return null;
  }
  if (CONTROL_CHARS.test(text)) return null;
  if (FOREIGN_TEXT.test(text.trimStart())) return null;
  return text;
}

function readCsv(text: string, fileName: string): RawRow[] {
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    throw new AppError(422, 'import.csvSyntax', { file: fileName, line });
  }
  // One record per Excel row: empty lines are kept as records so the
  // numbering matches what Excel shows when it opens the file.
  const rows: RawRow[] = [];
  records.forEach((cells, i) => {
    const clean = cells.map(unwrapCsvFormula);
    if (clean.some((c) => c !== '')) rows.push({ row: i + 1, cells: clean });
  });
  return rows;
}

/** `="00001"` is how CSV producers keep Excel from dropping zeros. */
function unwrapCsvFormula(cell: string): string {
  const m = /^="(.*)"$/.exec(cell);
  return m ? m[1]!.trim() : cell;
}

/**
 * The delimiter under which one of the first lines reads as the best header
 * (most recognised columns, then most columns). Lines are tried one by one so
 * a broken quote further down cannot skew the choice.
 */
function detectDelimiter(text: string): string {
  const lines: string[] = [];
  for (const line of text.slice(0, 64 * 1024).split(/\r?\n/)) {
    if (line.trim()) lines.push(line);
    if (lines.length >= HEADER_SEARCH_ROWS) break;
  }
  let best = { delimiter: ',', score: -1, count: -1 };
  for (const delimiter of [',', ';', '\t']) {
    let score = 0;
    let count = 0;
    for (const line of lines) {
      const cells = splitLine(line, delimiter);
      score = Math.max(score, Object.keys(mapColumns(cells)).length);
      count = Math.max(count, cells.length);
    }
    if (score > best.score || (score === best.score && count > best.count)) best = { delimiter, score, count };
  }
  return best.delimiter;
}

function splitLine(line: string, delimiter: string): string[] {
  try {
    const [cells] = parseCsv(line, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
    return cells ?? [];
  } catch {
    return line.split(delimiter);
  }
}

// ---------------------------------------------------------------- header

/** Folded header with only letters and digits: "Tỉnh / Thành phố" → "tinhthanhpho". */
function headerKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

/**
 * Columns of a candidate header row. An exact alias wins; otherwise a header
 * whose alias is followed by a parenthesised note ("Mã tỉnh (2 số)") is
 * accepted. When two columns fit one field the leftmost wins.
 */
function mapColumns(cells: string[]): Columns {
  const exact: Columns = {};
  const loose: Columns = {};
  cells.forEach((cell, index) => {
    const header = cell.trim();
    if (!header) return;
    const field = ALIAS_FIELD.get(headerKey(header));
    if (field) {
      exact[field] ??= { index, header };
      return;
    }
    const stripped = ALIAS_FIELD.get(headerKey(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')));
    if (stripped) loose[stripped] ??= { index, header };
  });
  return { ...loose, ...exact };
}

/**
 * Picks the sheet and header row: the first of the first 10 non-empty rows of
 * a sheet that names the province code and name. Throws missingColumns
 * (judged on the most promising row seen) when no sheet has them, and
 * import.empty when every sheet is blank.
 */
function locateHeader(sheets: RawRow[][]): { rows: RawRow[]; columns: Columns } {
  let bestPartial: Columns | null = null;
  let anyContent = false;
  for (const sheet of sheets) {
    if (sheet.length > 0) anyContent = true;
    for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.length); i++) {
      const columns = mapColumns(sheet[i]!.cells);
      if (columns.provinceCode && columns.provinceName) {
        const missing = missingPairs(columns);
        if (missing.length > 0) throw missingColumns(missing);
        const next = sheet[i + 1];
        return { rows: sheet.slice(next && isColumnNumbering(next.cells) ? i + 2 : i + 1), columns };
      }
      if (!bestPartial || headerScore(columns) > headerScore(bestPartial)) bestPartial = columns;
    }
  }
  if (!anyContent) throw new AppError(422, 'import.empty');
  // No header: name only the required columns the closest row lacks (the
  // optional pairs are judged once a header is found).
  const missing: string[] = [];
  if (!bestPartial?.provinceCode) missing.push(EXPECTED_HEADER.provinceCode);
  if (!bestPartial?.provinceName) missing.push(EXPECTED_HEADER.provinceName);
  throw missingColumns(missing);
}

/**
 * The "(1) (2) (3)…" row official templates put under the header: only small
 * numbers, which no unit row can be (a name is never a bare number).
 */
function isColumnNumbering(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c) => /^\(?\d{1,2}\)?$/.test(c));
}

/** Closeness to a usable header: the required province columns first, then any other. */
const headerScore = (c: Columns) =>
  10 * (Number(Boolean(c.provinceCode)) + Number(Boolean(c.provinceName))) + Object.keys(c).length;

/** District and commune columns are optional, but only as code + name pairs. */
function missingPairs(columns: Columns): string[] {
  const missing: string[] = [];
  for (const [code, name] of [
    ['districtCode', 'districtName'],
    ['communeCode', 'communeName'],
  ] as const) {
    if (columns[code] && !columns[name]) missing.push(EXPECTED_HEADER[name]);
    if (columns[name] && !columns[code]) missing.push(EXPECTED_HEADER[code]);
  }
  return missing;
}

const missingColumns = (names: string[]) => new AppError(422, 'import.missingColumns', { columns: names.join(', ') });

// ---------------------------------------------------------------- validation

type Level = keyof typeof CODE_DIGITS;
type Seen = { row: number; name: string; parent: string; parentLabel: string; type: string | null };

/** Trimmed, NFC, single spaces: names compare and store the same whatever the source. */
const cleanName = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Code cell → canonical code, or null when malformed (see the module comment
 * for the padding rule).
 */
function normaliseCode(raw: string, digits: number): string | null {
  if (!/^\d+$/.test(raw) || raw.length > digits) return null;
  const code = raw.padStart(digits, '0');
  return /^0+$/.test(code) ? null : code;
}

function validate(rows: RawRow[], columns: Columns, lang: Lang): ParsedUnitList {
  const out: UnitListRow[] = [];
  const errors: RowError[] = [];
  const seen: Record<Level, Map<string, Seen>> = { province: new Map(), district: new Map(), commune: new Map() };
  const seenRows = new Set<string>();

  for (const { row, cells } of rows) {
    const get = (field: Field) => {
      const col = columns[field];
      return col ? (cells[col.index] ?? '') : '';
    };
    const raw = {
      provinceCode: get('provinceCode'),
      provinceName: cleanName(get('provinceName')),
      districtCode: get('districtCode'),
      districtName: cleanName(get('districtName')),
      communeCode: get('communeCode'),
      communeName: cleanName(get('communeName')),
      type: cleanName(get('type')),
    };
    // Exports split into pages repeat the header; it is not a unit.
    if (
      raw.provinceCode === columns.provinceCode!.header &&
      raw.provinceName === cleanName(columns.provinceName!.header)
    )
      continue;
    // Rows with nothing in the columns we read (notes, totals in other
    // columns) carry no unit and are skipped like blank rows.
    if (Object.values(raw).every((v) => v === '')) continue;

    const rowErrors: RowError[] = [];
    const fail = (field: Field, key: string, params: Record<string, unknown> = {}) => {
      const column = columns[field]?.header ?? null;
      rowErrors.push({ row, column, message: translate(key, lang, { column: column ?? '', ...params }) });
    };
    const child = raw.communeName || raw.districtName || raw.communeCode || raw.districtCode;

    /**
     * Checks one code + name pair; returns the canonical code when both are
     * valid. `missingKey` names the message for a pair that is required but
     * blank (null: the pair is optional on this row).
     */
    const pair = (level: Level, codeField: Field, nameField: Field, missingKey: string | null) => {
      const rawCode = raw[codeField as keyof typeof raw];
      const name = raw[nameField as keyof typeof raw];
      if (!rawCode && !name) {
        if (missingKey) {
          fail(codeField, missingKey, { name: child });
          fail(nameField, missingKey, { name: child });
        }
        return null;
      }
      let code: string | null = null;
      if (rawCode) {
        code = normaliseCode(rawCode, CODE_DIGITS[level]);
        if (!code) fail(codeField, 'import.codeFormat', { value: rawCode, digits: CODE_DIGITS[level] });
      } else fail(codeField, 'import.nameWithoutCode', { name });
      if (!name) fail(nameField, 'import.codeWithoutName', { code: code ?? rawCode });
      return code && name ? code : null;
    };

    // A district or commune without its province (or, in a three-level
    // file, a commune without its district) is reported on the parent's cells.
    const provinceCode = pair(
      'province',
      'provinceCode',
      'provinceName',
      child ? 'import.provinceMissing' : 'import.cellRequired',
    );
    const hasCommune = Boolean(raw.communeCode || raw.communeName);
    const districtCode = columns.districtCode
      ? pair('district', 'districtCode', 'districtName', hasCommune ? 'import.districtMissing' : null)
      : null;
    const communeCode = columns.communeCode ? pair('commune', 'communeCode', 'communeName', null) : null;

    if (rowErrors.length === 0) {
      const unit: UnitListRow = {
        row,
        provinceCode: provinceCode!,
        provinceName: raw.provinceName,
        districtCode: districtCode,
        districtName: districtCode ? raw.districtName : null,
        communeCode,
        communeName: communeCode ? raw.communeName : null,
        communeType: raw.type || null,
      };
      checkConsistency(unit, seen, fail);
      const identity = [
        unit.provinceCode,
        unit.provinceName,
        unit.districtCode,
        unit.districtName,
        unit.communeCode,
        unit.communeName,
        unit.communeType,
      ].join('\u0000');
      // Identical repeated rows are harmless: keep the first, drop the rest silently.
      if (rowErrors.length === 0 && !seenRows.has(identity)) {
        seenRows.add(identity);
        out.push(unit);
      }
    }
    errors.push(...rowErrors);
  }
  if (out.length === 0 && errors.length === 0) throw new AppError(422, 'import.empty');
  return { rows: out, errors };
}

/**
 * Cross-row rules: a code has one name (and one "Cấp") in the whole file, and a
 * district or commune code sits under one parent. The first row wins; later
 * rows that disagree are reported, pointing at the first.
 */
function checkConsistency(
  unit: UnitListRow,
  seen: Record<Level, Map<string, Seen>>,
  fail: (field: Field, key: string, params?: Record<string, unknown>) => void,
) {
  const levelType = (level: Level) =>
    level === 'commune' ||
    (level === 'district' && !unit.communeCode) ||
    (level === 'province' && !unit.districtCode && !unit.communeCode)
      ? unit.communeType
      : null;
  const entries: [Level, string | null, string | null, Field, Field, string, string][] = [
    ['province', unit.provinceCode, unit.provinceName, 'provinceCode', 'provinceName', '', ''],
    [
      'district',
      unit.districtCode,
      unit.districtName,
      'districtCode',
      'districtName',
      unit.provinceCode,
      `${unit.provinceName} (${unit.provinceCode})`,
    ],
    [
      'commune',
      unit.communeCode,
      unit.communeName,
      'communeCode',
      'communeName',
      unit.districtCode ?? unit.provinceCode,
      unit.districtCode ? `${unit.districtName} (${unit.districtCode})` : `${unit.provinceName} (${unit.provinceCode})`,
    ],
  ];
  for (const [level, code, name, codeField, nameField, parent, parentLabel] of entries) {
    if (!code || !name) continue;
    const type = levelType(level);
    const first = seen[level].get(code);
    if (!first) {
      seen[level].set(code, { row: unit.row, name, parent, parentLabel, type });
      continue;
    }
    if (first.name !== name) fail(nameField, 'import.nameConflict', { code, name, other: first.name, row: first.row });
    if (first.parent !== parent) {
      fail(codeField, 'import.parentConflict', { code, parent: parentLabel, other: first.parentLabel, row: first.row });
    }
    if (type && first.type && type !== first.type) {
      fail('type', 'import.typeConflict', { code, type, other: first.type, row: first.row });
    } else if (type && !first.type) first.type = type;
  }
}
