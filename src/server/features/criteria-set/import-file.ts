/**
 * Reads a criteria-set workbook (layout in `xlsx-layout.ts`) into a
 * definition, or into row errors naming the sheet, row and column. Nothing
 * here touches the database. Rules about the whole set (points add up to 100,
 * thresholds ordered …) are not errors here: the set is saved as a draft and
 * the editor lists them, as for a set typed in by hand.
 */
import {
  type Classification,
  CriteriaSetDefinition,
  type Provenance,
  type ScoringRule,
} from '../../../common/criteria/schemas.ts';
import { AppError, type RowError } from '../../errors.ts';
import type { Lang } from '../../i18n/messages.ts';
import { describeIssue } from '../../i18n/zod-issues.ts';
import { SheetReader } from './sheet-reader.ts';
import {
  classLabels,
  criteriaColumns,
  gateColumns,
  gateLabels,
  headerKey,
  infoRows,
  kindLabels,
  provenanceLabels,
  ruleLabels,
  SHEETS,
  thresholdsProvenanceLabel,
  unitTypeLabels,
} from './xlsx-layout.ts';
import { isPoints, loadSheets, parseBands, parseNumber, type Row } from './xlsx-read.ts';

export type ParsedCriteriaFile = { definition: CriteriaSetDefinition | null; errors: RowError[] };

export async function readCriteriaWorkbook(data: Buffer, lang: Lang): Promise<ParsedCriteriaFile> {
  const sheets = await loadSheets(data);
  return new Reader(sheets, lang).read();
}

/** Where a definition field came from, to put a schema complaint on its row. */
type Origin = { row: number; sheet: string };

class Reader extends SheetReader {
  private readonly infoOrigin = new Map<string, Origin>();
  private readonly criterionOrigin: Origin[] = [];
  private readonly itemOrigin: Origin[][] = [];
  private readonly gateOrigin: Origin[] = [];
  private readonly classOrigin = new Map<string, Origin>();

  read(): ParsedCriteriaFile {
    const info = this.readInfo();
    const kind = info.kind === 'safety' ? 'safety' : 'movement';
    const body =
      kind === 'movement'
        ? {
            ...info,
            kind,
            criteria: this.readMovementCriteria(),
            classification: { ...this.readClassification(), gates: this.readGates() },
          }
        : { ...info, kind, items: this.readSafetyItems() };
    if (this.errors.length > 0) return { definition: null, errors: this.errors };
    const parsed = CriteriaSetDefinition.safeParse(body);
    if (parsed.success) return { definition: parsed.data, errors: [] };
    for (const issue of parsed.error.issues) {
      const { origin, column } = this.locate(issue.path.map(String));
      this.errors.push({
        row: origin.row,
        column: `${origin.sheet}: ${column}`,
        message: describeIssue(issue as never, this.lang),
      });
    }
    return { definition: null, errors: this.errors };
  }

  // ------------------------------------------------------------ Thông tin

