import { useQuery } from '@tanstack/react-query';
import { Card, Flex, InputNumber, Table } from 'antd';
import { useState } from 'react';
import type { RecipientCounts } from '../../../common/award/schemas.ts';
import { api } from '../../api/client.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { decisionsBase } from './useAward.ts';

/** Collectives and individuals rewarded in a year, by form, for the user's unit and each unit under it. */
export function RecipientStats() {
  const t = useT();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const q = { from: `${year}-01-01`, to: `${year}-12-31` };
  const counts = useQuery({
    queryKey: ['registry', decisionsBase, 'recipient-counts', q],
    queryFn: () => api.get<RecipientCounts>(`${decisionsBase}/recipient-counts`, q),
  });
  const c = counts.data;
  return (
    <Card
      title={`${t('award.statsTitle')}${c ? ` — ${c.unit.name}` : ''}`}
      extra={<InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />}
      data-testid="award-stats"
    >
      <Flex vertical gap={16}>
        <Table
          size="small"
          rowKey="formCode"
          pagination={false}
          loading={counts.isFetching}
          dataSource={c?.byForm ?? []}
          columns={[
            { key: 'form', title: t('award.form'), dataIndex: 'formName' },
            { key: 'c', title: t('award.collectives'), align: 'right', render: (_, r) => formatNumber(r.collective) },
            { key: 'i', title: t('award.individuals'), align: 'right', render: (_, r) => formatNumber(r.individual) },
          ]}
        />
        <Table
          size="small"
          rowKey={(r) => r.unit.id}
          pagination={false}
          dataSource={(c?.children ?? []).filter((r) => r.collective + r.individual > 0)}
          columns={[
            { key: 'unit', title: t('registry.unit'), render: (_, r) => r.unit.name },
            {
              key: 'forms',
              title: t('award.form'),
              render: (_, r) =>
                r.byForm
                  .map(
                    (f) =>
                      `${f.formName}: ${t('award.counts', { collectives: f.collective, individuals: f.individual })}`,
                  )
                  .join('; '),
            },
            { key: 'c', title: t('award.collectives'), align: 'right', render: (_, r) => formatNumber(r.collective) },
            { key: 'i', title: t('award.individuals'), align: 'right', render: (_, r) => formatNumber(r.individual) },
          ]}
        />
      </Flex>
    </Card>
  );
}
