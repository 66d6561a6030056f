import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, InputNumber, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { InitiativeTypeBody, InitiativeTypeView } from '../../../common/initiative/schemas.ts';
import { roleAllows } from '../../../common/permissions.ts';
import { api } from '../../api/client.ts';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCurrentUser } from '../auth/useAuth.ts';
import { typeKeys, typesBase, useInitiativeTypes } from './useInitiative.ts';

/** The type taxonomy: everyone reads it; those managing initiatives at the national level edit it. */
export function TypesAdmin() {
  const t = useT();
  const me = useCurrentUser();
  const { types, query } = useInitiativeTypes();
  const [editing, setEditing] = useState<InitiativeTypeView | 'new' | null>(null);
  const national = me.grants.some((g) => g.unit.level === 'national' && roleAllows(g.role, 'initiative.manage'));
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('initiative.types.hint')} />
      {national && (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('initiative.types.new')}
          </Button>
        </div>
      )}
      <Table<InitiativeTypeView>
        rowKey="id"
        size="small"
        pagination={false}
        loading={query.isFetching}
        dataSource={types}
        columns={[
          { key: 'sort', title: t('initiative.types.sort'), dataIndex: 'sort', width: 80 },
          { key: 'code', title: t('initiative.types.code'), dataIndex: 'code', width: 160 },
          { key: 'nameVi', title: t('initiative.types.nameVi'), dataIndex: 'nameVi' },
          { key: 'nameEn', title: t('initiative.types.nameEn'), dataIndex: 'nameEn', responsive: ['md'] },
          {
            key: 'active',
            title: t('initiative.types.active'),
            width: 110,
            render: (_, r) => (r.active ? <Tag color="green">✓</Tag> : <Tag>—</Tag>),
          },
          ...(national
            ? [
                {
                  key: 'edit',
                  width: 60,
                  render: (_: unknown, r: InitiativeTypeView) => (
                    <Button type="text" icon={<EditOutlined />} aria-label="edit" onClick={() => setEditing(r)} />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <TypeForm type={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}

type Values = InitiativeTypeBody & { code?: string };

function TypeForm({ type, onClose }: { type?: InitiativeTypeView; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const write = useMutation({
    mutationFn: (v: Values) =>
      type ? api.put<InitiativeTypeView>(`${typesBase}/${type.id}`, v) : api.post<InitiativeTypeView>(typesBase, v),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: typeKeys.all }),
  });
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <WriteFormModal<Values, InitiativeTypeView>
      title={type ? t('initiative.types.edit') : t('initiative.types.new')}
      testId="initiative-type-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={type ?? { sort: 100, active: true }}
    >
      {!type && (
        <Form.Item name="code" label={t('initiative.types.code')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
      )}
      <Form.Item name="nameVi" label={t('initiative.types.nameVi')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('initiative.types.nameEn')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="sort" label={t('initiative.types.sort')}>
        <InputNumber min={0} max={10000} />
      </Form.Item>
      <Form.Item name="active" label={t('initiative.types.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </WriteFormModal>
  );
}
