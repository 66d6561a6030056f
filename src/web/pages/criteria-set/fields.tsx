import { InputNumber, Select } from 'antd';
import { type Classification, EvaluatedUnitType, Provenance } from '../../../common/criteria/schemas.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** 2.5 → "2,5" in Vietnamese, without trailing zeros. */
const points = (v: string | number | undefined, lang: string) => {
  if (v === undefined || v === '') return '';
  const n = Number(v);
  return Number.isFinite(n)
    ? n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2, useGrouping: false })
    : String(v);
};

/** Points in quarter steps, written "2,5" in Vietnamese. */
export function PointsInput({
  value,
  onChange,
  disabled,
  max = 100,
  testId,
  status,
  width = 90,
}: {
  value: number | undefined;
  onChange: (v: number) => void;
  disabled?: boolean;
  max?: number;
  testId?: string;
  status?: 'error';
  width?: number;
}) {
  const { lang } = useI18n();
  return (
    <InputNumber
      value={value}
      min={0}
      max={max}
      step={0.25}
      formatter={(v, info) => (info.userTyping ? info.input : points(v, lang))}
      parser={(v) => Number((v ?? '').replace(',', '.')) as never}
      disabled={disabled}
      status={status}
      onChange={(v) => onChange(typeof v === 'number' ? v : 0)}
      style={{ width }}
      data-testid={testId}
    />
  );
}

export function ProvenanceSelect({
  value,
  onChange,
  disabled,
  testId,
}: {
  value: Provenance;
  onChange: (v: Provenance) => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Select
      value={value}
      onChange={onChange}
      disabled={disabled}
      style={{ width: 190 }}
      data-testid={testId}
      options={Provenance.options.map((p) => ({ value: p, label: t(`criteria.provenance.${p}`) }))}
    />
  );
}

export function UnitTypesSelect({
  value,
  onChange,
  disabled,
}: {
  value: EvaluatedUnitType[];
  onChange: (v: EvaluatedUnitType[]) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      disabled={disabled}
      data-testid="set-applies-to"
      options={EvaluatedUnitType.options.map((u) => ({ value: u, label: t(`criteria.unitType.${u}`) }))}
    />
  );
}

export function ClassSelect({
  value,
  onChange,
  disabled,
  labels,
  testId,
}: {
  value: Classification;
  onChange: (v: Classification) => void;
  disabled?: boolean;
  labels: Record<Classification, string>;
  testId?: string;
}) {
  return (
    <Select
      value={value}
      onChange={onChange}
      disabled={disabled}
      style={{ width: 150 }}
      data-testid={testId}
      options={(['excellent', 'good', 'average', 'weak'] as const).map((c) => ({ value: c, label: labels[c] }))}
    />
  );
}
