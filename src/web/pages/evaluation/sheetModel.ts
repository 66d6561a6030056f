import type { Criterion } from '../../../common/criteria/schemas.ts';
import type {
  AdjustBody,
  EntryView,
  ResultView,
  SaveSelfBody,
  SheetSetView,
  SheetView,
} from '../../../common/evaluation/schemas.ts';
import { classify } from '../../../domain/evaluation/classification.ts';
import { type Leaf, leavesOf, sumPoints } from '../../../domain/evaluation/criteria.ts';
import { toResultView } from '../../../domain/evaluation/result-view.ts';
import { type EntryValues, pointsFor } from '../../../domain/evaluation/scoring.ts';

/** What the unit types on one line, and what the reviewer types over it. */
export type SelfDraft = { value: number | null; comment: string };
export type ReviewDraft = { value: number | null; reason: string };
export type Drafts = { self: Record<string, SelfDraft>; review: Record<string, ReviewDraft> };

/** A row of the sheet: a criterion with sub-items (a heading with subtotals), or a scored line. */
export type SheetRow =
  | { kind: 'group'; key: string; criterion: Criterion; leaves: Leaf[] }
  | { kind: 'line'; key: string; leaf: Leaf; nested: boolean };

export function rowsOf(set: SheetSetView): SheetRow[] {
  const leaves = leavesOf(set);
  return set.criteria.flatMap((c): SheetRow[] => {
    const mine = leaves.filter((l) => l.code === c.code || l.parentCode === c.code);
    if (!c.items?.length) return mine.map((leaf) => ({ kind: 'line', key: leaf.code, leaf, nested: false }));
    return [
      { kind: 'group', key: `group:${c.code}`, criterion: c, leaves: mine },
      ...mine.map((leaf): SheetRow => ({ kind: 'line', key: leaf.code, leaf, nested: true })),
    ];
  });
}

export function draftsOf(sheet: SheetView): Drafts {
  const byCode = new Map<string, EntryView>(sheet.entries.map((e) => [e.code, e]));
  const self: Drafts['self'] = {};
  const review: Drafts['review'] = {};
  for (const leaf of leavesOf(sheet.set)) {
    const e = byCode.get(leaf.code);
    self[leaf.code] = { value: e?.selfValue ?? null, comment: e?.selfComment ?? '' };
    review[leaf.code] = { value: e?.reviewValue ?? null, reason: e?.reviewReason ?? '' };
  }
  return { self, review };
}

export function selfBody(sheet: SheetView, drafts: Drafts): SaveSelfBody {
  return {
    version: sheet.version,
    entries: leavesOf(sheet.set).map((l) => {
      const d = drafts.self[l.code];
      const comment = d?.comment.trim();
      return { code: l.code, value: d?.value ?? null, ...(comment ? { comment } : {}) };
    }),
  };
}

/** Lines whose reviewer value differs from the one stored: each needs a reason. */
export function changedReviewCodes(sheet: SheetView, drafts: Drafts): string[] {
  const stored = new Map(sheet.entries.map((e) => [e.code, e]));
  return leavesOf(sheet.set)
    .map((l) => l.code)
    .filter((code) => {
      const d = drafts.review[code];
      const e = stored.get(code);
      if (d?.value == null) return false;
      return d.value !== (e?.reviewValue ?? null) || d.reason.trim() !== (e?.reviewReason ?? '');
    });
}

export function adjustBody(sheet: SheetView, drafts: Drafts, codes: string[]): AdjustBody {
  return {
    version: sheet.version,
    entries: codes.map((code) => ({
      code,
      value: drafts.review[code]!.value!,
      reason: drafts.review[code]!.reason.trim(),
    })),
  };
}

export const selfValues = (drafts: Drafts): EntryValues =>
  Object.fromEntries(Object.entries(drafts.self).map(([code, d]) => [code, d.value]));

/** The values that count: the reviewer's where there is one, else the unit's own. */
export const currentValues = (drafts: Drafts): EntryValues =>
  Object.fromEntries(Object.entries(drafts.self).map(([code, d]) => [code, drafts.review[code]?.value ?? d.value]));

/** The live result, computed in the browser with the server's own rules. */
export function liveResult(sheet: SheetView, values: EntryValues): ResultView {
  return toResultView(classify(sheet.set, values, { safetyRecognised: sheet.safetyRecognised }));
}

export function linePoints(leaf: Leaf, value: number | null | undefined): number | null {
  return value == null ? null : pointsFor(leaf.rule, leaf.maxPoints, value);
}

export function groupPoints(leaves: Leaf[], values: EntryValues): number | null {
  const pts = leaves.map((l) => linePoints(l, values[l.code]));
  return pts.every((p) => p == null) ? null : sumPoints(pts.map((p) => p ?? 0));
}

/** Maps a problem's `entries.<i>.<field>` paths back to the codes that were sent. */
export function lineErrors(
  sent: { code: string }[],
  errors: { path: string; message: string }[] | undefined,
): { byCode: Record<string, string>; rest: { path: string; message: string }[] } {
  const byCode: Record<string, string> = {};
  const rest: { path: string; message: string }[] = [];
  for (const e of errors ?? []) {
    const m = /^(?:body\.)?entries\.(\d+)(?:\.\w+)?$/.exec(e.path);
    const code = m ? sent[Number(m[1])]?.code : undefined;
    if (code) byCode[code] = byCode[code] ? `${byCode[code]} ${e.message}` : e.message;
    else rest.push(e);
  }
  return { byCode, rest };
}
