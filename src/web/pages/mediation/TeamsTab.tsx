import { Button, Checkbox, Flex, Grid, Input, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { TeamRow } from '../../../common/mediation/schemas.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { TeamDrawer } from './TeamDrawer.tsx';
import { TeamFormModal } from './TeamForms.tsx';
import { useTeams } from './useMediation.ts';

/** Teams under the chosen unit, with their mediator counts and warnings; a row opens the drawer. */
export function TeamsTab({ unitId, canManage }: { unitId?: number; canManage: boolean }) {
  const t = useT();
  const [q, setQ] = useState('');
  const [dissolved, setDissolved] = useState(false);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const phone = !Grid.useBreakpoint().sm;
  const list = useTeams({ unitId, q: q.trim() || undefined, dissolved: dissolved ? 'all' : 'false', ...page });
  const columns: TableColumnsType<TeamRow> = [
    {
      key: 'name',
      title: t('mediation.team'),
      render: (_, r) => (
        <Flex vertical>
          <Typography.Link onClick={() => setOpen(r.id)}>{r.name}</Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[r.unit.name, ...r.unit.pathNames.slice(-1)].join(' › ')}
          </Typography.Text>
          {phone && (
            <>
              <Typography.Text style={{ fontSize: 12 }}>
                {t('mediation.activeOf', { active: r.activeMediators, women: r.women })}
              </Typography.Text>
              <TeamTags row={r} />
            </>
          )}
        </Flex>
      ),
    },
    {
      key: 'mediators',
      title: t('mediation.mediators'),
      width: 170,
      responsive: ['sm'],
      render: (_, r) => t('mediation.activeOf', { active: r.activeMediators, women: r.women }),
    },
    { key: 'leader', title: t('mediation.leader'), responsive: ['md'], render: (_, r) => r.leaderName ?? '—' },
    {
      key: 'est',
      title: t('mediation.establishedOn'),
      responsive: ['lg'],
      width: 130,
      render: (_, r) => formatDate(r.establishedOn),
    },
    { key: 'warn', title: '', width: 150, responsive: ['sm'], render: (_, r) => <TeamTags row={r} /> },
  ];
  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} justify="space-between">
        <Flex wrap gap={8} align="center">
          <Input.Search
            allowClear
            placeholder={t('mediation.searchTeam')}
            onSearch={(v) => {
              setQ(v);
              setPage((p) => ({ ...p, page: 1 }));
            }}
            style={{ width: 240 }}
            data-testid="mediation-team-search"
          />
          <Checkbox checked={dissolved} onChange={(e) => setDissolved(e.target.checked)}>
            {t('mediation.showDissolved')}
          </Checkbox>
        </Flex>
        {canManage && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="mediation-new-team">
            {t('mediation.newTeam')}
          </Button>
        )}
      </Flex>
      <Table<TeamRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={phone ? undefined : { x: 640 }}
        locale={list.error ? { emptyText: list.error.message } : undefined}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, s) => setPage({ page: s === page.pageSize ? p : 1, pageSize: s }),
        }}
        data-testid="mediation-teams-table"
      />
      <TeamDrawer teamId={open} onClose={() => setOpen(null)} />
      {creating && <TeamFormModal onClose={() => setCreating(false)} onDone={(team) => setOpen(team.id)} />}
    </>
  );
}

function TeamTags({ row: r }: { row: TeamRow }) {
  const t = useT();
  if (r.dissolvedOn) return <Tag>{`${t('mediation.dissolved')} ${formatDate(r.dissolvedOn)}`}</Tag>;
  return (
    <Flex wrap gap={4}>
      {r.warnings.map((w) => (
        <Tooltip key={w} title={w === 'otherTeamInArea' ? undefined : t('mediation.art12Help')}>
          <Tag color={w === 'otherTeamInArea' ? 'blue' : 'orange'} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
            {t(`mediation.warning.${w}`)}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
