import type { ScoringRule } from '../../../../common/criteria/schemas.ts';
import type { EntryView, ReasonView, SheetView } from '../../../../common/evaluation/schemas.ts';
import { sumPoints } from '../../../../domain/evaluation/criteria.ts';
import { formatDate, formatPoints } from './format.ts';
import { type ClassLabels, type ExportLang, exportTexts } from './labels.ts';

/**
 * One model of the score sheet for both the DOCX and the XLSX: the rows of the
 * table and the result under it, already worded. Both renderers only lay it out,
 * so the Word and the Excel copies can never disagree.
 */

export type SheetRow = {
  /** a criterion (bold, with its subtotal) or one of its sub-items (indented) */
  kind: 'criterion' | 'item';
  code: string;
  text: string;
  maxPoints: number;
  selfPoints: number | null;
  reviewPoints: number | null;
  notes: string[];
};

export type SheetModel = {
  rows: SheetRow[];
  maxTotal: number;
  selfTotal: number;
  /** null until the level above has looked at the sheet */
  reviewTotal: number | null;
  classLabel: string;
  /** the class is the computed one, not yet decided */
  proposed: boolean;
  reasons: string[];
  decisionLine: string;
};

/** The review column is filled once the level above has adjusted a line or approved the sheet. */
export function isReviewed(view: Pick<SheetView, 'status' | 'entries'>): boolean {
  return view.status === 'approved' || view.status === 'decided' || view.entries.some((e) => e.reviewValue !== null);
}

const sumOrNull = (ns: (number | null)[]) => (ns.every((n) => n === null) ? null : sumPoints(ns.map((n) => n ?? 0)));

function valueText(rule: ScoringRule, value: number, lang: ExportLang): string {
  const t = exportTexts[lang];
  return rule.type === 'deductionPerEvent' ? t.events(formatPoints(value)) : t.percent(formatPoints(value));
}

function notesFor(rule: ScoringRule | undefined, e: EntryView | undefined, reviewed: boolean, lang: ExportLang) {
  const t = exportTexts[lang];
  const notes: string[] = [];
  if (rule && rule.type !== 'manual') {
    const parts = [
      rule.type === 'deductionPerEvent' ? t.ruleDeduction(formatPoints(rule.pointsPerEvent)) : t.ruleBands,
    ];
    if (e?.selfValue != null) parts.push(t.selfValue(valueText(rule, e.selfValue, lang)));
    if (reviewed && e?.reviewValue != null) parts.push(t.reviewValue(valueText(rule, e.reviewValue, lang)));
    notes.push(parts.join('; '));
  }
  if (e?.selfComment) notes.push(t.selfComment(e.selfComment));
  if (e?.reviewReason) notes.push(t.reviewReason(e.reviewReason));
  return notes;
}

/** A reason of the result, as one sentence. */
export function reasonText(r: ReasonView, labels: ClassLabels, lang: ExportLang): string {
  const t = exportTexts[lang];
  const label = labels[r.classification];
  if (r.kind === 'threshold')
    return t.reasonThreshold(formatPoints(r.total ?? 0), label, r.min == null ? null : formatPoints(r.min));
  // the set's own gate text is not repeated: the sentence says the same with the unit's numbers
  switch (r.gateKind) {
    case 'eventsRecorded':
      return t.reasonEvents(r.criterion ?? '', formatPoints(r.events ?? 0), label);
    case 'criterionBelow':
      return t.reasonBelow(r.criterion ?? '', formatPoints(r.points ?? 0), formatPoints(r.minPoints ?? 0), label);
    default:
      return t.reasonSafety(label);
  }
}

export function sheetModel(view: SheetView, lang: ExportLang): SheetModel {
  const t = exportTexts[lang];
  const reviewed = isReviewed(view);
  const byCode = new Map(view.entries.map((e) => [e.code, e]));
  const line = (code: string) => {
    const e = byCode.get(code);
    return { self: e?.selfPoints ?? null, review: reviewed ? (e?.points ?? null) : null, e };
  };
  const rows: SheetRow[] = [];
  for (const c of view.set.criteria) {
    if (c.items?.length) {
      const items = c.items.map((i) => {
        const l = line(i.code);
        return {
          kind: 'item' as const,
          code: i.code,
          text: i.text,
          maxPoints: i.maxPoints,
          selfPoints: l.self,
          reviewPoints: l.review,
          notes: notesFor(i.rule, l.e, reviewed, lang),
        };
      });
      rows.push({
        kind: 'criterion',
        code: c.code,
        text: c.text,
        maxPoints: c.maxPoints,
        selfPoints: sumOrNull(items.map((i) => i.selfPoints)),
        reviewPoints: sumOrNull(items.map((i) => i.reviewPoints)),
        notes: [],
      });
      rows.push(...items);
    } else {
      const l = line(c.code);
      rows.push({
        kind: 'criterion',
        code: c.code,
        text: c.text,
        maxPoints: c.maxPoints,
        selfPoints: l.self,
        reviewPoints: l.review,
        notes: notesFor(c.rule, l.e, reviewed, lang),
      });
    }
  }
  const labels = view.set.classification.labels;
  const decided = view.decided;
  return {
    rows,
    maxTotal: sumPoints(view.set.criteria.map((c) => c.maxPoints)),
    selfTotal: view.selfResult.total,
    reviewTotal: reviewed ? view.result.total : null,
    classLabel: labels[decided?.classification ?? view.result.classification],
    proposed: !decided,
    reasons: view.result.reasons.map((r) => reasonText(r, labels, lang)),
    decisionLine: decided ? t.decision(decided.decisionNumber, formatDate(decided.decisionDate)) : t.notDecided,
  };
}

/** The unit's ancestors below the national root ("Tỉnh Hà Tĩnh, Phường Thành Sen"): every evaluated unit sits in a province. */
export function placePath(pathNames: string[]): string {
  return (pathNames.length > 1 ? pathNames.slice(1) : pathNames).join(', ');
}

/** "UBND PHƯỜNG THÀNH SEN" from the parent's name; bodies that are not administrative units keep their own name. */
export function superiorBodyName(pathNames: string[], lang: ExportLang): string | null {
  const parent = pathNames.at(-1);
  if (!parent) return null;
  const administrative = /^(tỉnh|thành phố|xã|phường|đặc khu|thị trấn|huyện|quận|thị xã)\s/iu.test(parent);
  const upper = parent.toLocaleUpperCase('vi');
  return administrative ? exportTexts[lang].superiorBody(upper) : upper;
}
