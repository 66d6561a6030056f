import { Descriptions } from 'antd';
import type { UnitDetail } from '../../../common/org-unit/schemas.ts';
import { UnitStatusTag } from '../../components/UnitStatusTag.tsx';
import { levelOrKindKey } from '../../components/unitLabels.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

export function UnitInfo({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const items = [
    { key: 'code', label: t('unit.code'), children: unit.code ?? t('common.none') },
    { key: 'name', label: t('unit.name'), children: unit.name },
    {
      key: 'level',
      label: unit.kind === 'administrative' ? t('unit.level') : t('unit.kind'),
      children: t(levelOrKindKey(unit)),
    },
    { key: 'type', label: t('unit.typeLabel'), children: unit.typeLabel ?? t('common.none') },
    { key: 'status', label: t('unit.status'), children: <UnitStatusTag status={unit.status} /> },
    { key: 'children', label: t('unit.childCount'), children: formatNumber(unit.childCount) },
    { key: 'from', label: t('unit.validFrom'), children: formatDate(unit.validFrom) },
    { key: 'to', label: t('unit.validTo'), children: formatDate(unit.validTo) },
  ];
  return (
    <Descriptions
      data-testid="unit-info"
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3, xxl: 4 }}
      items={items}
      styles={{ label: { whiteSpace: 'nowrap' } }}
    />
  );
}