  private readInfo(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const r of this.sheet(SHEETS.info, true)) {
      const key = headerKey(r.cells[0] ?? '');
      const def = infoRows.find((i) => headerKey(i.label) === key || i.field.toLowerCase() === key);
      if (!def) continue;
      const value = (r.cells[1] ?? '').trim();
      this.infoOrigin.set(def.field, { row: r.row, sheet: SHEETS.info });
      if (value === '') continue;
      switch (def.field) {
        case 'kind':
          out.kind = this.label(kindLabels, value, SHEETS.info, r.row, def.label);
          break;
        case 'appliesTo':
          out.appliesTo = value
            .split(/[;\n]/)
            .map((v) => v.trim())
            .filter(Boolean)
            .map((v) => this.label(unitTypeLabels, v, SHEETS.info, r.row, def.label));
          break;
        case 'provenance':
          out.provenance = this.label(provenanceLabels, value, SHEETS.info, r.row, def.label);
          break;
        default:
          out[def.field] = value;
      }
    }
    for (const field of ['code', 'name', 'legalBasis', 'appliesTo'] as const)
      if (out[field] === undefined) {
        const label = infoRows.find((i) => i.field === field)!.label;
        this.fail(SHEETS.info, this.infoOrigin.get(field)?.row ?? 1, label, 'criteria.import.required');
      }
    out.provenance ??= 'sample';
    return out;
  }

  // ------------------------------------------------------------ Tiêu chí

  /** Column index of each known header on the sheet's first row. */
  private criteriaRows() {
    const rows = this.sheet(SHEETS.criteria, true);
    const cols = this.columns(rows, criteriaColumns, SHEETS.criteria);
    const missing = (['code', 'text'] as const).filter((k) => !cols.index.has(k));
    if (missing.length > 0)
      throw new AppError(422, 'import.missingColumns', {
        columns: missing.map((k) => criteriaColumns.find((c) => c.key === k)!.header).join(', '),
      });
    const body = rows.slice(1);
    if (body.length === 0) throw new AppError(422, 'criteria.import.noCriteria');
    const cell = (r: Row, k: (typeof criteriaColumns)[number]['key']) => {
      const i = cols.index.get(k);
      return i === undefined ? '' : (r.cells[i] ?? '').trim();
    };
    return { body, cell };
  }

  private header = (k: (typeof criteriaColumns)[number]['key']) => criteriaColumns.find((c) => c.key === k)!.header;

  private common(r: Row, cell: (r: Row, k: (typeof criteriaColumns)[number]['key']) => string) {
    const code = cell(r, 'code');
    const text = cell(r, 'text');
    if (!code) this.fail(SHEETS.criteria, r.row, this.header('code'), 'criteria.import.required');
    if (!text) this.fail(SHEETS.criteria, r.row, this.header('text'), 'criteria.import.required');
    const prov = cell(r, 'provenance');
    const provenance: Provenance | undefined = prov
      ? this.label(provenanceLabels, prov, SHEETS.criteria, r.row, this.header('provenance'))
      : 'sample';
    return {
      code,
      text,
      provenance,
      source: cell(r, 'source') || undefined,
    };
  }

  private readMovementCriteria() {
    const { body, cell } = this.criteriaRows();
    type Out = Record<string, unknown> & { code: string; items?: Record<string, unknown>[] };
    const criteria: Out[] = [];
    for (const r of body) {
      const base = this.common(r, cell);
      const pointsText = cell(r, 'maxPoints');
      const maxPoints = this.points(pointsText, r.row, this.header('maxPoints'));
      const ruleText = cell(r, 'rule');
      const ruleKind = ruleText ? this.label(ruleLabels, ruleText, SHEETS.criteria, r.row, this.header('rule')) : null;
      const line: Record<string, unknown> = { ...base, maxPoints, guidance: cell(r, 'guidance') || undefined };
      const rule = ruleKind && ruleKind !== 'items' ? this.rule(ruleKind, r, cell) : undefined;
      const dot = base.code.lastIndexOf('.');
      const parent = dot > 0 ? criteria.find((c) => c.code === base.code.slice(0, dot)) : undefined;
      if (parent) {
        parent.items ??= [];
        parent.items.push({ ...line, rule: rule ?? { type: 'manual' } });
        this.itemOrigin[criteria.indexOf(parent)]!.push({ row: r.row, sheet: SHEETS.criteria });
      } else {
        criteria.push({ ...line, code: base.code, rule });
        this.criterionOrigin.push({ row: r.row, sheet: SHEETS.criteria });
        this.itemOrigin.push([]);
      }
    }
    // A criterion with sub-items is scored through them; one without any and without a rule is scored by hand.
    for (const c of criteria) {
      if (c.items?.length) delete c.rule;
      else c.rule ??= { type: 'manual' };
    }
    return criteria;
  }

  private rule(
    kind: Exclude<keyof typeof ruleLabels, 'items'>,
    r: Row,
    cell: (r: Row, k: (typeof criteriaColumns)[number]['key']) => string,
  ): ScoringRule | undefined {
    switch (kind) {
      case 'manual':
        return { type: 'manual' };
      case 'deductionPerEvent': {
        const text = cell(r, 'pointsPerEvent');
        const n = parseNumber(text);
        if (n === null || n <= 0 || !isPoints(n)) {
          this.fail(SHEETS.criteria, r.row, this.header('pointsPerEvent'), 'criteria.import.perEvent', { value: text });
          return undefined;
        }
        return { type: 'deductionPerEvent', pointsPerEvent: n };
      }
      case 'percentageBands': {
        const text = cell(r, 'bands');
        const bands = parseBands(text);
        if (!bands) {
          this.fail(SHEETS.criteria, r.row, this.header('bands'), 'criteria.import.bands', { value: text });
          return undefined;
        }
        return { type: 'percentageBands', bands };
      }
      default:
        this.fail(SHEETS.criteria, r.row, this.header('rule'), 'criteria.import.ruleForSafety', {
          value: cell(r, 'rule'),
        });
        return undefined;
    }
  }

  private readSafetyItems() {
    const { body, cell } = this.criteriaRows();
    return body.map((r) => {
      const base = this.common(r, cell);
      this.criterionOrigin.push({ row: r.row, sheet: SHEETS.criteria });
      const ruleText = cell(r, 'rule');
      const kind = ruleText ? this.label(ruleLabels, ruleText, SHEETS.criteria, r.row, this.header('rule')) : 'check';
      if (kind !== 'computed') {
        if (kind && kind !== 'check')
          this.fail(SHEETS.criteria, r.row, this.header('rule'), 'criteria.import.ruleForMovement', {
            value: ruleText,
          });
        return base;
      }
      const text = cell(r, 'bands');
      const min = parseNumber(text);
      if (min === null || min < 0 || min > 100)
        this.fail(SHEETS.criteria, r.row, this.header('bands'), 'criteria.import.minPercent', { value: text });
      return { ...base, computed: 'subunitRecognitionShare', minPercent: min ?? undefined };
    });
  }

  // ------------------------------------------------------------ Xếp loại, Điều kiện khống chế

  private readClassification() {
    const labels: Record<string, string> = {};
    const thresholds: Record<string, number | undefined> = {};
    let thresholdsProvenance: Provenance | undefined = 'sample';
    for (const r of this.sheet(SHEETS.classification, true).slice(1)) {
      const first = r.cells[0] ?? '';
      if (headerKey(first) === headerKey(thresholdsProvenanceLabel)) {
        const v = (r.cells[1] ?? '').trim();
        if (v) thresholdsProvenance = this.label(provenanceLabels, v, SHEETS.classification, r.row, first);
        continue;
      }
      const cls = this.label(classLabels, first, SHEETS.classification, r.row, 'Mức');
      if (!cls) continue;
      this.classOrigin.set(cls, { row: r.row, sheet: SHEETS.classification });
      labels[cls] = (r.cells[1] ?? '').trim() || classLabels[cls].label;
      if (cls !== 'weak')
        thresholds[cls] = this.points((r.cells[2] ?? '').trim(), r.row, 'Điểm tối thiểu', SHEETS.classification);
    }
    for (const cls of ['excellent', 'good', 'average'] as Classification[])
      if (!this.classOrigin.has(cls))
        this.fail(SHEETS.classification, 1, classLabels[cls].label, 'criteria.import.required');
    labels.weak ??= classLabels.weak.label;
    return { labels, thresholds, thresholdsProvenance };
  }

  private readGates() {
    const rows = this.sheet(SHEETS.gates, false);
    const cols = this.columns(rows, gateColumns, SHEETS.gates);
    const header = (k: (typeof gateColumns)[number]['key']) => gateColumns.find((c) => c.key === k)!.header;
    const cell = (r: Row, k: (typeof gateColumns)[number]['key']) => {
      const i = cols.index.get(k);
      return i === undefined ? '' : (r.cells[i] ?? '').trim();
    };
    return rows.slice(1).map((r) => {
      this.gateOrigin.push({ row: r.row, sheet: SHEETS.gates });
      const kind = this.label(gateLabels, cell(r, 'kind'), SHEETS.gates, r.row, header('kind'));
      const capAt = this.label(classLabels, cell(r, 'capAt'), SHEETS.gates, r.row, header('capAt'));
      const prov = cell(r, 'provenance');
      const gate: Record<string, unknown> = {
        kind,
        capAt,
        text: cell(r, 'text') || undefined,
        provenance: prov ? this.label(provenanceLabels, prov, SHEETS.gates, r.row, header('provenance')) : 'sample',
      };
      if (kind && kind !== 'safetyRecognitionMissing') {
        gate.criterion = cell(r, 'criterion');
        if (!gate.criterion) this.fail(SHEETS.gates, r.row, header('criterion'), 'criteria.import.required');
      }
      if (kind === 'criterionBelow')
        gate.minPoints = this.points(cell(r, 'minPoints'), r.row, header('minPoints'), SHEETS.gates);
      return gate;
    });
  }

  /** The row and column a schema complaint belongs to. */
  private locate(path: string[]): { origin: Origin; column: string } {
    const fallback = { origin: { row: 1, sheet: SHEETS.info }, column: path.join('.') };
    const [head, a, b, c, d] = path;
    if ((head === 'criteria' || head === 'items') && a !== undefined) {
      const i = Number(a);
      const origin = b === 'items' && c !== undefined ? this.itemOrigin[i]?.[Number(c)] : this.criterionOrigin[i];
      const field = b === 'items' ? d : b;
      const column = criteriaColumns.find((x) => x.key === field)?.header ?? this.header('rule');
      return origin ? { origin, column } : fallback;
    }
    if (head === 'classification') {
      if (a === 'gates' && b !== undefined) {
        const origin = this.gateOrigin[Number(b)];
        const column = gateColumns.find((x) => x.key === c)?.header ?? gateColumns[0]!.header;
        return origin ? { origin, column } : fallback;
      }
      const origin = (b && this.classOrigin.get(b)) || { row: 1, sheet: SHEETS.classification };
      return { origin, column: a === 'labels' ? 'Nhãn hiển thị' : 'Điểm tối thiểu' };
    }
    const info = infoRows.find((r) => r.field === head);
    const origin = (head && this.infoOrigin.get(head)) || { row: 1, sheet: SHEETS.info };
    return { origin, column: info?.label ?? fallback.column };
  }
}
