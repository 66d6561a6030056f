import { Alert, App, Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AwardProposalDetail, AwardRecipient } from '../../../common/award/schemas.ts';
import { api } from '../../api/client.ts';
import { RecordStatus } from '../../components/registry/RecordStatus.tsx';
import { useRecord, useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ApproveModal, RefuseModal } from './DecideModals.tsx';
import { ProposalFormModal } from './ProposalForm.tsx';
import { statusColor } from './ProposalsPage.tsx';
import { RecipientFormModal } from './RecipientForm.tsx';
import { RecipientTable } from './RecipientTable.tsx';
import { proposalsBase } from './useAward.ts';

/** One proposal: its recipients, and the steps this user may take (edit, submit, approve, refuse). */
export function ProposalPage() {
  const t = useT();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const record = useRecord<AwardProposalDetail>(proposalsBase, id);
  const [dialog, setDialog] = useState<'edit' | 'add' | 'approve' | 'refuse' | null>(null);
  const p = record.data;
  const submit = useRegistryWrite(proposalsBase, (v: AwardProposalDetail) =>
    api.post(`${proposalsBase}/${v.id}/submit`, { version: v.version }),
  );
  const remove = useRegistryWrite(proposalsBase, (r: AwardRecipient) =>
    api.post(`${proposalsBase}/${id}/recipients/${r.id}/remove`, { version: p?.version }),
  );
  if (!p) return <Card loading={record.isLoading}>{record.error?.message}</Card>;
  const close = () => setDialog(null);
  const onError = (e: Error) => void message.error(e.message);
  return (
    <Card
      title={p.title}
      extra={<Link to="/awards/proposals">{t('award.back')}</Link>}
      data-testid="award-proposal-page"
    >
      <Flex vertical gap={16}>
        <Space wrap>
          <Tag color={statusColor[p.status]} data-testid="award-proposal-status">
            {t(`award.status.${p.status}`)}
          </Tag>
          {p.closedOn && <RecordStatus closedOn={p.closedOn} reason={p.closeReason} />}
          {p.allowed.edit && <Button onClick={() => setDialog('edit')}>{t('registry.edit')}</Button>}
          {p.allowed.edit && (
            <Button onClick={() => setDialog('add')} data-testid="award-add-recipient">
              {t('award.addRecipient')}
            </Button>
          )}
          {p.allowed.submit && (
            <Button
              type="primary"
              loading={submit.isPending}
              data-testid="award-submit"
              onClick={() => submit.mutate(p, { onSuccess: () => void message.success(t('award.submitted')), onError })}
            >
              {t('award.submit')}
            </Button>
          )}
          {p.allowed.decide && (
            <Button type="primary" onClick={() => setDialog('approve')} data-testid="award-approve">
              {t('award.approve')}
            </Button>
          )}
          {p.allowed.decide && (
            <Button danger onClick={() => setDialog('refuse')} data-testid="award-refuse">
              {t('award.refuse')}
            </Button>
          )}
        </Space>
        {p.status === 'refused' && p.refusalReason && (
          <Alert type="warning" showIcon title={t('award.refusalReason')} description={p.refusalReason} />
        )}
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('award.form')}>{p.form.name}</Descriptions.Item>
          <Descriptions.Item label={t('award.proposingUnit')}>{p.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('award.occasion')}>{p.occasion ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('award.submittedOn')}>{formatDate(p.submittedOn) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('award.decision')}>
            {p.decision ? (
              <Link to={`/awards/${p.decision.id}`} data-testid="award-proposal-decision">
                {`${p.decision.decisionNumber} (${formatDate(p.decision.decidedOn)})`}
              </Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('award.recipients')}>
            {t('award.counts', { collectives: p.collectives, individuals: p.individuals })}
          </Descriptions.Item>
          <Descriptions.Item label={t('award.reason')} span={2}>
            {p.reason ?? '—'}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5}>{t('award.recipients')}</Typography.Title>
        <RecipientTable
          rows={p.recipients}
          testId="award-proposal-recipients"
          onRemove={p.allowed.edit ? (r) => remove.mutate(r, { onError }) : undefined}
        />
      </Flex>
      {dialog === 'edit' && <ProposalFormModal proposal={p} onClose={close} />}
      {dialog === 'add' && (
        <RecipientFormModal
          base={proposalsBase}
          path={`${proposalsBase}/${p.id}/recipients`}
          version={p.version}
          onClose={close}
        />
      )}
      {dialog === 'approve' && <ApproveModal proposal={p} onClose={close} />}
      {dialog === 'refuse' && <RefuseModal proposal={p} onClose={close} />}
    </Card>
  );
}
