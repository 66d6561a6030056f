import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { MemberView, SecurityTeamDetail } from '../../../common/security-team/schemas.ts';
import { ImportModal } from '../../components/registry/ImportModal.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { LeaveModal, MemberFormModal } from './MemberForm.tsx';

const base = '/api/security-teams';

/** The team's members: active first; add, correct, leave; import and export as XLSX. */
export function MembersCard({ team }: { team: SecurityTeamDetail }) {
  const t = useT();
  const [showLeft, setShowLeft] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<MemberView | null>(null);
  const [leaving, setLeaving] = useState<MemberView | null>(null);
  const [importing, setImporting] = useState(false);
  const rows = showLeft ? team.members : team.members.filter((m) => !m.leftOn);
  const manage = team.can.manage;
  return (
    <Card
      title={t('securityTeam.members')}
      extra={
        <Space wrap>
          <Switch checked={showLeft} onChange={setShowLeft} /> {t('securityTeam.member.showLeft')}
          <Button icon={<DownloadOutlined />} href={`${base}/${team.id}/members/export.xlsx`}>
            {t('registry.export')}
          </Button>
          {manage && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="member-import">
              {t('registry.import')}
            </Button>
          )}
          {manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="member-new">
              {t('securityTeam.member.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<MemberView>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 720 }}
        data-testid="member-table"
        columns={[
          { key: 'name', title: t('securityTeam.member.fullName'), dataIndex: 'fullName' },
          {
            key: 'role',
            title: t('securityTeam.member.role'),
            width: 110,
            render: (_, m) => (
              <Tag color={m.role === 'leader' ? 'blue' : undefined}>{t(`securityTeam.role.${m.role}`)}</Tag>
            ),
          },
          {
            key: 'gender',
            title: t('securityTeam.member.gender'),
            width: 90,
            render: (_, m) => t(`securityTeam.gender.${m.gender}`),
          },
          {
            key: 'birthYear',
            title: t('securityTeam.member.birthYear'),
            width: 90,
            render: (_, m) => m.birthYear ?? '—',
          },
          {
            key: 'joinedOn',
            title: t('securityTeam.member.joinedOn'),
            width: 120,
            render: (_, m) => formatDate(m.joinedOn),
          },
          {
            key: 'training',
            title: t('securityTeam.member.training'),
            ellipsis: true,
            responsive: ['lg'],
            render: (_, m) => m.training ?? '—',
          },
          {
            key: 'left',
            title: t('securityTeam.member.leftOn'),
            width: 120,
            render: (_, m) => (m.leftOn ? formatDate(m.leftOn) : '—'),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 160,
            render: (_, m) =>
              manage && (
                <Space>
                  <Button size="small" onClick={() => setEditing(m)}>
                    {t('registry.edit')}
                  </Button>
                  {!m.leftOn && (
                    <Button size="small" danger onClick={() => setLeaving(m)}>
                      {t('securityTeam.member.leave')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {adding && <MemberFormModal team={team} onClose={() => setAdding(false)} />}
      {editing && <MemberFormModal team={team} member={editing} onClose={() => setEditing(null)} />}
      {leaving && <LeaveModal team={team} member={leaving} onClose={() => setLeaving(null)} />}
      {importing && (
        <ImportModal
          base={base}
          importPath={`${base}/${team.id}/members/import`}
          templatePath={`${base}/${team.id}/members/template.xlsx`}
          title={`${t('securityTeam.member.importTitle')} — ${team.name}`}
          fixedUnit
          onClose={() => setImporting(false)}
        />
      )}
    </Card>
  );
}
