import { Button, Card, Form, Input, InputNumber, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { AwardForm, AwardFormBody } from '../../../common/award/schemas.ts';
import { api } from '../../api/client.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { formsBase, useAwardForms } from './useAward.ts';

const kinds = ['certificateOfMerit', 'certificateOfCommendation', 'other'] as const;
const levels = ['national', 'province', 'commune'] as const;

/** The configurable list of forms of commendation, for administrators. */
export function AwardFormsPage() {
  const t = useT();
  const forms = useAwardForms(true);
  const [editing, setEditing] = useState<AwardForm | 'new' | null>(null);
  return (
    <Card
      title={t('award.tab.forms')}
      extra={
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('award.newForm')}
        </Button>
      }
    >
      <Table<AwardForm>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={forms.isFetching}
        dataSource={forms.data ?? []}
        onRow={(r) => ({ onClick: () => setEditing(r), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'code', title: t('award.formCode'), dataIndex: 'code', width: 140 },
          { key: 'name', title: t('award.formName'), dataIndex: 'name' },
          { key: 'issuer', title: t('award.issuerTitle'), dataIndex: 'issuerTitle' },
          { key: 'kind', title: t('award.formKind'), render: (_, r) => t(`award.formKind.${r.kind}`) },
          { key: 'level', title: t('award.formLevel'), render: (_, r) => t(`award.formLevel.${r.level}`) },
          {
            key: 'active',
            title: t('award.formActive'),
            render: (_, r) => (r.active ? <Tag color="green">✓</Tag> : <Tag>—</Tag>),
          },
        ]}
      />
      {editing && <FormModal form={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function FormModal({ form, onClose }: { form?: AwardForm; onClose: () => void }) {
  const t = useT();
  const write = useRegistryWrite(formsBase, (v: AwardFormBody) =>
    form
      ? api.put<AwardForm>(`${formsBase}/${form.id}`, { ...v, version: form.version })
      : api.post<AwardForm>(formsBase, v),
  );
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <WriteFormModal<AwardFormBody, AwardForm>
      title={form ? form.name : t('award.newForm')}
      testId="award-form-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      initialValues={form ?? { kind: 'certificateOfCommendation', level: 'province', sort: 100, active: true }}
    >
      <Form.Item name="code" label={t('award.formCode')} rules={required}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="name" label={t('award.formName')} rules={required}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="issuerTitle" label={t('award.issuerTitle')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('award.formKind')}>
        <Select options={kinds.map((k) => ({ value: k, label: t(`award.formKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="level" label={t('award.formLevel')}>
        <Select options={levels.map((k) => ({ value: k, label: t(`award.formLevel.${k}`) }))} />
      </Form.Item>
      <Form.Item name="sort" label={t('award.formSort')}>
        <InputNumber min={0} max={10000} />
      </Form.Item>
      <Form.Item name="active" label={t('award.formActive')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </WriteFormModal>
  );
}
