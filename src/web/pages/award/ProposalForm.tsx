import { Form, Input, InputNumber, Select } from 'antd';
import type { AwardProposalBody, AwardProposalDetail } from '../../../common/award/schemas.ts';
import { api } from '../../api/client.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { proposalsBase, useAwardForms } from './useAward.ts';

type Values = AwardProposalBody & { unitId?: number };

/** Drafts a proposal (no `proposal`) or edits a draft or refused one at the version shown. */
export function ProposalFormModal({
  proposal,
  onClose,
  onDone,
}: {
  proposal?: AwardProposalDetail;
  onClose: () => void;
  onDone?: (p: AwardProposalDetail) => void;
}) {
  const t = useT();
  const forms = useAwardForms();
  const write = useRegistryWrite(proposalsBase, (v: Values) =>
    proposal
      ? api.put<AwardProposalDetail>(`${proposalsBase}/${proposal.id}`, { ...v, version: proposal.version })
      : api.post<AwardProposalDetail>(proposalsBase, v),
  );
  return (
    <WriteFormModal<Values, AwardProposalDetail>
      title={proposal ? `${t('registry.edit')} — ${proposal.title}` : t('award.newProposal')}
      testId="award-proposal-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      onDone={onDone}
      initialValues={proposal ? { ...proposal, formCode: proposal.form.code } : undefined}
    >
      {!proposal && (
        <Form.Item name="unitId" label={t('registry.unit')} rules={[{ required: true, message: t('common.required') }]}>
          <UnitField />
        </Form.Item>
      )}
      <Form.Item name="formCode" label={t('award.form')} rules={[{ required: true, message: t('common.required') }]}>
        <Select
          data-testid="field-formCode"
          options={(forms.data ?? []).map((f) => ({ value: f.code, label: f.name }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('award.title')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input maxLength={300} data-testid="field-title" />
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
