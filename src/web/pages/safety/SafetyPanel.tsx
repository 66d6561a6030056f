import { SafetyCertificateOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { RecognitionStatus, SafetyView } from '../../../common/safety/schemas.ts';
import { isApiError, type Problem } from '../../api/client.ts';
import { applyProblemToForm } from '../../api/forms.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DATE_FORMAT, formatDate, formatDateTime, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ProvenanceTag } from '../evaluation/tags.tsx';
import { RevokeSafetyModal } from './RevokeSafetyModal.tsx';
import { SafetyChecklist, type Ticks } from './SafetyChecklist.tsx';
import { useSafety, useSafetyWrite } from './useSafety.ts';

/** The "An toàn về an ninh, trật tự" title of one unit for one year, mounted on the score sheet. */
export function SafetyPanel({ unitId, year }: { unitId: number; year: number }) {
  const t = useT();
  const query = useSafety(unitId, year);
  const title = t('safety.title', { year });
  if (query.isPending) return <Card title={title} loading data-testid="safety-panel" />;
  if (query.error) {
    const expected = isApiError(query.error, 404) || isApiError(query.error, 422);
    return (
      <Card title={title} data-testid="safety-panel">
        <Alert
          type={expected ? 'info' : 'error'}
          showIcon
          title={query.error.message}
          data-testid="safety-unavailable"
        />
      </Card>
    );
  }
  // Keyed by version: a new decision (or a 409's current state) resets the ticks to what is recorded.
  return <SafetyBody key={query.data.recognition?.version ?? 0} view={query.data} />;
}

const statusColors: Record<RecognitionStatus | 'none', string> = {
  none: 'default',
  granted: 'green',
  refused: 'orange',
  revoked: 'red',
};

function StatusTag({ status }: { status: RecognitionStatus | 'none' }) {
  const t = useT();
  return (
    <Tag color={statusColors[status]} data-testid="safety-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`safety.status.${status}`)}
    </Tag>
  );
}

type DecisionValues = { decisionNumber: string; decisionDate: Dayjs };

function SafetyBody({ view }: { view: SafetyView }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [revoking, setRevoking] = useState(false);
  const write = useSafetyWrite(view.unit.id, view.year);
  const recognition = view.recognition;
  const [ticks, setTicks] = useState<Ticks>(() => {
    const manual = view.checklist.items.filter((i) => !i.computed);
    return Object.fromEntries(manual.map((i) => [i.code, recognition?.checks[i.code] ?? { met: false }]));
  });
  const unmet = view.checklist.items.filter((i) => !(i.figures ? i.figures.met : ticks[i.code]?.met)).length;

  const handleDecide = (v: DecisionValues) => {
    setProblem(null);
    const checks = Object.fromEntries(
      Object.entries(ticks).map(([code, c]) => [
        code,
        c.note?.trim() ? { met: c.met, note: c.note.trim() } : { met: c.met },
      ]),
    );
    const body = {
      version: recognition?.version ?? 0,
      checks,
      decisionNumber: v.decisionNumber.trim(),
      decisionDate: toIsoDate(v.decisionDate),
    };
    write.mutate(
      { kind: 'decide', body },
      {
        onSuccess: (next) => {
          form.resetFields();
          void message.success(t(next.recognition?.status === 'granted' ? 'safety.grantedDone' : 'safety.refusedDone'));
        },
        onError: (e) =>
          setProblem(isApiError(e, 409) ? { ...e.problem, detail: t('error.stale') } : applyProblemToForm(form, e)),
      },
    );
  };

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <SafetyCertificateOutlined />
          {t('safety.title', { year: view.year })}
        </Flex>
      }
      extra={<StatusTag status={recognition?.status ?? 'none'} />}
      data-testid="safety-panel"
    >
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'set',
              label: t('safety.checklist'),
              children: (
                <Flex wrap gap={6} align="center">
                  {view.checklist.name}
                  <ProvenanceTag value={view.checklist.provenance} testId="safety-set-provenance" />
                </Flex>
              ),
            },
            { key: 'basis', label: t('safety.legalBasis'), children: view.checklist.legalBasis },
            {
              key: 'window',
              label: t('safety.window'),
              children: (
                <span data-testid="safety-window">
                  {formatDate(view.checklist.windowFrom)} – {formatDate(view.checklist.windowTo)}
                </span>
              ),
            },
            { key: 'decider', label: t('safety.decider'), children: view.decider.name },
          ]}
        />
        {recognition && <DecisionSummary view={view} />}
        <SafetyChecklist
          items={view.checklist.items}
          ticks={ticks}
          editable={view.can.decide}
          onChange={(code, check) => setTicks((prev) => ({ ...prev, [code]: check }))}
        />
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        {view.can.decide && (
          <Flex vertical gap={8}>
            <Typography.Text strong type={unmet === 0 ? 'success' : 'warning'} data-testid="safety-outcome">
              {unmet === 0 ? t('safety.outcome.granted') : t('safety.outcome.refused', { count: unmet })}
            </Typography.Text>
            <Form<DecisionValues> form={form} layout="inline" onFinish={handleDecide} style={{ rowGap: 8 }}>
              <Form.Item name="decisionNumber" label={t('safety.decisionNumber')} rules={required}>
                <Input maxLength={60} placeholder="25/QĐ-UBND" data-testid="safety-decision-number" />
              </Form.Item>
              <Form.Item
                name="decisionDate"
                label={t('safety.decisionDate')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <DatePicker format={DATE_FORMAT} data-testid="safety-decision-date" />
              </Form.Item>
              <Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  icon={<SafetyCertificateOutlined />}
                  loading={write.isPending}
                  data-testid="safety-decide"
                >
                  {recognition ? t('safety.redecide') : t('safety.decide')}
                </Button>
              </Form.Item>
            </Form>
          </Flex>
        )}
        {!view.can.decide && !recognition && (
          <Typography.Text type="secondary" data-testid="safety-readonly">
            {view.cycleStatus === 'closed'
              ? t('safety.cycleClosed')
              : t('safety.readOnly', { decider: view.decider.name })}
          </Typography.Text>
        )}
        {view.can.revoke && (
          <Flex>
            <Button danger icon={<StopOutlined />} onClick={() => setRevoking(true)} data-testid="safety-revoke">
              {t('safety.revoke')}
            </Button>
          </Flex>
        )}
      </Flex>
      {revoking && <RevokeSafetyModal view={view} onClose={() => setRevoking(false)} />}
    </Card>
  );
}

function DecisionSummary({ view }: { view: SafetyView }) {
  const t = useT();
  const r = view.recognition!;
  const decided = t('safety.decisionInfo', { number: r.decisionNumber, date: formatDate(r.decisionDate) });
  const by = r.decidedBy ? ` — ${t('safety.decidedBy', { name: r.decidedBy })}` : '';
  if (r.status === 'revoked') {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="safety-revoked"
        title={t('safety.revokedInfo', { date: formatDateTime(r.revokedAt), name: r.revokedBy ?? '—' })}
        description={
          <>
            <div>{t('safety.revokeReasonShown', { reason: r.revokeReason ?? '' })}</div>
            <div>
              {decided}
              {by}
            </div>
          </>
        }
      />
    );
  }
  return (
    <Alert
      type={r.status === 'granted' ? 'success' : 'warning'}
      showIcon
      data-testid="safety-decision"
      title={`${decided}${by}`}
      description={r.status === 'refused' ? t('safety.refusedHint') : undefined}
    />
  );
}
