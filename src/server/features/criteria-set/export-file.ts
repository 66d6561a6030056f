import type ExcelJS from 'exceljs';
import type {
  CriteriaSetDefinition,
  MovementSetDefinition,
  SafetySetDefinition,
} from '../../../common/criteria/schemas.ts';
import {
  classificationHeaders,
  classLabels,
  criteriaColumns,
  gateColumns,
  gateLabels,
  guideLines,
  infoRows,
  kindLabels,
  provenanceLabels,
  ruleLabels,
  SHEETS,
  thresholdsProvenanceLabel,
  unitTypeLabels,
} from './xlsx-layout.ts';

const FONT = { name: 'Times New Roman', size: 12 };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };
/** Quarter points as Excel shows them in a Vietnamese locale ("2,5"); "General" never leaves a dangling comma. */
const POINTS = 'General';

/**
 * A set as the workbook of `xlsx-layout.ts`, readable by the importer:
 * import(export(set)) gives the same definition. exceljs is loaded on first
 * use, as elsewhere, to keep it out of the server's start.
 */
export async function renderCriteriaSetXlsx(def: CriteriaSetDefinition): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Toàn Dân';
  addGuide(wb);
  addInfo(wb, def);
  addCriteria(wb, def);
  if (def.kind === 'movement') {
    addClassification(wb, def);
    addGates(wb, def);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { ...FONT, bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
  });
}

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = widths.map((width) => ({
    width,
    style: { font: FONT, alignment: { vertical: 'top', wrapText: true } },
  }));
  return ws;
}

function addGuide(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(SHEETS.guide);
  ws.columns = [{ width: 140, style: { font: FONT, alignment: { wrapText: true } } }];
  guideLines.forEach((line, i) => {
    const row = ws.addRow([line]);
    if (i === 0) row.font = { ...FONT, bold: true, size: 14 };
  });
}

function addInfo(wb: ExcelJS.Workbook, def: CriteriaSetDefinition) {
  const ws = sheet(wb, SHEETS.info, [42, 100]);
  styleHeader(ws.addRow(['Mục', 'Giá trị']));
  const value: Record<(typeof infoRows)[number]['field'], string> = {
    kind: kindLabels[def.kind].label,
    code: def.code,
    name: def.name,
    legalBasis: def.legalBasis,
    appliesTo: def.appliesTo.map((u) => unitTypeLabels[u].label).join('; '),
    decideBy: def.kind === 'movement' ? def.decideBy : '',
    windowFrom: def.kind === 'safety' ? def.windowFrom : '',
    windowTo: def.kind === 'safety' ? def.windowTo : '',
    provenance: provenanceLabels[def.provenance].label,
    provenanceNote: def.provenanceNote ?? '',
  };
  for (const r of infoRows) {
    if (def.kind === 'movement' && (r.field === 'windowFrom' || r.field === 'windowTo')) continue;
    if (def.kind === 'safety' && r.field === 'decideBy') continue;
    ws.addRow([r.label, value[r.field]]).getCell(1).font = { ...FONT, bold: true };
  }
}

const bandsText = (bands: { minPercent: number; points: number }[]) =>
  bands.map((b) => `${b.minPercent}:${b.points}`).join('; ');

function addCriteria(wb: ExcelJS.Workbook, def: CriteriaSetDefinition) {
  const ws = sheet(
    wb,
    SHEETS.criteria,
    criteriaColumns.map((c) => c.width),
  );
  styleHeader(ws.addRow(criteriaColumns.map((c) => c.header)));
  const rows = def.kind === 'movement' ? movementRows(def) : safetyRows(def);
  for (const r of rows) {
    const row = ws.addRow(criteriaColumns.map((c) => r.cells[c.key] ?? null));
    row.getCell(3).numFmt = POINTS;
    if (r.top) row.font = { ...FONT, bold: true };
  }
}

type Cells = Partial<Record<(typeof criteriaColumns)[number]['key'], string | number>>;

function movementRows(def: MovementSetDefinition): { top: boolean; cells: Cells }[] {
  const line = (c: MovementSetDefinition['criteria'][number], top: boolean) => {
    const cells: Cells = {
      code: c.code,
      text: c.text,
      maxPoints: c.maxPoints,
      source: c.source,
      provenance: provenanceLabels[c.provenance].label,
      guidance: c.guidance,
    };
    if (c.items?.length) cells.rule = ruleLabels.items.label;
    else if (c.rule) {
      cells.rule = ruleLabels[c.rule.type].label;
      if (c.rule.type === 'deductionPerEvent') cells.pointsPerEvent = c.rule.pointsPerEvent;
      if (c.rule.type === 'percentageBands') cells.bands = bandsText(c.rule.bands);
    }
    return { top, cells };
  };
  return def.criteria.flatMap((c) => [line(c, true), ...(c.items ?? []).map((i) => line(i, false))]);
}

function safetyRows(def: SafetySetDefinition): { top: boolean; cells: Cells }[] {
  return def.items.map((i) => ({
    top: false,
    cells: {
      code: i.code,
      text: i.text,
      rule: i.computed ? ruleLabels.computed.label : ruleLabels.check.label,
      bands: i.minPercent,
      source: i.source,
      provenance: provenanceLabels[i.provenance].label,
    },
  }));
}

function addClassification(wb: ExcelJS.Workbook, def: MovementSetDefinition) {
  const ws = sheet(wb, SHEETS.classification, [20, 30, 16]);
  styleHeader(ws.addRow(classificationHeaders));
  const c = def.classification;
  ws.addRow([classLabels.excellent.label, c.labels.excellent, c.thresholds.excellent]);
  ws.addRow([classLabels.good.label, c.labels.good, c.thresholds.good]);
  ws.addRow([classLabels.average.label, c.labels.average, c.thresholds.average]);
  ws.addRow([classLabels.weak.label, c.labels.weak, null]);
  ws.addRow([thresholdsProvenanceLabel, provenanceLabels[c.thresholdsProvenance].label]);
}

function addGates(wb: ExcelJS.Workbook, def: MovementSetDefinition) {
  const ws = sheet(
    wb,
    SHEETS.gates,
    gateColumns.map((c) => c.width),
  );
  styleHeader(ws.addRow(gateColumns.map((c) => c.header)));
  for (const g of def.classification.gates) {
    ws.addRow([
      gateLabels[g.kind].label,
      g.kind === 'safetyRecognitionMissing' ? null : g.criterion,
      g.kind === 'criterionBelow' ? g.minPoints : null,
      classLabels[g.capAt].label,
      g.text ?? null,
      provenanceLabels[g.provenance].label,
    ]);
  }
}
