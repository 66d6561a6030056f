import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { CompletenessCard } from './CompletenessCard.tsx';
import { EntryFormCard } from './EntryFormCard.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { useEntryForm, useUnitPeriod } from './useEntry.ts';

/**
 * Periodic statistics entry: choose a unit and a period, fill in and submit
 * the unit's figures, or (at the level above) approve or return them and see
 * which child units have reported.
 */
export function EntryPage() {
  const t = useT();
  const { unitId, period, set } = useUnitPeriod();
  const form = useEntryForm(unitId, period);
  const f = form.data;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('statisticsEntry.title')}
      </Typography.Title>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <UnitPicker
            value={unitId}
            onChange={(u) => set({ unitId: u?.id ?? null })}
            style={{ width: 340 }}
            data-testid="entry-unit"
          />
          <PeriodPicker value={period} onChange={(p) => set({ period: p })} />
        </Flex>
      </Card>
      {!unitId && <Alert type="info" showIcon title={t('statisticsEntry.pickUnit')} />}
      {form.error && <Alert type="error" showIcon title={form.error.message} />}
      {form.isLoading && <Spin />}
      {/* the level above mostly looks for who has not reported: the child units come before its own form */}
      {unitId && <CompletenessCard unitId={unitId} period={period} onOpen={(id) => set({ unitId: id })} />}
      {f && <EntryFormCard key={`${f.unit.id}-${f.period.text}`} form={f} />}
    </Flex>
  );
}
