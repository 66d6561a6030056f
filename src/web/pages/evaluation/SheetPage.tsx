import {
  CheckOutlined,
  ClockCircleOutlined,
  EditOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { SheetView } from '../../../common/evaluation/schemas.ts';
import { isApiError, type Problem } from '../../api/client.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { RemediationPanel } from '../remediation/RemediationPanel.tsx';
import { SafetyPanel } from '../safety/SafetyPanel.tsx';
import { SheetHeader } from './SheetHeader.tsx';
import { SheetHistory } from './SheetHistory.tsx';
import { SheetLines } from './SheetLines.tsx';
import { type ModalKind, SheetModal } from './SheetModals.tsx';
import { SheetSummary } from './SheetSummary.tsx';
import {
  adjustBody,
  changedReviewCodes,
  currentValues,
  type Drafts,
  draftsOf,
  lineErrors,
  liveResult,
  selfBody,
  selfValues,
} from './sheetModel.ts';
import { ClassTag } from './tags.tsx';
import { type SheetAction, useSheet, useSheetAction } from './useEvaluation.ts';

export function SheetPage() {
  const params = useParams();
  const unitId = Number(params.unitId);
  const year = Number(params.year);
  const sheet = useSheet(unitId, year);
  if (sheet.error) return <LoadError error={sheet.error} />;
  if (!sheet.data) return <Skeleton active />;
  return <SheetEditor key={`${unitId}/${year}`} sheet={sheet.data} />;
}

const successKeys: Partial<Record<SheetAction['kind'], MessageKey>> = {
  save: 'evaluation.saved',
  submit: 'evaluation.submitted',
  adjust: 'evaluation.adjusted',
  sendBack: 'evaluation.returned',
  approve: 'evaluation.approved',
  decide: 'evaluation.decided',
  extend: 'evaluation.extended',
};

/**
 * The score sheet of one unit for one year. The typed values live here until
 * saved; totals and class are recomputed on every keystroke with the server's
 * rules. A save answers the fresh sheet; a 409 reloads the form from the
 * sheet someone else saved and says so.
 */
function SheetEditor({ sheet }: { sheet: SheetView }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(sheet));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [stale, setStale] = useState(false);
  const [dialog, setDialog] = useState<ModalKind | null>(null);
  const action = useSheetAction(sheet.unit.id, sheet.year);

  const self = liveResult(sheet, selfValues(drafts));
  const current = liveResult(sheet, currentValues(drafts));
  const reviewed = Object.values(drafts.review).some((d) => d.value != null);
  const labels = sheet.set.classification.labels;
  const can = sheet.can;

  const run = async (a: SheetAction, sent: { code: string }[] = [], inModal = false): Promise<Problem | null> => {
    setProblem(null);
    setErrors({});
    try {
      const fresh = await action.mutateAsync(a);
      setDrafts(draftsOf(fresh));
      setStale(false);
      const key = successKeys[a.kind];
      if (key) void message.success(t(key));
      return null;
    } catch (e) {
      if (!isApiError(e)) return { type: 'about:blank', title: String(e), status: 0 };
      if (e.status === 409) {
        const fresh = (e.problem as { current?: SheetView }).current;
        if (fresh?.set) setDrafts(draftsOf(fresh));
        setStale(true);
        return { ...e.problem, detail: t('evaluation.staleDetail') };
      }
      const { byCode, rest } = lineErrors(sent, e.problem.errors);
      setErrors(byCode);
      // the title stays on top (it names the first criterion); each line shows its own message
      const left = { ...e.problem, errors: rest };
      if (!inModal) setProblem(left);
      return left;
    }
  };

  const handleSave = () => {
    const body = selfBody(sheet, drafts);
    void run({ kind: 'save', body }, body.entries);
  };

  const handleSubmit = () => {
    const body = selfBody(sheet, drafts);
    const empty = body.entries.filter((e) => e.value == null).length;
    modal.confirm({
      title: t('evaluation.submitConfirmTitle'),
      content: (
        <Flex vertical gap={8}>
          <span>
            {t('evaluation.submitConfirm', { total: formatNumber(self.total) })}{' '}
            <ClassTag value={self.classification} labels={labels} />
          </span>
          {empty > 0 && <Typography.Text type="warning">{t('evaluation.submitEmpty', { n: empty })}</Typography.Text>}
        </Flex>
      ),
      okText: t('evaluation.submit'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'submit-confirm' } },
      onOk: () => run({ kind: 'submit', body }, body.entries),
    });
  };

  const handleAdjust = () => {
    const codes = changedReviewCodes(sheet, drafts);
    if (!codes.length) {
      void message.info(t('evaluation.nothingAdjusted'));
      return;
    }
    const missing = codes.filter((c) => !drafts.review[c]!.reason.trim());
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((c) => [c, t('evaluation.reasonRequired', { code: c })])));
      return;
    }
    const body = adjustBody(sheet, drafts, codes);
    void run({ kind: 'adjust', body }, body.entries);
  };

  const patch =
    <K extends keyof Drafts>(side: K) =>
    (code: string, p: Partial<Drafts[K][string]>) =>
      setDrafts((d) => ({ ...d, [side]: { ...d[side], [code]: { ...d[side][code], ...p } } }));

  const returned = sheet.status === 'returned' ? lastReturn(sheet) : null;
  const showPlan = sheet.remediation.required || sheet.remediation.planId != null;

  return (
    <Flex vertical gap={16} data-testid="sheet-page" data-status={sheet.status} data-version={sheet.version}>
      <Card>
        <SheetHeader sheet={sheet} />
      </Card>
      {stale && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setStale(false) }}
          title={t('evaluation.staleTitle')}
          description={t('evaluation.staleDetail')}
          data-testid="sheet-stale"
        />
      )}
      {returned && (
        <Alert
          type="error"
          showIcon
          icon={<RollbackOutlined />}
          title={t('evaluation.returnedBy', { who: returned.actorName ?? '—' })}
          description={<span data-testid="returned-message">{returned.message}</span>}
        />
      )}
      {sheet.remediation.required && (
        <Alert
          type={sheet.remediation.planId ? 'info' : 'warning'}
          showIcon
          data-testid="sheet-remediation"
          title={t(sheet.remediation.planId ? 'evaluation.remediationFiled' : 'evaluation.remediationRequired')}
          description={sheet.remediation.overdue ? t('evaluation.remediationOverdue') : undefined}
        />
      )}
      <SheetSummary sheet={sheet} self={self} current={current} reviewed={reviewed} />
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      <Card
        title={t('evaluation.lines')}
        extra={
          <Flex gap={8} wrap justify="end">
            {can.edit && (
              <Button icon={<SaveOutlined />} onClick={handleSave} loading={action.isPending} data-testid="btn-save">
                {t('evaluation.saveDraft')}
              </Button>
            )}
            {can.submit && (
              <Button type="primary" icon={<SendOutlined />} onClick={handleSubmit} data-testid="btn-submit">
                {t('evaluation.submit')}
              </Button>
            )}
            {can.adjust && (
              <Button
                icon={<EditOutlined />}
                onClick={handleAdjust}
                loading={action.isPending}
                data-testid="btn-adjust"
              >
                {t('evaluation.adjust')}
              </Button>
            )}
            {can.sendBack && (
              <Button
                danger
                icon={<RollbackOutlined />}
                onClick={() => setDialog('sendBack')}
                data-testid="btn-send-back"
              >
                {t('evaluation.sendBack')}
              </Button>
            )}
            {can.approve && (
              <Button
                type="primary"
                icon={<CheckOutlined />}
                onClick={() => setDialog('approve')}
                data-testid="btn-approve"
              >
                {t('evaluation.approve')}
              </Button>
            )}
            {can.decide && (
              <Button
                type="primary"
                icon={<SafetyCertificateOutlined />}
                onClick={() => setDialog('decide')}
                data-testid="btn-decide"
              >
                {t('evaluation.decide')}
              </Button>
            )}
            {can.extend && (
              <Button icon={<ClockCircleOutlined />} onClick={() => setDialog('extend')} data-testid="btn-extend">
                {t('evaluation.extend')}
              </Button>
            )}
          </Flex>
        }
        styles={{ body: { padding: 8 } }}
      >
        <SheetLines sheet={sheet} drafts={drafts} onSelf={patch('self')} onReview={patch('review')} errors={errors} />
      </Card>
      <SafetyPanel unitId={sheet.unit.id} year={sheet.year} />
      {showPlan && <RemediationPanel unitId={sheet.unit.id} year={sheet.year} />}
      <Card title={t('evaluation.history')}>
        <SheetHistory sheet={sheet} />
      </Card>
      {dialog && (
        <SheetModal
          kind={dialog}
          sheet={sheet}
          result={current}
          run={(a) => run(a, [], true)}
          onClose={() => setDialog(null)}
        />
      )}
    </Flex>
  );
}

/** The reviewer's latest message when the sheet came back. */
function lastReturn(sheet: SheetView) {
  return [...sheet.events].filter((e) => e.toStatus === 'returned').sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
}
