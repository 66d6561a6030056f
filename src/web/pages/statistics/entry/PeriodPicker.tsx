import { Flex, Select } from 'antd';
import { type PeriodKind, parsePeriod } from '../../../../domain/security-team/period.ts';
import { periodsOfYear } from '../../../../domain/statistics/entry.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';

const kinds: PeriodKind[] = ['quarter', 'month', 'half', 'year'];
const roman = ['I', 'II', 'III', 'IV'];

/** Year, kind (quarter, month, half, year) and which one: the period a form is for. */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const t = useT();
  const p = parsePeriod(value) ?? parsePeriod(String(new Date().getFullYear()))!;
  const now = new Date().getFullYear();
  const years = Array.from({ length: now - 2019 + 1 }, (_, i) => now + 1 - i);
  const choose = (year: number, kind: PeriodKind, index: number) => {
    const list = periodsOfYear(year, kind);
    onChange(list[Math.min(index, list.length) - 1] ?? list[0]!);
  };
  return (
    <Flex gap={8} wrap data-testid="entry-period">
      <Select
        aria-label={t('statisticsEntry.year')}
        value={p.year}
        onChange={(y) => choose(y, p.kind, p.index)}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        style={{ width: 96 }}
        data-testid="entry-year"
      />
      <Select
        aria-label={t('statisticsEntry.kind')}
        value={p.kind}
        onChange={(k) => choose(p.year, k, 1)}
        options={kinds.map((k) => ({ value: k, label: t(`statisticsEntry.kind.${k}`) }))}
        style={{ width: 120 }}
        data-testid="entry-kind"
      />
      {p.kind !== 'year' && (
        <Select
          aria-label={t('statisticsEntry.index')}
          value={p.index}
          onChange={(i) => choose(p.year, p.kind, i)}
          options={periodsOfYear(p.year, p.kind).map((_, i) => ({
            value: i + 1,
            label:
              p.kind === 'half'
                ? t(i === 0 ? 'statisticsEntry.index.half1' : 'statisticsEntry.index.half2')
                : t(p.kind === 'month' ? 'statisticsEntry.index.month' : 'statisticsEntry.index.quarter', {
                    n: i + 1,
                    roman: roman[i] ?? '',
                  }),
          }))}
          style={{ width: 128 }}
          data-testid="entry-index"
        />
      )}
    </Flex>
  );
}
