import type { Indicator } from '../../../../common/statistics/schemas.ts';
import { formatNumber } from '../../../i18n/format.ts';

/** A figure as printed: "114.924", "89%" (Vietnamese decimal comma: "12,5%"). */
export function formatFigure(value: number | null | undefined, i: Indicator | undefined): string {
  if (value == null) return '—';
  return i?.aggregation === 'ratio' ? `${formatNumber(value)}%` : formatNumber(value);
}

/** "+5 (+50%)", "−3 (−12,5%)"; the base of a ratio changes in percentage points. */
export function formatChange(
  change: number | null,
  pct: number | null,
  i: Indicator | undefined,
  pointsLabel: string,
): string {
  if (change == null) return '—';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const abs = formatNumber(Math.abs(change));
  if (i?.aggregation === 'ratio') return `${sign}${abs} ${pointsLabel}`;
  return pct == null ? `${sign}${abs}` : `${sign}${abs} (${sign}${formatNumber(Math.abs(pct))}%)`;
}

export const indicatorName = (i: Indicator | undefined, lang: 'vi' | 'en', code: string) =>
  i ? (lang === 'en' ? i.nameEn : i.name) : code;
