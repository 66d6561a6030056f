import { Card, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AwardProposalView, ProposalStatus } from '../../../common/award/schemas.ts';
import { RegistryList } from '../../components/registry/RegistryList.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { ProposalFormModal } from './ProposalForm.tsx';
import { proposalsBase, useAwardForms } from './useAward.ts';

export const statusColor: Record<ProposalStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  refused: 'error',
};

/** Proposals of the user's units (filters status and form); `queue` lists those waiting for review. */
export function ProposalsPage({ queue = false }: { queue?: boolean }) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const forms = useAwardForms(true);
  const [status, setStatus] = useState<ProposalStatus | undefined>();
  const [formCode, setFormCode] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  return (
    <Card title={t(queue ? 'award.tab.review' : 'award.tab.proposals')}>
      <RegistryList<AwardProposalView>
        key={queue ? 'queue' : 'all'}
        base={proposalsBase}
        testId={queue ? 'award-review' : 'award-proposal'}
        canManage={!queue && can('award.propose')}
        searchPlaceholder={t('award.searchProposals')}
        newLabel={t('award.newProposal')}
        onNew={() => setCreating(true)}
        importTitle={t('award.importProposals')}
        filters={{
          value: { proposalStatus: queue ? undefined : status, formCode, queue: queue ? 'review' : undefined },
          node: (
            <>
              {!queue && (
                <Select
                  allowClear
                  placeholder={t('award.status')}
                  value={status}
                  onChange={setStatus}
                  style={{ width: 150 }}
                  options={(['draft', 'submitted', 'approved', 'refused'] as const).map((s) => ({
                    value: s,
                    label: t(`award.status.${s}`),
                  }))}
                />
              )}
              <Select
                allowClear
                placeholder={t('award.form')}
                value={formCode}
                onChange={setFormCode}
                style={{ width: 240 }}
                options={(forms.data ?? []).map((f) => ({ value: f.code, label: f.name }))}
              />
            </>
          ),
        }}
        columns={[
          {
            key: 'title',
            title: t('award.title'),
            render: (_, r) => (
              <Flex vertical>
                <Link to={`/awards/proposals/${r.id}`}>{r.title}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.form.name}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'status',
            title: t('award.status'),
            width: 170,
            render: (_, r) => (
              <Flex vertical>
                <Tag color={statusColor[r.status]}>{t(`award.status.${r.status}`)}</Tag>
                {r.submittedOn && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDate(r.submittedOn)}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'recipients',
            title: t('award.recipients'),
            responsive: ['lg'],
            render: (_, r) => t('award.counts', { collectives: r.collectives, individuals: r.individuals }),
          },
        ]}
      />
      {creating && (
        <ProposalFormModal onClose={() => setCreating(false)} onDone={(p) => navigate(`/awards/proposals/${p.id}`)} />
      )}
    </Card>
  );
}
