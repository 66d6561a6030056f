import { InputNumber } from 'antd';
import { formatNumber } from '../../../i18n/format.ts';

type Props = {
  value: number | null;
  onChange: (v: number | null) => void;
  integer: boolean;
  disabled?: boolean;
  error?: boolean;
  ariaLabel: string;
  testId: string;
};

/**
 * A figure written the Vietnamese way while it is not being typed: 1.250.000
 * and 12,5. What is typed is read the same way (a dot groups thousands, a
 * comma starts the decimals); limits are checked by the server, so a wrong
 * value is shown with its message instead of being silently clamped.
 */
export function ValueInput({ value, onChange, integer, disabled, error, ariaLabel, testId }: Props) {
  return (
    <InputNumber<number>
      value={value}
      onChange={(v) => onChange(v ?? null)}
      formatter={(v, info) =>
        info.userTyping ? info.input : v === undefined || String(v) === '' ? '' : formatNumber(Number(v))
      }
      // antd takes the parsed text as it is (an empty text is "no value"), so the text is returned, not a Number
      parser={(s) => (s ?? '').replace(/\s/g, '').replace(/\./g, '').replace(',', '.') as unknown as number}
      step={integer ? 1 : 0.1}
      disabled={disabled}
      status={error ? 'error' : undefined}
      style={{ width: 170 }}
      aria-label={ariaLabel}
      data-testid={testId}
    />
  );
}
