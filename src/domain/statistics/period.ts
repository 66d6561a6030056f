import { type Period, parsePeriod } from '../security-team/period.ts';

export { type Period, type PeriodKind, parsePeriod } from '../security-team/period.ts';

/**
 * A reporting range: from the first day of one period to the last day of
 * another ('2013'–'2023', '2025Q1'–'2025Q3', or one period). Rollups are kept
 * by month (yyyymm), so a range is also a pair of months.
 */
export type PeriodRange = {
  from: Period;
  to: Period;
  start: string;
  end: string;
  startMonth: number;
  endMonth: number;
};

export const monthOf = (isoDate: string) => Number(isoDate.slice(0, 4)) * 100 + Number(isoDate.slice(5, 7));

/** The range from `from` to `to` (default: `from` alone); null when a text is not a period or the order is wrong. */
export function parseRange(from: string, to?: string): PeriodRange | null {
  const a = parsePeriod(from);
  const b = to ? parsePeriod(to) : a;
  if (!a || !b || a.start > b.end) return null;
  return { from: a, to: b, start: a.start, end: b.end, startMonth: monthOf(a.start), endMonth: monthOf(b.end) };
}

/** The same range `years` years earlier: the "same period last year" of a comparison (so với cùng kỳ). */
export function shiftRange(r: PeriodRange, years: number): PeriodRange {
  const shift = (p: Period) => parsePeriod(`${p.year + years}${p.text.slice(4)}`)!;
  return parseRange(shift(r.from).text, shift(r.to).text)!;
}

/** The years a range touches, in order. */
export function yearsOf(r: PeriodRange): number[] {
  const out: number[] = [];
  for (let y = r.from.year; y <= r.to.year; y++) out.push(y);
  return out;
}

const roman = ['I', 'II', 'III', 'IV'];

/** How a period is written in a Vietnamese report: "năm 2025", "quý III năm 2025", "6 tháng đầu năm 2025", "tháng 03/2025". */
export function periodLabel(p: Period, lang: 'vi' | 'en' = 'vi'): string {
  const en = lang === 'en';
  switch (p.kind) {
    case 'year':
      return en ? `${p.year}` : `năm ${p.year}`;
    case 'half':
      if (en) return `${p.index === 1 ? 'first' : 'second'} half of ${p.year}`;
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'quarter':
      return en ? `Q${p.index} ${p.year}` : `quý ${roman[p.index - 1]} năm ${p.year}`;
    case 'month':
      return en
        ? `${String(p.index).padStart(2, '0')}/${p.year}`
        : `tháng ${String(p.index).padStart(2, '0')}/${p.year}`;
  }
}

/** "năm 2025" for one period, "giai đoạn 2013 - 2023" for whole years, else "từ … đến …". */
export function rangeLabel(r: PeriodRange, lang: 'vi' | 'en' = 'vi'): string {
  if (r.from.text === r.to.text) return periodLabel(r.from, lang);
  if (r.from.kind === 'year' && r.to.kind === 'year')
    return lang === 'en' ? `${r.from.year}–${r.to.year}` : `giai đoạn ${r.from.year} - ${r.to.year}`;
  return lang === 'en'
    ? `from ${periodLabel(r.from, lang)} to ${periodLabel(r.to, lang)}`
    : `từ ${periodLabel(r.from)} đến ${periodLabel(r.to)}`;
}
