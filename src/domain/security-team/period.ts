/**
 * Reporting periods of the staffing figures, as the glossary writes them:
 * a year '2025', a half '2025S1', a quarter '2025Q3', a month '2025M03'.
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';
export type Period = { text: string; kind: PeriodKind; year: number; index: number; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period a text names, with its first and last day; null when the text is not a period. */
export function parsePeriod(text: string): Period | null {
  const m = /^(\d{4})(?:([SQM])(\d{1,2}))?$/.exec(text.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (!m[2]) return { text: String(year), kind: 'year', year, index: 1, start: `${year}-01-01`, end: `${year}-12-31` };
  const index = Number(m[3]);
  const size = { S: 6, Q: 3, M: 1 }[m[2] as 'S' | 'Q' | 'M'];
  if (index < 1 || index > 12 / size) return null;
  const kind = ({ S: 'half', Q: 'quarter', M: 'month' } as const)[m[2] as 'S' | 'Q' | 'M'];
  const first = (index - 1) * size + 1;
  const last = index * size;
  const label = kind === 'month' ? `M${pad(index)}` : `${m[2]}${index}`;
  return {
    text: `${year}${label}`,
    kind,
    year,
    index,
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}
