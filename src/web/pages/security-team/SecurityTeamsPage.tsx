import { Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SecurityTeamView } from '../../../common/security-team/schemas.ts';
import { RegistryList } from '../../components/registry/RegistryList.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { StaffingPanel } from './StaffingPanel.tsx';
import { TeamFormModal } from './TeamForm.tsx';

export const base = '/api/security-teams';

/** Grassroots security teams: the list (a name opens the team's page) and the commune police staffing. */
export function SecurityTeamsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const tab = params.get('tab') ?? 'teams';
  return (
    <Card title={t('nav.securityTeam')}>
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          setParams((prev) => {
            const next = new URLSearchParams(prev);
            next.set('tab', k);
            return next;
          })
        }
        items={[
          {
            key: 'teams',
            label: t('securityTeam.tab.teams'),
            children: (
              <RegistryList<SecurityTeamView>
                base={base}
                testId="security-team"
                canManage={can('securityTeam.manage')}
                searchPlaceholder={t('securityTeam.search')}
                newLabel={t('securityTeam.new')}
                onNew={() => setCreating(true)}
                importTitle={t('securityTeam.importTitle')}
                columns={[
                  {
                    key: 'name',
                    title: t('securityTeam.name'),
                    render: (_, r) => (
                      <Flex vertical>
                        <Link to={`/security-teams/${r.id}`}>{r.name}</Link>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {r.coveredUnits.map((u) => u.name).join(', ')}
                        </Typography.Text>
                      </Flex>
                    ),
                  },
                  {
                    key: 'members',
                    title: t('securityTeam.activeMembers'),
                    width: 110,
                    align: 'right',
                    render: (_, r) => formatNumber(r.activeMembers),
                  },
                  {
                    key: 'leader',
                    title: t('securityTeam.leader'),
                    responsive: ['lg'],
                    render: (_, r) => r.leaderName ?? '—',
                  },
                  {
                    key: 'establishedOn',
                    title: t('securityTeam.establishedOn'),
                    width: 130,
                    responsive: ['lg'],
                    render: (_, r) => formatDate(r.establishedOn),
                  },
                ]}
              />
            ),
          },
          { key: 'staffing', label: t('staffing.tab'), children: <StaffingPanel /> },
        ]}
      />
      {creating && (
        <TeamFormModal onClose={() => setCreating(false)} onDone={(team) => navigate(`/security-teams/${team.id}`)} />
      )}
    </Card>
  );
}
