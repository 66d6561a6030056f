import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CampaignBody, CampaignView } from '../../../common/campaign/schemas.ts';
import { campaignKinds } from '../../../domain/campaign/rules.ts';
import { api } from '../../api/client.ts';
import { dayOf, isFuture, isoOf } from '../../components/registry/dates.ts';
import { useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { WriteFormModal } from '../../components/WriteFormModal.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

export const campaignsBase = '/api/campaigns';

type Values = Omit<CampaignBody, 'heldOn' | 'endOn'> & { unitId?: number; heldOn: Dayjs; endOn?: Dayjs | null };

/** Adds a campaign (no `campaign`) or edits one at the version shown; collection figures show for weapons drives. */
export function CampaignFormModal({
  campaign,
  onClose,
  onDone,
}: {
  campaign?: CampaignView;
  onClose: () => void;
  onDone?: (c: CampaignView) => void;
}) {
  const t = useT();
  const write = useRegistryWrite(campaignsBase, (v: Values) => {
    const body = { ...v, heldOn: isoOf(v.heldOn), endOn: isoOf(v.endOn) };
    return campaign
      ? api.put<CampaignView>(`${campaignsBase}/${campaign.id}`, { ...body, version: campaign.version })
      : api.post<CampaignView>(campaignsBase, body);
  });
  const required = [{ required: true, message: t('common.required') }];
  const initial: Partial<Values> = campaign
    ? { ...campaign, heldOn: dayOf(campaign.heldOn), endOn: dayOf(campaign.endOn) ?? null }
    : { kind: 'launch', participants: 0, weaponsCollected: 0, explosivesKg: 0, supportToolsCollected: 0 };
  return (
    <WriteFormModal<Values, CampaignView>
      title={campaign ? `${t('registry.edit')} — ${campaign.title}` : t('campaign.new')}
      testId="campaign-form"
      write={write}
      successText={t('registry.saved')}
      onClose={onClose}
      onDone={onDone}
      initialValues={initial}
      width={640}
    >
      {!campaign && (
        <Form.Item name="unitId" label={t('registry.unit')} rules={required}>
          <UnitField />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t('campaign.kind')} rules={required}>
        <Select
          data-testid="field-kind"
          options={campaignKinds.map((k) => ({ value: k, label: t(`campaign.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('campaign.title')} rules={[{ ...required[0], whitespace: true }]}>
        <Input maxLength={300} data-testid="field-title" />
      </Form.Item>
      <Form.Item label={t('campaign.dates')} style={{ marginBottom: 0 }}>
        <Form.Item name="heldOn" rules={required} style={{ display: 'inline-block', marginInlineEnd: 8 }}>
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={isFuture}
            placeholder={t('campaign.heldOn')}
            data-testid="field-heldOn"
          />
        </Form.Item>
        <Form.Item name="endOn" style={{ display: 'inline-block' }} extra={t('campaign.endOnHint')}>
          <DatePicker format={DATE_FORMAT} placeholder={t('campaign.endOn')} />
        </Form.Item>
      </Form.Item>
      <Form.Item name="organiser" label={t('campaign.organiser')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="participants" label={t('campaign.participants')} rules={required}>
        <InputNumber min={0} precision={0} style={{ width: 180 }} data-testid="field-participants" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
        {({ getFieldValue }) =>
          // the figures are stored for any kind, but only weapons drives ask for them
          getFieldValue('kind') === 'weaponsCollection' && (
            <Form.Item label={t('campaign.collected')} style={{ marginBottom: 0 }}>
              <Form.Item
                name="weaponsCollected"
                label={t('campaign.weaponsCollected')}
                style={{ display: 'inline-block', marginInlineEnd: 8 }}
              >
                <InputNumber min={0} precision={0} />
              </Form.Item>
              <Form.Item
                name="explosivesKg"
                label={t('campaign.explosivesKg')}
                style={{ display: 'inline-block', marginInlineEnd: 8 }}
              >
                <InputNumber min={0} step={0.1} decimalSeparator="," />
              </Form.Item>
              <Form.Item
                name="supportToolsCollected"
                label={t('campaign.supportToolsCollected')}
                style={{ display: 'inline-block' }}
              >
                <InputNumber min={0} precision={0} />
              </Form.Item>
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="outcomes" label={t('campaign.outcomes')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </WriteFormModal>
  );
}
