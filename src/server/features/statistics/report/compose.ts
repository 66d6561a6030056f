import type { ReportPreview, ReportRequestParsed } from '../../../../common/statistics/report-schemas.ts';
import { type PeriodRange, parseRange, rangeLabel, shiftRange } from '../../../../domain/statistics/period.ts';
import { composeReport, type ReportFacts, unknownTextKeys } from '../../../../domain/statistics/report.ts';
import type { Ctx } from '../../../context.ts';
import { invalid } from '../../../errors.ts';
import { listAwardForms } from '../../award/forms.ts';
import { todayOf } from '../../evaluation/queries.ts';
import { withPathNames } from '../../org-unit/present.ts';
import { getUnit } from '../../org-unit/queries.ts';
import { listIndicators } from '../catalogue.ts';
import { figuresOf, rangeInfo, statisticsUnit } from '../service.ts';
import { reportHeader } from './header.ts';

/** The range of a report body; a bad order is a 422 on `to`, as the form shows it. */
export function reportRange(body: { from: string; to?: string }): PeriodRange {
  const r = parseRange(body.from, body.to);
  if (!r)
    throw invalid('statistics.rangeOrder', { from: body.from, to: body.to ?? body.from }, [
      { path: 'body.to', message: 'msg:statistics.rangeOrder' },
    ]);
  return r;
}

/**
 * The report of a unit for a range, as the web edits it and the DOCX and
 * HTML print it: reads the unit's figures (with the same period a year
 * earlier), the catalogue and the commendation forms, and lets the domain
 * write the paragraphs; the user's texts replace the defaults.
 */
export async function composeReportPreview(ctx: Ctx, body: ReportRequestParsed): Promise<ReportPreview> {
  const unit = await statisticsUnit(ctx, body.unitId);
  const range = reportRange(body);
  const previous = shiftRange(range, -1);
  const [figures, indicators, forms, parent, named] = await Promise.all([
    figuresOf(ctx, { unitId: unit.id, from: range.from.text, to: range.to.text }),
    listIndicators(ctx.db),
    listAwardForms(ctx.db, true),
    unit.parentId ? getUnit(ctx.db, unit.parentId) : undefined,
    withPathNames(ctx.db, [unit]),
  ]);
  const header = reportHeader(body, named(unit), parent ?? null, todayOf(ctx.clock.now()));
  const label = rangeLabel(range, 'vi');
  const facts: ReportFacts = {
    kind: body.kind,
    unit: { name: unit.name, level: unit.level },
    issuer: header.issuer,
    rangeLabel: label,
    compare: previous.end < range.start,
    figures: Object.fromEntries(figures.figures.map((f) => [f.code, f])),
    indicators,
    awardForms: forms,
  };
  const model = composeReport(facts, body.narratives);
  const [unknown] = unknownTextKeys(model, body.narratives);
  if (unknown)
    throw invalid('statisticsReport.unknownText', { key: unknown }, [
      { path: `body.narratives.${unknown}`, message: 'msg:statisticsReport.unknownText' },
    ]);
  return {
    unit: figures.unit,
    range: { ...rangeInfo(range, 'vi') },
    previousRange: rangeInfo(previous, 'vi'),
    compare: facts.compare,
    kind: body.kind,
    header,
    title: model.title,
    summary: model.summary,
    sections: model.sections,
  };
}
