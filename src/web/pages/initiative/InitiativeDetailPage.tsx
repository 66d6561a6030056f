import { ArrowLeftOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Result, Row, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { InitiativeDetail } from '../../../common/initiative/schemas.ts';
import { api } from '../../api/client.ts';
import { CloseRecordModal } from '../../components/registry/CloseRecordModal.tsx';
import { RecordStatus } from '../../components/registry/RecordStatus.tsx';
import { useRecord, useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { InitiativeFormModal } from './InitiativeForm.tsx';
import { ReplicateModal, ReplicationChain } from './ReplicationChain.tsx';
import { Documents, Recognitions } from './SubRecords.tsx';
import { base, stageColors, useInitiativeTypes } from './useInitiative.ts';

/** One initiative: its facts, cameras, replication chain, recognitions and documents. */
export function InitiativeDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const record = useRecord<InitiativeDetail>(base, id);
  const { nameOf } = useInitiativeTypes();
  const [modal, setModal] = useState<'edit' | 'close' | 'replicate' | null>(null);
  const reopen = useRegistryWrite(base, (v: InitiativeDetail) =>
    api.post(`${base}/${v.id}/reopen`, { version: v.version }),
  );
  const i = record.data;
  if (record.error) return <Result status="warning" title={record.error.message} />;
  if (!i) return <Spin />;
  const dash = (v: string | null) => v ?? '—';
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Link to="/initiatives" aria-label={t('initiative.back')}>
              <ArrowLeftOutlined />
            </Link>
            <span data-testid="initiative-title">{i.name}</span>
            <Tag color={stageColors[i.shownStage]}>{t(`initiative.stage.${i.shownStage}`)}</Tag>
          </Space>
        }
        extra={
          <Space wrap>
            <RecordStatus closedOn={i.closedOn} reason={i.closeReason} />
            {i.can.manage && <Button onClick={() => setModal('edit')}>{t('registry.edit')}</Button>}
            {i.can.manage && (
              <Button danger onClick={() => setModal('close')}>
                {t('registry.close')}
              </Button>
            )}
            {i.closedOn && (
              <Button onClick={() => reopen.mutate(i)} loading={reopen.isPending}>
                {t('registry.reopen')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('initiative.type')}>{nameOf(i.typeCode)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.unit')}>
            {[i.unit.name, ...i.unit.pathNames.slice(-1)].join(' › ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('initiative.startedOn')}>{formatDate(i.startedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('initiative.leadOrganization')}>{dash(i.leadOrganization)}</Descriptions.Item>
          <Descriptions.Item label={t('initiative.points')}>{formatNumber(i.points)}</Descriptions.Item>
          <Descriptions.Item label={t('initiative.teams')}>{formatNumber(i.teams)}</Descriptions.Item>
          <Descriptions.Item label={t('initiative.description')} span={2}>
            {dash(i.description)}
          </Descriptions.Item>
          <Descriptions.Item label={t('initiative.results')} span={2}>
            {dash(i.results)}
          </Descriptions.Item>
          {(i.isCamera || i.cameraCount !== null) && (
            <Descriptions.Item label={t('initiative.cameras')} span={2}>
              {formatNumber(i.cameraCount)} — {dash(i.cameraLocations)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card
            title={t('initiative.chain')}
            extra={
              i.can.manage && (
                <Button
                  type="primary"
                  icon={<NodeIndexOutlined />}
                  onClick={() => setModal('replicate')}
                  data-testid="initiative-replicate"
                >
                  {t('initiative.replicate')}
                </Button>
              )
            }
          >
            <ReplicationChain initiative={i} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Card title={t('initiative.recognitions')}>
              <Recognitions initiative={i} />
            </Card>
            <Card title={t('initiative.documents')}>
              <Documents initiative={i} />
            </Card>
          </Flex>
        </Col>
      </Row>
      {modal === 'edit' && <InitiativeFormModal initiative={i} onClose={() => setModal(null)} />}
      {modal === 'replicate' && <ReplicateModal initiative={i} onClose={() => setModal(null)} />}
      {modal === 'close' && (
        <CloseRecordModal
          base={base}
          record={i}
          title={`${t('registry.close')} — ${i.name}`}
          onClose={() => setModal(null)}
        />
      )}
    </Flex>
  );
}
