import { ArrowLeftOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type {
  CommitteeAssignmentView,
  CommitteeMemberView,
  SteeringCommitteeDetail,
} from '../../../common/steering-committee/schemas.ts';
import { api } from '../../api/client.ts';
import { CloseRecordModal } from '../../components/registry/CloseRecordModal.tsx';
import { ImportModal } from '../../components/registry/ImportModal.tsx';
import { RecordStatus } from '../../components/registry/RecordStatus.tsx';
import { useRecord, useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { CommitteeFormModal } from './CommitteeForm.tsx';
import { AssignModal, LeaveModal, MemberFormModal } from './MemberForms.tsx';

const base = '/api/steering-committees';
type Modal =
  | { kind: 'edit' | 'close' | 'addMember' | 'import' | 'assign' }
  | { kind: 'editMember' | 'leave'; member: CommitteeMemberView };

/** One committee: its decision, members (add, edit, leave, import) and who follows which unit. */
export function SteeringCommitteeDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const record = useRecord<SteeringCommitteeDetail>(base, id);
  const [modal, setModal] = useState<Modal | null>(null);
  const reopen = useRegistryWrite(base, (c: SteeringCommitteeDetail) =>
    api.post(`${base}/${c.id}/reopen`, { version: c.version }),
  );
  const c = record.data;
  const close = () => setModal(null);
  if (!c) return <Card loading={record.isLoading}>{record.error?.message}</Card>;
  return (
    <Flex vertical gap={16} data-testid="steering-committee-detail">
      <Card
        title={
          <Flex gap={8} align="center">
            <Link to="/steering-committees" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>
            <Typography.Text strong style={{ whiteSpace: 'normal' }}>
              {c.name}
            </Typography.Text>
          </Flex>
        }
        extra={
          <Space wrap>
            <RecordStatus closedOn={c.closedOn} reason={c.closeReason} />
            {c.can.manage && <Button onClick={() => setModal({ kind: 'edit' })}>{t('registry.edit')}</Button>}
            {c.can.manage && (
              <Button danger onClick={() => setModal({ kind: 'close' })}>
                {t('registry.close')}
              </Button>
            )}
            {c.closedOn && (
              <Button onClick={() => reopen.mutate(c)} loading={reopen.isPending}>
                {t('registry.reopen')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'unit',
              label: t('registry.unit'),
              children: [c.unit.name, ...c.unit.pathNames.slice(-1)].join(' › '),
            },
            { key: 'est', label: t('steeringCommittee.establishedOn'), children: formatDate(c.establishedOn) },
            { key: 'dec', label: t('steeringCommittee.decisionNumber'), children: c.decisionNumber ?? '—' },
            { key: 'head', label: t('steeringCommittee.head'), children: c.head ?? t('steeringCommittee.noHead') },
          ]}
        />
      </Card>
      <MembersCard c={c} onModal={setModal} />
      <AssignmentsCard c={c} onAssign={() => setModal({ kind: 'assign' })} />
      {modal?.kind === 'edit' && <CommitteeFormModal committee={c} onClose={close} />}
      {modal?.kind === 'close' && (
        <CloseRecordModal base={base} record={c} title={`${t('registry.close')} — ${c.name}`} onClose={close} />
      )}
      {modal?.kind === 'addMember' && <MemberFormModal committee={c} onClose={close} />}
      {modal?.kind === 'editMember' && <MemberFormModal committee={c} member={modal.member} onClose={close} />}
      {modal?.kind === 'leave' && <LeaveModal committee={c} member={modal.member} onClose={close} />}
      {modal?.kind === 'assign' && <AssignModal committee={c} onClose={close} />}
      {modal?.kind === 'import' && (
        <ImportModal
          base={base}
          importPath={`${base}/${c.id}/members/import`}
          templatePath={`${base}/members/template.xlsx`}
          title={t('steeringCommittee.importMembers')}
          fixedUnit
          onClose={close}
        />
      )}
    </Flex>
  );
}

function MembersCard({ c, onModal }: { c: SteeringCommitteeDetail; onModal: (m: Modal) => void }) {
  const t = useT();
  return (
    <Card
      title={t('steeringCommittee.members')}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={`${base}/${c.id}/members/export.xlsx`}>
            {t('registry.export')}
          </Button>
          {c.can.manage && (
            <Button icon={<UploadOutlined />} onClick={() => onModal({ kind: 'import' })}>
              {t('registry.import')}
            </Button>
          )}
          {c.can.manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => onModal({ kind: 'addMember' })}
              data-testid="committee-add-member"
            >
              {t('steeringCommittee.addMember')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<CommitteeMemberView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.members}
        data-testid="committee-members"
        onRow={(m) => (m.leftOn ? { style: { opacity: 0.55 } } : {})}
        scroll={{ x: 640 }}
        columns={[
          {
            key: 'name',
            title: t('steeringCommittee.fullName'),
            render: (_, m) => (
              <Flex vertical>
                <span>{m.fullName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[m.title, m.phone].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'position',
            title: t('steeringCommittee.position'),
            width: 190,
            render: (_, m) => (
              <Tag color={m.position === 'head' ? 'red' : m.position === 'standingDeputy' ? 'orange' : undefined}>
                {t(`steeringCommittee.position.${m.position}`)}
              </Tag>
            ),
          },
          { key: 'org', title: t('steeringCommittee.organization'), dataIndex: 'organization', responsive: ['md'] },
          {
            key: 'dates',
            title: t('steeringCommittee.term'),
            width: 190,
            render: (_, m) =>
              m.leftOn
                ? `${formatDate(m.joinedOn)} – ${formatDate(m.leftOn)}`
                : `${t('steeringCommittee.since')} ${formatDate(m.joinedOn)}`,
          },
          {
            key: 'act',
            width: 150,
            render: (_, m) =>
              c.can.manage &&
              !m.leftOn && (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => onModal({ kind: 'editMember', member: m })}>
                    {t('registry.edit')}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => onModal({ kind: 'leave', member: m })}>
                    {t('steeringCommittee.leave')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}

function AssignmentsCard({ c, onAssign }: { c: SteeringCommitteeDetail; onAssign: () => void }) {
  const t = useT();
  const names = new Map(c.members.map((m) => [m.id, m.fullName]));
  const end = useRegistryWrite(base, (a: CommitteeAssignmentView) =>
    api.post(`${base}/${c.id}/assignments/${a.id}/end`, { version: c.version, endedOn: dayjs().format('YYYY-MM-DD') }),
  );
  return (
    <Card
      title={t('steeringCommittee.assignments')}
      extra={
        c.can.manage && (
          <Button icon={<PlusOutlined />} onClick={onAssign} data-testid="committee-assign">
            {t('steeringCommittee.assign')}
          </Button>
        )
      }
    >
      <Table<CommitteeAssignmentView>
        rowKey="id"
        size="small"
        pagination={c.assignments.length > 20 ? { pageSize: 20 } : false}
        dataSource={c.assignments}
        data-testid="committee-assignments"
        onRow={(a) => (a.endedOn ? { style: { opacity: 0.55 } } : {})}
        columns={[
          {
            key: 'unit',
            title: t('registry.unit'),
            render: (_, a) => (
              <Flex vertical>
                <span>{a.unit.name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {a.unit.pathNames.slice(-1).join(' › ')}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'member', title: t('steeringCommittee.member'), render: (_, a) => names.get(a.memberId) ?? '—' },
          {
            key: 'dates',
            title: t('steeringCommittee.term'),
            width: 200,
            render: (_, a) =>
              a.endedOn
                ? `${formatDate(a.assignedOn)} – ${formatDate(a.endedOn)}`
                : `${t('steeringCommittee.since')} ${formatDate(a.assignedOn)}`,
          },
          {
            key: 'act',
            width: 120,
            render: (_, a) =>
              c.can.manage &&
              !a.endedOn && (
                <Popconfirm title={t('steeringCommittee.endAssignmentConfirm')} onConfirm={() => end.mutate(a)}>
                  <Button type="link" size="small" danger>
                    {t('steeringCommittee.endAssignment')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
