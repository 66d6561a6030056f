import { Button, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { auditActions } from '../../../common/audit-events.ts';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useDebounced } from '../../components/useDebounced.ts';
import { DATE_FORMAT, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useUsers } from '../user/useUsers.ts';
import type { AuditFilters } from './useAudit.ts';

type Props = { value: AuditFilters; onChange: (next: AuditFilters) => void };

/** User, unit, action and date filters; each change applies at once. */
export function AuditFiltersBar({ value, onChange }: Props) {
  const t = useT();
  const set = (patch: AuditFilters) => onChange({ ...value, ...patch });
  const range = value.from && value.to ? ([dayjs(value.from), dayjs(value.to)] as const) : null;
  return (
    <Flex wrap gap={8} data-testid="audit-filters">
      <UserSelect value={value.userId} onChange={(userId) => set({ userId })} />
      <UnitPicker
        value={value.unitId ?? null}
        onChange={(u) => set({ unitId: u?.id })}
        style={{ width: 280 }}
        data-testid="audit-unit"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('audit.action')}
        value={value.action}
        onChange={(action?: string) => set({ action })}
        style={{ width: 220 }}
        data-testid="audit-action"
        options={auditActions.map((a) => ({ value: a, label: t(`action.${a}`) }))}
      />
      <DatePicker.RangePicker
        format={DATE_FORMAT}
        value={range ? [range[0], range[1]] : null}
        onChange={(r) => set({ from: r?.[0] ? toIsoDate(r[0]) : undefined, to: r?.[1] ? toIsoDate(r[1]) : undefined })}
        aria-label={t('audit.dateRange')}
        data-testid="audit-dates"
      />
      <Button onClick={() => onChange({})}>{t('common.reset')}</Button>
    </Flex>
  );
}

function UserSelect({ value, onChange }: { value?: number; onChange: (id?: number) => void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const users = useUsers({ q: q || undefined, pageSize: 20 });
  const options = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={t('user.pick')}
      value={value}
      onChange={(id?: number) => {
        setSearch('');
        onChange(id);
      }}
      loading={users.isFetching}
      options={options}
      style={{ width: 240 }}
      data-testid="audit-user"
    />
  );
}
