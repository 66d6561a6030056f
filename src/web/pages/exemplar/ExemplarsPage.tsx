import { Button, Card, Descriptions, Drawer, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ExemplarView } from '../../../common/exemplar/schemas.ts';
import { api } from '../../api/client.ts';
import { CloseRecordModal } from '../../components/registry/CloseRecordModal.tsx';
import { RecordStatus } from '../../components/registry/RecordStatus.tsx';
import { RegistryList } from '../../components/registry/RegistryList.tsx';
import { useRecord, useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { ExemplarFormModal } from './ExemplarForm.tsx';

export const base = '/api/exemplars';

/** Exemplars (điển hình tiên tiến): the list with its filters; a name opens the record. */
export function ExemplarsPage() {
  const t = useT();
  const can = useCan();
  const [kind, setKind] = useState<string | undefined>();
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <Card title={t('nav.exemplar')}>
      <RegistryList<ExemplarView>
        base={base}
        testId="exemplar"
        canManage={can('exemplar.manage')}
        searchPlaceholder={t('exemplar.search')}
        newLabel={t('exemplar.new')}
        onNew={() => setCreating(true)}
        importTitle={t('exemplar.importTitle')}
        filters={{
          value: { recipientKind: kind },
          node: (
            <Select
              allowClear
              placeholder={t('exemplar.recipientKind')}
              value={kind}
              onChange={setKind}
              style={{ width: 150 }}
              options={(['individual', 'collective'] as const).map((k) => ({
                value: k,
                label: t(`exemplar.kind.${k}`),
              }))}
            />
          ),
        }}
        columns={[
          {
            key: 'name',
            title: t('exemplar.name'),
            render: (_, r) => (
              <Flex vertical>
                <Typography.Link onClick={() => setOpen(r.id)}>{r.name}</Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[t(`exemplar.kind.${r.recipientKind}`), r.position].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'year', title: t('exemplar.year'), dataIndex: 'year', width: 80 },
          {
            key: 'achievements',
            title: t('exemplar.achievements'),
            dataIndex: 'achievements',
            responsive: ['lg'],
            ellipsis: true,
          },
        ]}
      />
      <ExemplarDrawer id={open} onClose={() => setOpen(null)} />
      {creating && <ExemplarFormModal onClose={() => setCreating(false)} onDone={(e) => setOpen(e.id)} />}
    </Card>
  );
}

function ExemplarDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const t = useT();
  const record = useRecord<ExemplarView>(base, id);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const e = record.data;
  const reopen = useRegistryWrite(base, (v: ExemplarView) =>
    api.post(`${base}/${v.id}/reopen`, { version: v.version }),
  );
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={560}
      title={e?.name}
      loading={record.isLoading}
      data-testid="exemplar-drawer"
    >
      {e && (
        <Flex vertical gap={16}>
          <Space wrap>
            <RecordStatus closedOn={e.closedOn} reason={e.closeReason} />
            {e.can.manage && (
              <Button onClick={() => setEditing(true)} data-testid="exemplar-edit">
                {t('registry.edit')}
              </Button>
            )}
            {e.can.manage && (
              <Button danger onClick={() => setClosing(true)}>
                {t('registry.close')}
              </Button>
            )}
            {e.closedOn && (
              <Button onClick={() => reopen.mutate(e)} loading={reopen.isPending}>
                {t('registry.reopen')}
              </Button>
            )}
          </Space>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('exemplar.recipientKind')}>
              {t(`exemplar.kind.${e.recipientKind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('registry.unit')}>
              {[e.unit.name, ...e.unit.pathNames.slice(-1)].join(' › ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('exemplar.position')}>{e.position ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('exemplar.year')}>{e.year}</Descriptions.Item>
            <Descriptions.Item label={t('exemplar.field')}>{e.field ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('exemplar.achievements')}>{e.achievements}</Descriptions.Item>
            <Descriptions.Item label={t('exemplar.recognizedBy')}>
              {[e.recognizedBy, e.decisionNumber].filter(Boolean).join(' – ') || '—'}
            </Descriptions.Item>
          </Descriptions>
        </Flex>
      )}
      {editing && e && <ExemplarFormModal exemplar={e} onClose={() => setEditing(false)} />}
      {closing && e && (
        <CloseRecordModal
          base={base}
          record={e}
          title={`${t('registry.close')} — ${e.name}`}
          onClose={() => setClosing(false)}
        />
      )}
    </Drawer>
  );
}
