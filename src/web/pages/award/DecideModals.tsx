import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { AwardProposalDetail } from '../../../common/award/schemas.ts';
import { api } from '../../api/client.ts';
import { isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT, formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { decisionsBase, proposalsBase } from './useAward.ts';

type ApproveValues = {
  into: 'new' | 'existing';
  decisionId?: number;
  decisionNumber?: string;
  decidedOn?: Dayjs;
  issuer?: string;
};

/** Approves a proposal into a new decision (number and date) or an open one of the same form. */
export function ApproveModal({ proposal, onClose }: { proposal: AwardProposalDetail; onClose: () => void }) {
  const t = useT();
  const write = useRegistryWrite(
    proposalsBase,
    (v: ApproveValues) =>
      api.post(`${proposalsBase}/${proposal.id}/approve`, {
        version: proposal.version,
        ...(v.into === 'existing'
          ? { decisionId: v.decisionId }
          : { decisionNumber: v.decisionNumber, decidedOn: isoOf(v.decidedOn) ?? undefined, issuer: v.issuer }),
      }),
    [decisionsBase],
  );
  const required = [{ required: true, message: t('common.required') }];
  return (
    <WriteFormModal<ApproveValues, unknown>
      title={t('award.approveTitle')}
      testId="award-approve-form"
      write={write}
      successText={t('award.approved')}
      onClose={onClose}
      initialValues={{ into: 'new', decidedOn: dayjs() }}
    >
      {(form) => (
        <>
          <Form.Item name="into" label={t('award.approveInto')}>
            <Radio.Group
              options={[
                { value: 'new', label: t('award.approveNew') },
                { value: 'existing', label: t('award.approveExisting'), disabled: proposal.openDecisions.length === 0 },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('into') === 'existing' ? (
                <Form.Item name="decisionId" label={t('award.existingDecision')} rules={required}>
                  <Select
                    options={proposal.openDecisions.map((d) => ({
                      value: d.id,
                      label: `${d.decisionNumber} (${formatDate(d.decidedOn)})`,
                    }))}
                  />
                </Form.Item>
              ) : (
                <>
                  <Form.Item name="decisionNumber" label={t('award.decisionNumber')} rules={required}>
                    <Input maxLength={60} data-testid="field-decisionNumber" placeholder="1234/QĐ-CAT" />
                  </Form.Item>
                  <Form.Item name="decidedOn" label={t('award.decidedOn')} rules={required}>
                    <DatePicker
                      format={DATE_FORMAT}
                      disabledDate={isFuture}
                      style={{ width: '100%' }}
                      data-testid="field-decidedOn"
                    />
                  </Form.Item>
                  <Form.Item name="issuer" label={t('award.issuer')} extra={t('award.issuerHint')}>
                    <Input maxLength={200} />
                  </Form.Item>
                </>
              )
            }
          </Form.Item>
        </>
      )}
    </WriteFormModal>
  );
}

/** Refuses a proposal with the reason the unit will read. */
export function RefuseModal({ proposal, onClose }: { proposal: AwardProposalDetail; onClose: () => void }) {
  const t = useT();
  const write = useRegistryWrite(proposalsBase, (v: { reason: string }) =>
    api.post(`${proposalsBase}/${proposal.id}/refuse`, { version: proposal.version, reason: v.reason }),
  );
  return (
    <WriteFormModal<{ reason: string }, unknown>
      title={`${t('award.refuse')} — ${proposal.title}`}
      testId="award-refuse-form"
      write={write}
      successText={t('award.refused')}
      onClose={onClose}
      danger
    >
      <Form.Item
        name="reason"
        label={t('award.refusalReason')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </WriteFormModal>
  );
}
