import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import type { SplitUnitBody, UnitDetail } from '../../../../common/org-unit/schemas.ts';
import { api } from '../../../api/client.ts';
import { formatNumber, toIsoDate } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { fetchAllChildren, unitKeys } from '../useUnits.ts';
import { blankToUndefined, EffectiveDateField, NoteField, today } from './fields.tsx';
import { UnitFormModal } from './UnitFormModal.tsx';

type Part = { code?: string; name: string; typeLabel?: string; share: number; childIds?: number[] };
type Values = { keepSource: boolean; parts: Part[]; effectiveDate: Dayjs; note?: string };

/** Splits this unit into new units, each inheriting a share (in %) of its history. */
export function SplitUnitModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const t = useT();
  const submit = (v: Values) => {
    const body: z.input<typeof SplitUnitBody> = {
      version: unit.version,
      keepSource: v.keepSource,
      effectiveDate: toIsoDate(v.effectiveDate),
      note: blankToUndefined(v.note),
      parts: v.parts.map((p) => ({
        code: blankToUndefined(p.code),
        name: p.name.trim(),
        typeLabel: blankToUndefined(p.typeLabel),
        share: p.share / 100,
        childIds: p.childIds ?? [],
      })),
    };
    return api.post<UnitDetail>(`/api/units/${unit.id}/split`, body);
  };
  const half = { name: '', share: 50 };
  const children = useQuery({
    queryKey: unitKeys.children(unit.id, 'all'),
    queryFn: () => fetchAllChildren(unit.id, 'all'),
  });
  const childOptions = (children.data ?? []).map((c) => ({
    value: c.id,
    label: c.code ? `${c.name} (${c.code})` : c.name,
  }));
  return (
    <UnitFormModal<Values>
      title={`${t('unit.actionSplit')} — ${unit.name}`}
      testId="unit-split-form"
      width={720}
      submit={submit}
      onClose={onClose}
      initialValues={{ keepSource: false, parts: [half, half], effectiveDate: today() }}
    >
      <Form.Item name="keepSource" valuePropName="checked">
        <Checkbox>{t('unit.splitKeepSource')}</Checkbox>
      </Form.Item>
      <Typography.Text strong>{t('unit.splitParts')}</Typography.Text>
      <Form.List name="parts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBlock: 8 }}
                title={`${i + 1}.`}
                extra={
                  fields.length > 1 && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label="remove"
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <PartFields name={field.name} childOptions={childOptions} />
              </Card>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '', share: 0 })}>
              {t('unit.splitAddPart')}
            </Button>
          </>
        )}
      </Form.List>
      <ShareTotal />
      <EffectiveDateField />
      <NoteField />
    </UnitFormModal>
  );
}

function PartFields({ name, childOptions }: { name: number; childOptions: { value: number; label: string }[] }) {
  const t = useT();
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Row gutter={12}>
      <Col xs={12} md={4}>
        <Form.Item name={[name, 'code']} label={t('unit.code')}>
          <Input inputMode="numeric" maxLength={5} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name={[name, 'name']} label={t('unit.name')} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={12} md={5}>
        <Form.Item name={[name, 'typeLabel']} label={t('unit.typeLabel')}>
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col xs={12} md={5}>
        <Form.Item
          name={[name, 'share']}
          label={t('unit.splitShare')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0.01} max={100} step={5} style={{ width: '100%' }} decimalSeparator="," />
        </Form.Item>
      </Col>
      {childOptions.length > 0 && (
        <Col span={24}>
          <Form.Item name={[name, 'childIds']} label={t('unit.splitChildren')} style={{ marginBottom: 0 }}>
            <Select
              mode="multiple"
              allowClear
              options={childOptions}
              optionFilterProp="label"
              maxTagCount="responsive"
            />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}

function ShareTotal() {
  const t = useT();
  const parts = Form.useWatch<Part[] | undefined>('parts');
  const sum = (parts ?? []).reduce((s, p) => s + (Number(p?.share) || 0), 0);
  const off = Math.abs(sum - 100) > 0.001;
  return (
    <Typography.Paragraph type={off ? 'warning' : 'secondary'} style={{ marginBlock: 8 }}>
      {t('unit.splitShareSum', { sum: formatNumber(Math.round(sum * 100) / 100) })}
    </Typography.Paragraph>
  );
}
