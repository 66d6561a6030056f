import { Alert, Button, Card, Descriptions, Drawer, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { CampaignKind, CampaignView } from '../../../common/campaign/schemas.ts';
import { campaignKinds } from '../../../domain/campaign/rules.ts';
import { api } from '../../api/client.ts';
import { CloseRecordModal } from '../../components/registry/CloseRecordModal.tsx';
import { RecordStatus } from '../../components/registry/RecordStatus.tsx';
import { RegistryList } from '../../components/registry/RegistryList.tsx';
import { useRecord, useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { campaignsBase as base, CampaignFormModal } from './CampaignForm.tsx';

const dates = (c: Pick<CampaignView, 'heldOn' | 'endOn'>) =>
  c.endOn && c.endOn !== c.heldOn ? `${formatDate(c.heldOn)} – ${formatDate(c.endOn)}` : formatDate(c.heldOn);

/** Campaigns (đợt phát động, ngày hội, …): the list with a kind filter; a title opens the record. */
export function CampaignsPage() {
  const t = useT();
  const can = useCan();
  const [kind, setKind] = useState<CampaignKind | undefined>();
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <Card title={t('nav.campaign')}>
      <RegistryList<CampaignView>
        base={base}
        testId="campaign"
        canManage={can('campaign.manage')}
        searchPlaceholder={t('campaign.search')}
        newLabel={t('campaign.new')}
        onNew={() => setCreating(true)}
        importTitle={t('campaign.importTitle')}
        filters={{
          value: { kind },
          node: (
            <Select
              allowClear
              placeholder={t('campaign.kind')}
              value={kind}
              onChange={setKind}
              style={{ width: 240 }}
              data-testid="campaign-filter-kind"
              options={campaignKinds.map((k) => ({ value: k, label: t(`campaign.kind.${k}`) }))}
            />
          ),
        }}
        columns={[
          {
            key: 'title',
            title: t('campaign.title'),
            render: (_, r) => (
              <Flex vertical>
                <Typography.Link onClick={() => setOpen(r.id)}>{r.title}</Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`campaign.kind.${r.kind}`)}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'heldOn', title: t('campaign.heldOn'), width: 130, render: (_, r) => dates(r) },
          {
            key: 'participants',
            title: t('campaign.participants'),
            width: 120,
            align: 'right',
            render: (_, r) => formatNumber(r.participants),
          },
        ]}
      />
      <CampaignDrawer id={open} onClose={() => setOpen(null)} />
      {creating && <CampaignFormModal onClose={() => setCreating(false)} onDone={(c) => setOpen(c.id)} />}
    </Card>
  );
}

function CampaignDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const t = useT();
  const record = useRecord<CampaignView>(base, id);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const c = record.data;
  const reopen = useRegistryWrite(base, (v: CampaignView) =>
    api.post(`${base}/${v.id}/reopen`, { version: v.version }),
  );
  const collected =
    c && (c.kind === 'weaponsCollection' || c.weaponsCollected + c.explosivesKg + c.supportToolsCollected > 0);
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={600}
      title={c?.title}
      loading={record.isLoading}
      data-testid="campaign-drawer"
    >
      {c && (
        <Flex vertical gap={16}>
          <Space wrap>
            <RecordStatus closedOn={c.closedOn} reason={c.closeReason} />
            {c.can.manage && (
              <Button onClick={() => setEditing(true)} data-testid="campaign-edit">
                {t('registry.edit')}
              </Button>
            )}
            {c.can.manage && (
              <Button danger onClick={() => setClosing(true)}>
                {t('registry.close')}
              </Button>
            )}
            {c.closedOn && (
              <Button onClick={() => reopen.mutate(c)} loading={reopen.isPending}>
                {t('registry.reopen')}
              </Button>
            )}
          </Space>
          {c.warnings.map((w) => (
            <Alert key={w} type="warning" showIcon title={t(`campaign.warning.${w}`)} />
          ))}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('campaign.kind')}>{t(`campaign.kind.${c.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('registry.unit')}>
              {[c.unit.name, ...c.unit.pathNames.slice(-1)].join(' › ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('campaign.dates')}>{dates(c)}</Descriptions.Item>
            <Descriptions.Item label={t('campaign.organiser')}>{c.organiser ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('campaign.participants')}>{formatNumber(c.participants)}</Descriptions.Item>
            {collected && (
              <Descriptions.Item label={t('campaign.collected')}>
                {t('campaign.collectedSummary', {
                  weapons: formatNumber(c.weaponsCollected),
                  explosives: c.explosivesKg.toLocaleString('vi-VN'),
                  tools: formatNumber(c.supportToolsCollected),
                })}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('campaign.outcomes')}>{c.outcomes ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Flex>
      )}
      {editing && c && <CampaignFormModal campaign={c} onClose={() => setEditing(false)} />}
      {closing && c && (
        <CloseRecordModal
          base={base}
          record={c}
          title={`${t('registry.close')} — ${c.title}`}
          onClose={() => setClosing(false)}
        />
      )}
    </Drawer>
  );
}
