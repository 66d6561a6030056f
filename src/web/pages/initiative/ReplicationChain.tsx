import { ApartmentOutlined, DeleteOutlined } from '@ant-design/icons';
import {
  Button,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Tree,
  type TreeDataNode,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import type { InitiativeDetail, ReplicationView } from '../../../common/initiative/schemas.ts';
import { type ChainNode, chainOf } from '../../../domain/initiative/chain.ts';
import { api } from '../../api/client.ts';
import { isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT, formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { base } from './useInitiative.ts';

/**
 * The replication chain as a tree: the original unit at the root, each point
 * under the point (or the original) it was taken from.
 */
export function ReplicationChain({ initiative }: { initiative: InitiativeDetail }) {
  const t = useT();
  const remove = useRegistryWrite(base, (id: number) =>
    api.delete<InitiativeDetail>(`${base}/${initiative.id}/replications/${id}?version=${initiative.version}`),
  );
  const label = (r: ReplicationView) => (
    <Space size={6} data-testid={`chain-point-${r.id}`}>
      <span data-testid="chain-unit">{r.unit.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDate(r.replicatedOn)} · {t('initiative.pointTeams', { teams: r.teams })}
      </Typography.Text>
      {initiative.can.manage && (
        <Popconfirm
          title={t('initiative.removePointConfirm', { unit: r.unit.name })}
          onConfirm={() => remove.mutate(r.id)}
        >
          <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('initiative.removePoint')} />
        </Popconfirm>
      )}
    </Space>
  );
  const toNode = (n: ChainNode<ReplicationView>): TreeDataNode => ({
    key: n.point.id,
    title: label(n.point),
    children: n.children.map(toNode),
  });
  const treeData: TreeDataNode[] = [
    {
      key: 'original',
      icon: <ApartmentOutlined />,
      title: (
        <Space size={6}>
          <strong data-testid="chain-original">{initiative.unit.name}</strong>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('initiative.original')} · {formatDate(initiative.startedOn)}
          </Typography.Text>
        </Space>
      ),
      children: chainOf(initiative.replications).map(toNode),
    },
  ];
  return (
    <>
      <Tree
        // remounted when points change, so a new point shows expanded
        key={initiative.replications.length}
        showLine
        showIcon
        defaultExpandAll
        selectable={false}
        treeData={treeData}
        data-testid="initiative-chain"
      />
      {initiative.replications.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('initiative.chainEmpty')} />
      )}
    </>
  );
}

type Values = { unitId: number; fromReplicationId: number | null; replicatedOn: Dayjs; teams: number; note?: string };

/** "Nhân rộng": to which unit, taken from the original or from a point, when, with how many teams. */
export function ReplicateModal({ initiative, onClose }: { initiative: InitiativeDetail; onClose: () => void }) {
  const t = useT();
  const write = useRegistryWrite(base, (v: Values) =>
    api.post<InitiativeDetail>(`${base}/${initiative.id}/replications`, {
      ...v,
      replicatedOn: isoOf(v.replicatedOn),
      version: initiative.version,
    }),
  );
  const required = [{ required: true, message: t('common.required') }];
  return (
    <WriteFormModal<Values, InitiativeDetail>
      title={t('initiative.replicateTitle', { name: initiative.name })}
      testId="replicate-form"
      write={write}
      successText={t('initiative.replicated')}
      onClose={onClose}
      initialValues={{ fromReplicationId: null, teams: 1 }}
    >
      <Form.Item name="unitId" label={t('initiative.replicateTo')} rules={required}>
        <UnitField />
      </Form.Item>
      <Form.Item name="fromReplicationId" label={t('initiative.replicateFrom')}>
        <Select
          data-testid="replicate-from"
          options={[
            { value: null, label: t('initiative.fromOriginal', { unit: initiative.unit.name }) },
            ...initiative.replications.map((r) => ({ value: r.id, label: r.unit.name })),
          ]}
        />
      </Form.Item>
      <Form.Item name="replicatedOn" label={t('initiative.replicatedOn')} rules={required}>
        <DatePicker format={DATE_FORMAT} disabledDate={isFuture} data-testid="replicate-date" />
      </Form.Item>
      <Form.Item name="teams" label={t('initiative.teams')} rules={required}>
        <InputNumber min={0} max={100000} />
      </Form.Item>
      <Form.Item name="note" label={t('initiative.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </WriteFormModal>
  );
}
