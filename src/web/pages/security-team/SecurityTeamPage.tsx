import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Space, Spin } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SecurityTeamDetail } from '../../../common/security-team/schemas.ts';
import { api } from '../../api/client.ts';
import { CloseRecordModal } from '../../components/registry/CloseRecordModal.tsx';
import { RecordStatus } from '../../components/registry/RecordStatus.tsx';
import { useRecord, useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { EvaluationCard } from './EvaluationCard.tsx';
import { MembersCard } from './MembersCard.tsx';
import { TeamFormModal } from './TeamForm.tsx';

const base = '/api/security-teams';

/** One team: its decision and covered areas, its members, and its yearly evaluations. */
export function SecurityTeamPage() {
  const t = useT();
  const id = Number(useParams().id);
  const record = useRecord<SecurityTeamDetail>(base, id);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const reopen = useRegistryWrite(base, (v: SecurityTeamDetail) =>
    api.post(`${base}/${v.id}/reopen`, { version: v.version }),
  );
  const team = record.data;
  if (record.error) return <Result status="warning" title={record.error.message} />;
  if (!team) return <Spin />;
  return (
    <Flex vertical gap={16} data-testid="security-team-page">
      <Card
        title={
          <Space>
            <Link to="/security-teams">
              <ArrowLeftOutlined />
            </Link>
            <span data-testid="security-team-name">{team.name}</span>
          </Space>
        }
        extra={
          <Space wrap>
            <RecordStatus closedOn={team.closedOn} reason={team.closeReason} />
            {team.can.manage && <Button onClick={() => setEditing(true)}>{t('registry.edit')}</Button>}
            {team.can.manage && (
              <Button danger onClick={() => setClosing(true)}>
                {t('registry.close')}
              </Button>
            )}
            {team.closedOn && (
              <Button onClick={() => reopen.mutate(team)} loading={reopen.isPending}>
                {t('registry.reopen')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('registry.unit')}>
            {[team.unit.name, ...team.unit.pathNames.slice(-1)].join(' › ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('securityTeam.covered')}>
            {team.coveredUnits.map((u) => u.name).join(', ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('securityTeam.establishedOn')}>
            {formatDate(team.establishedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('securityTeam.decisionNumber')}>{team.decisionNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('securityTeam.leader')}>{team.leaderName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('securityTeam.activeMembers')}>
            <span data-testid="security-team-count">{formatNumber(team.activeMembers)}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <MembersCard team={team} />
      <EvaluationCard team={team} />
      {editing && <TeamFormModal team={team} onClose={() => setEditing(false)} />}
      {closing && (
        <CloseRecordModal
          base={base}
          record={team}
          title={`${t('registry.close')} — ${team.name}`}
          onClose={() => setClosing(false)}
        />
      )}
    </Flex>
  );
}
