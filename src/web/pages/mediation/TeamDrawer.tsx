import { Alert, Button, Descriptions, Drawer, Flex, Grid, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { MediatorView, TeamDetail } from '../../../common/mediation/schemas.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { DissolveModal, LeaveModal, MediatorFormModal, TeamFormModal } from './TeamForms.tsx';
import { useTeam } from './useMediation.ts';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'dissolve' }
  | { kind: 'mediator'; mediator?: MediatorView }
  | { kind: 'leave'; mediator: MediatorView }
  | null;

/** One team: its area, the Art. 12 warning (unverified, so never a refusal) and its mediators. */
export function TeamDrawer({ teamId, onClose }: { teamId: number | null; onClose: () => void }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const team = useTeam(teamId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const d = team.data;
  return (
    <Drawer
      open={teamId !== null}
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      title={d?.name ?? t('mediation.team')}
      data-testid="mediation-team-drawer"
    >
      {team.error && <LoadError error={team.error} />}
      {d && (
        <Flex vertical gap={16}>
          {d.can.manage && (
            <Space wrap>
              <Button onClick={() => setDialog({ kind: 'edit' })} data-testid="mediation-team-edit">
                {t('mediation.editTeam')}
              </Button>
              <Button danger onClick={() => setDialog({ kind: 'dissolve' })} data-testid="mediation-team-dissolve">
                {t('mediation.dissolve')}
              </Button>
            </Space>
          )}
          <Art12Warning team={d} />
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'area',
                label: t('mediation.area'),
                children: [d.unit.name, ...d.unit.pathNames.slice(-1)].join(', '),
              },
              { key: 'est', label: t('mediation.establishedOn'), children: formatDate(d.establishedOn) },
              {
                key: 'count',
                label: t('mediation.mediators'),
                children: t('mediation.activeOf', { active: d.activeMediators, women: d.women }),
              },
              ...(d.dissolvedOn
                ? [{ key: 'dis', label: t('mediation.dissolvedOn'), children: formatDate(d.dissolvedOn) }]
                : []),
            ]}
          />
          <MediatorTable
            team={d}
            onEdit={(m) => setDialog({ kind: 'mediator', mediator: m })}
            onLeave={(m) => setDialog({ kind: 'leave', mediator: m })}
          />
          {d.can.manage && (
            <Button type="dashed" onClick={() => setDialog({ kind: 'mediator' })} data-testid="mediation-add-mediator">
              {t('mediation.addMediator')}
            </Button>
          )}
        </Flex>
      )}
      {d && dialog?.kind === 'edit' && <TeamFormModal team={d} onClose={() => setDialog(null)} />}
      {d && dialog?.kind === 'dissolve' && <DissolveModal team={d} onClose={() => setDialog(null)} />}
      {d && dialog?.kind === 'mediator' && (
        <MediatorFormModal team={d} mediator={dialog.mediator} onClose={() => setDialog(null)} />
      )}
      {d && dialog?.kind === 'leave' && (
        <LeaveModal team={d} mediator={dialog.mediator} onClose={() => setDialog(null)} />
      )}
    </Drawer>
  );
}

function Art12Warning({ team }: { team: TeamDetail }) {
  const t = useT();
  const art12 = team.warnings.filter((w) => w !== 'otherTeamInArea');
  return (
    <>
      {art12.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('mediation.art12Title')}
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {art12.map((w) => (
                  <li key={w}>{t(`mediation.warning.${w}`)}</li>
                ))}
              </ul>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('mediation.art12Help')}
              </Typography.Text>
            </>
          }
          data-testid="mediation-art12"
        />
      )}
      {team.warnings.includes('otherTeamInArea') && (
        <Alert type="info" showIcon title={t('mediation.warning.otherTeamInArea')} />
      )}
    </>
  );
}

function MediatorTable({
  team,
  onEdit,
  onLeave,
}: {
  team: TeamDetail;
  onEdit: (m: MediatorView) => void;
  onLeave: (m: MediatorView) => void;
}) {
  const t = useT();
  return (
    <Table<MediatorView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={team.mediators}
      locale={{ emptyText: t('mediation.noMediators') }}
      scroll={{ x: 560 }}
      data-testid="mediation-mediators"
      columns={[
        {
          key: 'name',
          title: t('mediation.fullName'),
          render: (_, m) => (
            <Space size={4} wrap>
              <Typography.Text delete={!m.active}>{m.fullName}</Typography.Text>
              {m.role === 'leader' && <Tag color="blue">{t('mediation.role.leader')}</Tag>}
              {!m.active && <Tag>{t('mediation.inactive')}</Tag>}
            </Space>
          ),
        },
        { key: 'gender', title: t('mediation.gender'), width: 80, render: (_, m) => t(`mediation.gender.${m.gender}`) },
        {
          key: 'eth',
          title: t('mediation.ethnicMinority'),
          responsive: ['md'],
          render: (_, m) => m.ethnicMinority ?? '—',
        },
        {
          key: 'dates',
          title: t('mediation.joinedOn'),
          width: 120,
          render: (_, m) => (m.leftOn ? `${formatDate(m.joinedOn)} – ${formatDate(m.leftOn)}` : formatDate(m.joinedOn)),
        },
        ...(team.can.manage
          ? [
              {
                key: 'act',
                title: t('common.actions'),
                width: 110,
                render: (_: unknown, m: MediatorView) =>
                  m.active && (
                    <Space size={0} wrap>
                      <Button type="link" size="small" onClick={() => onEdit(m)}>
                        {t('mediation.edit')}
                      </Button>
                      <Button type="link" size="small" danger onClick={() => onLeave(m)}>
                        {t('mediation.leaveShort')}
                      </Button>
                    </Space>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
