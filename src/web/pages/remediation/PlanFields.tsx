import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ActionStatus } from '../../../common/remediation/schemas.ts';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ResponsibleFields } from './ResponsibleField.tsx';

export type ActionValues = {
  id?: number;
  text: string;
  dueDate?: Dayjs | null;
  status?: ActionStatus;
  progress?: string;
};

export type PlanValues = {
  dueDate: Dayjs;
  /** a committee member's id, or FREE_TEXT (0) for a typed name */
  responsibleMemberId?: number;
  responsibleName?: string;
  responsiblePosition?: string;
  summary?: string;
  actions: ActionValues[];
};

export const actionStatuses: ActionStatus[] = ['todo', 'inProgress', 'done'];
export const actionStatusColors: Record<ActionStatus, string> = { todo: 'default', inProgress: 'blue', done: 'green' };

const beforeToday = (d: Dayjs) => d.isBefore(dayjs(), 'day');

/** Due date, the steering-committee member responsible and the summary. */
export function PlanHeaderFields({
  unitId,
  current,
  disablePast = true,
}: {
  unitId: number;
  current?: { id: number; name: string } | null;
  disablePast?: boolean;
}) {
  const t = useT();
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name="dueDate"
          label={t('remediation.dueDate')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            disabledDate={disablePast ? beforeToday : undefined}
            data-testid="remediation-due"
          />
        </Form.Item>
      </Col>
      <ResponsibleFields unitId={unitId} current={current} />
      <Col span={24}>
        <Form.Item name="summary" label={t('remediation.summary')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="remediation-summary" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/**
 * The plan's actions as a growing list. With `tracking`, each row also has its
 * status and progress note (editing an existing plan); `overdue` marks rows by id.
 */
export function ActionListField({ tracking, overdue = new Set() }: { tracking: boolean; overdue?: Set<number> }) {
  const t = useT();
  const form = Form.useFormInstance<PlanValues>();
  return (
    <Form.List
      name="actions"
      rules={[
        {
          validator: async (_, items?: unknown[]) => {
            if (!items?.length) throw new Error(t('remediation.actionsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8} data-testid="remediation-actions">
          <Typography.Text strong>{t('remediation.actions')}</Typography.Text>
          {fields.map((field, i) => {
            const id = form.getFieldValue(['actions', field.name, 'id']) as number | undefined;
            const late = id !== undefined && overdue.has(id);
            return (
              <Card
                key={field.key}
                size="small"
                styles={{ body: { padding: '8px 12px' } }}
                style={late ? { borderColor: '#ff7875', background: '#fff1f0' } : undefined}
                data-testid={`remediation-action-${i}`}
              >
                <Flex gap={8} align="start" wrap>
                  <Flex vertical align="center" style={{ width: 32, paddingTop: 6 }}>
                    <Typography.Text strong>{i + 1}.</Typography.Text>
                  </Flex>
                  <Form.Item
                    name={[field.name, 'text']}
                    rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                    style={{ flex: '1 1 200px', marginBottom: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      maxLength={2000}
                      placeholder={t('remediation.actionText')}
                      data-testid={`remediation-action-text-${i}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueDate']} style={{ width: 150, marginBottom: 0 }}>
                    <DatePicker
                      format={DATE_FORMAT}
                      placeholder={t('remediation.actionDue')}
                      style={{ width: '100%' }}
                      data-testid={`remediation-action-due-${i}`}
                    />
                  </Form.Item>
                  {tracking && (
                    <>
                      <Form.Item name={[field.name, 'status']} style={{ width: 150, marginBottom: 0 }}>
                        <Select
                          options={actionStatuses.map((s) => ({ value: s, label: t(`remediation.actionStatus.${s}`) }))}
                          data-testid={`remediation-action-status-${i}`}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'progress']} style={{ flex: '1 1 180px', marginBottom: 0 }}>
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 4 }}
                          maxLength={2000}
                          placeholder={t('remediation.progressPlaceholder')}
                          data-testid={`remediation-action-progress-${i}`}
                        />
                      </Form.Item>
                    </>
                  )}
                  {late && (
                    <Tag color="red" style={{ marginTop: 5 }} data-testid={`remediation-action-overdue-${i}`}>
                      {t('remediation.overdue')}
                    </Tag>
                  )}
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('remediation.removeAction')}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              </Card>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Flex>
            <Button
              icon={<PlusOutlined />}
              onClick={() => add(tracking ? { text: '', status: 'todo' } : { text: '' })}
              data-testid="remediation-add-action"
            >
              {t('remediation.addAction')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}

const isoOrNull = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);

/** Form values → the actions of a new plan. */
export const newActionsBody = (actions: ActionValues[]) =>
  actions.map((a) => ({ text: a.text.trim(), dueDate: isoOrNull(a.dueDate) }));

/** Form values → the actions of an edited plan, with ids, status and progress. */
export const trackedActionsBody = (actions: ActionValues[]) =>
  actions.map((a) => ({
    ...(a.id ? { id: a.id } : {}),
    text: a.text.trim(),
    dueDate: isoOrNull(a.dueDate),
    status: a.status ?? ('todo' as const),
    progress: a.progress?.trim() || undefined,
  }));
