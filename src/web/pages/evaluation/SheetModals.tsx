import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import type { ResultView, SheetView } from '../../../common/evaluation/schemas.ts';
import type { Problem } from '../../api/client.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, formatNumber, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ClassTag } from './tags.tsx';
import type { SheetAction } from './useEvaluation.ts';

/** Sends an action; resolves to null on success, or the problem to show. */
export type Run = (a: SheetAction) => Promise<Problem | null>;
export type ModalKind = 'sendBack' | 'approve' | 'decide' | 'extend';

type Props = { kind: ModalKind; sheet: SheetView; result: ResultView; run: Run; onClose: () => void };

/** The reviewer's and decider's dialogs: return with a message, approve, decide with a number and date, extend. */
export function SheetModal({ kind, sheet, result, run, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const version = sheet.version;
  const labels = sheet.set.classification.labels;

  const build = (v: Record<string, unknown>): SheetAction => {
    switch (kind) {
      case 'sendBack':
        return { kind, body: { version, message: String(v.message ?? '').trim() } };
      case 'approve': {
        const message = String(v.message ?? '').trim();
        return { kind, body: { version, ...(message ? { message } : {}) } };
      }
      case 'decide':
        return {
          kind,
          body: {
            version,
            decisionNumber: String(v.decisionNumber).trim(),
            decisionDate: toIsoDate(v.decisionDate as Dayjs),
          },
        };
      case 'extend':
        return {
          kind,
          body: { version, until: toIsoDate(v.until as Dayjs), reason: String(v.reason ?? '').trim() },
        };
    }
  };

  const handleFinish = async (v: Record<string, unknown>) => {
    setBusy(true);
    const p = await run(build(v));
    setBusy(false);
    if (p) setProblem(p);
    else onClose();
  };

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const requiredDate = [{ required: true, message: t('common.required') }];
  const fields: Record<ModalKind, ReactNode> = {
    sendBack: (
      <Form.Item name="message" label={t('evaluation.sendBackMessage')} rules={required}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} data-testid="send-back-message" />
      </Form.Item>
    ),
    approve: (
      <Form.Item name="message" label={t('evaluation.approveMessage')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="approve-message" />
      </Form.Item>
    ),
    decide: (
      <>
        <Typography.Paragraph>
          {t('evaluation.decideIntro', { total: formatNumber(result.total) })}{' '}
          <ClassTag value={result.classification} labels={labels} testId="decide-class" />
        </Typography.Paragraph>
        <Form.Item name="decisionNumber" label={t('evaluation.decisionNumber')} rules={required}>
          <Input maxLength={60} placeholder="15/QĐ-BCĐ" data-testid="decision-number" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('evaluation.decisionDate')} rules={requiredDate}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="decision-date" />
        </Form.Item>
        <Typography.Text type="warning">{t('evaluation.decideWarning')}</Typography.Text>
      </>
    ),
    extend: (
      <>
        <Form.Item name="until" label={t('evaluation.extensionUntil')} rules={requiredDate}>
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            data-testid="extension-until"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('evaluation.extensionReason')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="extension-reason" />
        </Form.Item>
      </>
    ),
  };
  const titles = {
    sendBack: t('evaluation.sendBack'),
    approve: t('evaluation.approve'),
    decide: t('evaluation.decide'),
    extend: t('evaluation.extend'),
  };

  return (
    <Modal
      open
      title={`${titles[kind]} — ${sheet.unit.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={titles[kind]}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, danger: kind === 'sendBack', ...{ 'data-testid': `${kind}-confirm` } }}
      mask={{ closable: false }}
    >
      <div data-testid={`${kind}-modal`}>
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <Form
          form={form}
          layout="vertical"
          onFinish={handleFinish}
          initialValues={kind === 'decide' ? { decisionDate: dayjs() } : undefined}
        >
          {fields[kind]}
        </Form>
      </div>
    </Modal>
  );
}
