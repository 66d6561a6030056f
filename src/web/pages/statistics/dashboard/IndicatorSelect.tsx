import { Select } from 'antd';
import type { Indicator } from '../../../../common/statistics/schemas.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { indicatorName } from './format.ts';

/** Chooses the indicator a chart shows, searchable by name in the current language. */
export function IndicatorSelect(props: {
  value: string;
  onChange: (code: string) => void;
  byCode: Map<string, Indicator>;
  testId: string;
}) {
  const { lang } = useI18n();
  return (
    <Select
      value={props.value}
      onChange={props.onChange}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: 280 }}
      options={[...props.byCode.values()].map((x) => ({ value: x.code, label: indicatorName(x, lang, x.code) }))}
      data-testid={props.testId}
    />
  );
}
