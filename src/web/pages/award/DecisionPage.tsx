import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AwardDecisionDetail } from '../../../common/award/schemas.ts';
import { CloseRecordModal } from '../../components/registry/CloseRecordModal.tsx';
import { ImportModal } from '../../components/registry/ImportModal.tsx';
import { RecordStatus } from '../../components/registry/RecordStatus.tsx';
import { useRecord } from '../../components/registry/useRegistry.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { DecisionFormModal } from './DecisionForm.tsx';
import { RecipientFormModal } from './RecipientForm.tsx';
import { RecipientTable } from './RecipientTable.tsx';
import { decisionsBase } from './useAward.ts';

/** One decision with all its recipients, collectives then individuals, each with the unit that proposed it. */
export function DecisionPage() {
  const t = useT();
  const id = Number(useParams().id);
  const record = useRecord<AwardDecisionDetail>(decisionsBase, id);
  const [dialog, setDialog] = useState<'edit' | 'revoke' | 'import' | 'add' | null>(null);
  const d = record.data;
  if (!d) return <Card loading={record.isLoading}>{record.error?.message}</Card>;
  const close = () => setDialog(null);
  const collectives = d.recipients.filter((r) => r.recipientKind === 'collective');
  const individuals = d.recipients.filter((r) => r.recipientKind === 'individual');
  return (
    <Card
      title={`${t('award.decision')} ${d.decisionNumber}`}
      extra={<Link to="/awards">{t('award.back')}</Link>}
      data-testid="award-decision-page"
    >
      <Flex vertical gap={16}>
        <Space wrap>
          <RecordStatus closedOn={d.closedOn} reason={d.closeReason} />
          {d.can.manage && <Button onClick={() => setDialog('edit')}>{t('registry.edit')}</Button>}
          {d.can.manage && <Button onClick={() => setDialog('add')}>{t('award.addRecipient')}</Button>}
          {d.can.manage && (
            <Button icon={<UploadOutlined />} onClick={() => setDialog('import')}>
              {t('award.importRecipients')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} href={`${decisionsBase}/${d.id}/recipients.xlsx`}>
            {t('award.exportRecipients')}
          </Button>
          {d.can.manage && (
            <Button danger onClick={() => setDialog('revoke')}>
              {t('award.revoke')}
            </Button>
          )}
        </Space>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('award.form')}>{d.form.name}</Descriptions.Item>
          <Descriptions.Item label={t('award.decidedOn')}>{formatDate(d.decidedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('award.issuer')}>{d.issuer}</Descriptions.Item>
          <Descriptions.Item label={t('registry.unit')}>{d.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('award.occasion')}>{d.occasion ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('award.recipients')}>
            {t('award.counts', { collectives: d.collectives, individuals: d.individuals })}
          </Descriptions.Item>
          <Descriptions.Item label={t('award.reason')} span={2}>
            {d.reason ?? '—'}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5}>{`${t('award.collectives')} (${collectives.length})`}</Typography.Title>
        <RecipientTable rows={collectives} testId="award-collectives" />
        <Typography.Title level={5}>{`${t('award.individuals')} (${individuals.length})`}</Typography.Title>
        <RecipientTable rows={individuals} testId="award-individuals" />
      </Flex>
      {dialog === 'edit' && <DecisionFormModal decision={d} onClose={close} />}
      {dialog === 'add' && (
        <RecipientFormModal
          base={decisionsBase}
          path={`${decisionsBase}/${d.id}/recipients`}
          version={d.version}
          onClose={close}
        />
      )}
      {dialog === 'revoke' && (
        <CloseRecordModal
          base={decisionsBase}
          record={d}
          title={`${t('award.revoke')} — ${d.decisionNumber}`}
          onClose={close}
        />
      )}
      {dialog === 'import' && (
        <ImportModal
          base={decisionsBase}
          importPath={`${decisionsBase}/${d.id}/recipients/import`}
          templatePath={`${decisionsBase}/recipients-template.xlsx`}
          title={`${t('award.importRecipients')} — ${d.decisionNumber}`}
          unitId={d.unit.id}
          fixedUnit
          onClose={close}
        />
      )}
    </Card>
  );
}
