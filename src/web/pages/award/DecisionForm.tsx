import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AwardDecisionBody, AwardDecisionDetail } from '../../../common/award/schemas.ts';
import { api } from '../../api/client.ts';
import { dayOf, isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { decisionsBase, useAwardForms } from './useAward.ts';

type Values = Omit<AwardDecisionBody, 'decidedOn'> & { decidedOn: Dayjs; unitId?: number };

/** Records a decision (no `decision`) or edits one at the version shown. */
export function DecisionFormModal({
  decision,
  onClose,
  onDone,
}: {
  decision?: AwardDecisionDetail;
  onClose: () => void;
  onDone?: (d: AwardDecisionDetail) => void;
}) {
  const t = useT();
  const forms = useAwardForms();
  const write = useRegistryWrite(decisionsBase, (v: Values) => {
    const body = { ...v, decidedOn: isoOf(v.decidedOn) };
    return decision
      ? api.put<AwardDecisionDetail>(`${decisionsBase}/${decision.id}`, { ...body, version: decision.version })
      : api.post<AwardDecisionDetail>(decisionsBase, body);
  });
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <WriteFormModal<Values, AwardDecisionDetail>
      title={decision ? `${t('registry.edit')} — ${decision.decisionNumber}` : t('award.newDecision')}
      testId="award-decision-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      onDone={onDone}
      initialValues={
        decision ? { ...decision, formCode: decision.form.code, decidedOn: dayOf(decision.decidedOn) } : undefined
      }
    >
      {!decision && (
        <Form.Item name="unitId" label={t('registry.unit')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitField />
        </Form.Item>
      )}
      <Form.Item name="formCode" label={t('award.form')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={(forms.data ?? []).map((f) => ({ value: f.code, label: f.name }))} />
      </Form.Item>
      <Form.Item name="decisionNumber" label={t('award.decisionNumber')} rules={required}>
        <Input maxLength={60} placeholder="1234/QĐ-UBND" />
      </Form.Item>
      <Form.Item
        name="decidedOn"
        label={t('award.decidedOn')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={isFuture} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="issuer" label={t('award.issuer')} extra={t('award.issuerHint')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="occasion" label={t('award.occasion')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="reason" label={t('award.reason')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="rewardedProgramId" label={t('award.rewardedProgramId')}>
        <InputNumber min={1} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="rewardedCampaignId" label={t('award.rewardedCampaignId')}>
        <InputNumber min={1} style={{ width: 160 }} />
      </Form.Item>
    </WriteFormModal>
  );
}
