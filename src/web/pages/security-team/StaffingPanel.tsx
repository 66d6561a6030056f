import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Table } from 'antd';
import { useState } from 'react';
import type { StaffingView } from '../../../common/security-team/staffing.ts';
import { api } from '../../api/client.ts';
import { ImportModal } from '../../components/registry/ImportModal.tsx';
import { fileUrl, useRecords, useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';

const base = '/api/staffing';
type Values = { unitId: number; period: string; regular: number; semiProfessional: number; note?: string };

/** Commune police staffing (regular / semi-professional) per period: list, filter, enter or correct. */
export function StaffingPanel() {
  const t = useT();
  const can = useCan();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [period, setPeriod] = useState<string | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<StaffingView | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const list = useRecords<StaffingView>(base, { unitId, period, ...page });
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} justify="space-between">
        <Flex wrap gap={8}>
          <UnitPicker
            value={unitId ?? null}
            onChange={(u) => setUnitId(u?.id)}
            placeholder={t('registry.filterUnit')}
            style={{ width: 280 }}
          />
          <Input.Search
            allowClear
            placeholder={t('staffing.periodHint')}
            onSearch={(v) => setPeriod(v.trim() || undefined)}
            style={{ width: 220 }}
          />
        </Flex>
        <Flex wrap gap={8}>
          <Button icon={<DownloadOutlined />} href={fileUrl(`${base}/export.xlsx`, { unitId, period })}>
            {t('registry.export')}
          </Button>
          {can('securityTeam.manage') && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="staffing-import">
              {t('registry.import')}
            </Button>
          )}
          {can('securityTeam.manage') && (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="staffing-new">
              {t('staffing.new')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Table<StaffingView>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={list.error ? { emptyText: list.error.message } : undefined}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          onChange: (p, s) => setPage({ page: p, pageSize: s }),
        }}
        columns={[
          { key: 'unit', title: t('registry.unit'), render: (_, r) => r.unit.name },
          { key: 'period', title: t('staffing.period'), dataIndex: 'period', width: 110 },
          { key: 'regular', title: t('staffing.regular'), align: 'right', render: (_, r) => formatNumber(r.regular) },
          {
            key: 'semi',
            title: t('staffing.semiProfessional'),
            align: 'right',
            render: (_, r) => formatNumber(r.semiProfessional),
          },
          { key: 'note', title: t('securityTeam.member.note'), responsive: ['lg'], render: (_, r) => r.note ?? '—' },
          {
            key: 'updated',
            title: t('staffing.updatedAt'),
            width: 120,
            responsive: ['md'],
            render: (_, r) => formatDate(r.updatedAt),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 90,
            render: (_, r) =>
              r.can.manage && (
                <Button size="small" onClick={() => setEditing(r)}>
                  {t('registry.edit')}
                </Button>
              ),
          },
        ]}
      />
      {editing && <StaffingForm current={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {importing && (
        <ImportModal
          base={base}
          title={t('staffing.importTitle')}
          unitId={unitId}
          onClose={() => setImporting(false)}
        />
      )}
    </Flex>
  );
}

function StaffingForm({ current, onClose }: { current?: StaffingView; onClose: () => void }) {
  const t = useT();
  const write = useRegistryWrite(base, (v: Values) =>
    api.put<StaffingView>(
      base,
      current ? { ...v, unitId: current.unit.id, period: current.period, version: current.version } : v,
    ),
  );
  const required = [{ required: true, message: t('common.required') }];
  return (
    <WriteFormModal<Values, StaffingView>
      title={current ? `${current.unit.name} — ${current.period}` : t('staffing.new')}
      testId="staffing-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={
        current ? { ...current, note: current.note ?? undefined } : { period: String(new Date().getFullYear()) }
      }
    >
      {!current && (
        <>
          <Form.Item name="unitId" label={t('staffing.commune')} rules={required}>
            <UnitField level="commune" />
          </Form.Item>
          <Form.Item name="period" label={t('staffing.period')} rules={required} extra={t('staffing.periodHint')}>
            <Input maxLength={7} />
          </Form.Item>
        </>
      )}
      <Form.Item name="regular" label={t('staffing.regular')} rules={required}>
        <InputNumber min={0} max={10000} />
      </Form.Item>
      <Form.Item name="semiProfessional" label={t('staffing.semiProfessional')} rules={required}>
        <InputNumber min={0} max={10000} />
      </Form.Item>
      <Form.Item name="note" label={t('securityTeam.member.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </WriteFormModal>
  );
}
