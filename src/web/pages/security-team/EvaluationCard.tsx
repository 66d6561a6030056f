import { useQuery } from '@tanstack/react-query';
import { Alert, App, Card, Flex, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type {
  EvaluationLevel,
  MemberRole,
  QuotaView,
  SecurityTeamDetail,
} from '../../../common/security-team/schemas.ts';
import { evaluable, evaluationLevels, latestStartFor } from '../../../domain/security-team/evaluation.ts';
import { api, isApiError } from '../../api/client.ts';
import { registryKeys, useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';

const base = '/api/security-teams';
type Row = { key: string; memberId: number | null; name: string; role: MemberRole | null; startedOn: string };

/**
 * The yearly evaluation (Guidance 01/HD-BCA-V05) of the team and each member:
 * those under 9 months are marked and not rated; the commune's "excellent"
 * quota is shown as a warning only (its base is ambiguous in the source).
 */
export function EvaluationCard({ team }: { team: SecurityTeamDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const quota = useQuery({
    queryKey: [...registryKeys.all(base), 'quota', team.id, year],
    queryFn: () => api.get<QuotaView>(`${base}/${team.id}/quota`, { year }),
  });
  const rate = useRegistryWrite(base, (v: { memberId: number | null; level: EvaluationLevel }) =>
    api.put(`${base}/${team.id}/evaluations`, { ...v, year, version: team.version }),
  );
  const levelOf = (memberId: number | null) =>
    team.evaluations.find((e) => e.year === year && e.memberId === memberId)?.level;
  const rows: Row[] = [
    { key: 'team', memberId: null, name: team.name, role: null, startedOn: team.establishedOn },
    ...team.members
      .filter((m) => !m.leftOn || levelOf(m.id))
      .map((m) => ({ key: String(m.id), memberId: m.id, name: m.fullName, role: m.role, startedOn: m.joinedOn })),
  ];
  const warn = quota.data && (quota.data.teams.exceeded || quota.data.members.exceeded);
  return (
    <Card
      title={t('securityTeam.evaluation.title')}
      extra={
        <Select
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: y }))}
        />
      }
    >
      <Flex vertical gap={12}>
        <Alert
          type="info"
          showIcon
          title={t('securityTeam.evaluation.rules', { date: formatDate(latestStartFor(year)), year })}
        />
        {warn && quota.data && (
          <Alert
            type="warning"
            showIcon
            data-testid="quota-warning"
            title={t('securityTeam.evaluation.quota', {
              commune: quota.data.commune.name,
              teams: quota.data.teams.excellent,
              teamLimit: quota.data.teams.limit,
              members: quota.data.members.excellent,
              memberLimit: quota.data.members.limit,
            })}
          />
        )}
        <Table<Row>
          rowKey="key"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={rows}
          columns={[
            {
              key: 'name',
              title: t('securityTeam.member.fullName'),
              render: (_, r) => (r.memberId === null ? <strong>{r.name}</strong> : r.name),
            },
            {
              key: 'role',
              title: t('securityTeam.member.role'),
              width: 110,
              render: (_, r) => (r.role ? t(`securityTeam.role.${r.role}`) : t('securityTeam.evaluation.team')),
            },
            {
              key: 'level',
              title: t('securityTeam.evaluation.level'),
              width: 260,
              render: (_, r) =>
                !evaluable(r.startedOn, year) ? (
                  <Tag>{t('securityTeam.evaluation.tooNew')}</Tag>
                ) : (
                  <Select<EvaluationLevel>
                    value={levelOf(r.memberId)}
                    placeholder={t('securityTeam.evaluation.none')}
                    disabled={!team.can.manage || rate.isPending}
                    style={{ width: '100%' }}
                    onChange={(level) =>
                      rate.mutate(
                        { memberId: r.memberId, level },
                        {
                          onSuccess: () => void quota.refetch(),
                          onError: (e) => void message.error(isApiError(e) ? e.problem.title : e.message),
                        },
                      )
                    }
                    options={evaluationLevels.map((l) => ({ value: l, label: t(`securityTeam.level.${l}`) }))}
                  />
                ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
