import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Flex, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ActivityView, ProgramDetail, ReviewView } from '../../../common/coordination-program/schemas.ts';
import { api } from '../../api/client.ts';
import { CloseRecordModal } from '../../components/registry/CloseRecordModal.tsx';
import { RecordStatus } from '../../components/registry/RecordStatus.tsx';
import { useRecord, useRegistryWrite } from '../../components/registry/useRegistry.ts';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { programsBase as base, ProgramFormModal } from './ProgramForm.tsx';
import { ActivityFormModal, ReviewFormModal } from './SubRecordForms.tsx';

const statusColor = { planned: 'default', inProgress: 'processing', done: 'success', cancelled: 'default' } as const;

/** One programme: its fields, its activities (add, edit, move status) and its reviews as a timeline. */
export function ProgramDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const record = useRecord<ProgramDetail>(base, id);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const reopen = useRegistryWrite(base, (v: ProgramDetail) =>
    api.post(`${base}/${v.id}/reopen`, { version: v.version }),
  );
  const p = record.data;
  if (!p) return <Card loading={record.isLoading}>{record.error?.message}</Card>;
  return (
    <Flex vertical gap={16} data-testid="program-page">
      <Card
        title={
          <Space>
            <Link to=".." relative="path" aria-label={t('program.back')}>
              <ArrowLeftOutlined />
            </Link>
            <span>{p.number}</span>
          </Space>
        }
        extra={
          <Space wrap>
            <RecordStatus closedOn={p.closedOn} reason={p.closeReason} />
            {p.can.manage && <Button onClick={() => setEditing(true)}>{t('registry.edit')}</Button>}
            {p.can.manage && (
              <Button danger onClick={() => setClosing(true)}>
                {t('registry.close')}
              </Button>
            )}
            {p.closedOn && (
              <Button onClick={() => reopen.mutate(p)} loading={reopen.isPending}>
                {t('registry.reopen')}
              </Button>
            )}
          </Space>
        }
      >
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {p.title}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('program.parties')} span={2}>
            <Flex wrap gap={4}>
              {p.parties.map((x) => (
                <Tag key={x}>{x}</Tag>
              ))}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.unit')}>
            {[p.unit.name, ...p.unit.pathNames.slice(-1)].join(' › ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('program.level')}>{t(`program.level.${p.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('program.signedOn')}>{formatDate(p.signedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('program.period')}>
            {p.periodFrom}–{p.periodTo}
          </Descriptions.Item>
          <Descriptions.Item label={t('program.content')} span={2}>
            {p.content ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <ActivitiesCard program={p} />
      <ReviewsCard program={p} />
      {editing && <ProgramFormModal program={p} onClose={() => setEditing(false)} />}
      {closing && (
        <CloseRecordModal
          base={base}
          record={p}
          title={`${t('registry.close')} — ${p.number}`}
          onClose={() => setClosing(false)}
        />
      )}
    </Flex>
  );
}

function ActivitiesCard({ program }: { program: ProgramDetail }) {
  const t = useT();
  const [editing, setEditing] = useState<ActivityView | 'new' | null>(null);
  const manage = program.can.manage;
  return (
    <Card
      title={t('program.activities')}
      extra={
        <Space>
          {program.overdueActivities > 0 && (
            <Tag color="red">{t('program.overdueCount', { count: program.overdueActivities })}</Tag>
          )}
          {manage && (
            <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="activity-add">
              {t('program.addActivity')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<ActivityView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={program.activities}
        locale={{ emptyText: t('program.activity.none') }}
        scroll={{ x: 640 }}
        data-testid="activity-table"
        columns={[
          {
            key: 'title',
            title: t('program.activity.title'),
            render: (_, a) =>
              manage ? <Typography.Link onClick={() => setEditing(a)}>{a.title}</Typography.Link> : a.title,
          },
          { key: 'party', title: t('program.activity.responsibleParty'), dataIndex: 'responsibleParty', width: 200 },
          {
            key: 'due',
            title: t('program.activity.dueOn'),
            width: 130,
            render: (_, a) => (
              <Flex vertical>
                <span>{formatDate(a.dueOn)}</span>
                {a.overdue && <Tag color="red">{t('program.activity.overdue')}</Tag>}
              </Flex>
            ),
          },
          {
            key: 'status',
            title: t('program.activity.status'),
            width: 170,
            render: (_, a) => (
              <Flex vertical>
                <Tag color={statusColor[a.status]}>{t(`program.activity.status.${a.status}`)}</Tag>
                {a.doneOn && <Typography.Text type="secondary">{formatDate(a.doneOn)}</Typography.Text>}
              </Flex>
            ),
          },
        ]}
      />
      {editing && (
        <ActivityFormModal
          program={program}
          activity={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

function ReviewsCard({ program }: { program: ProgramDetail }) {
  const t = useT();
  const [editing, setEditing] = useState<ReviewView | 'new' | null>(null);
  const manage = program.can.manage;
  return (
    <Card
      title={t('program.reviews')}
      extra={
        manage && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="review-add">
            {t('program.addReview')}
          </Button>
        )
      }
    >
      {program.finalReviewOn && !program.closedOn && (
        <Alert type="info" showIcon title={t('program.review.finalHint')} style={{ marginBottom: 16 }} />
      )}
      {program.reviews.length === 0 ? (
        <Empty description={t('program.review.none')} />
      ) : (
        <Timeline
          items={program.reviews.map((r) => ({
            color: r.kind === 'final' ? 'green' : 'blue',
            content: (
              <Flex vertical>
                <Typography.Text strong>
                  {t(`program.review.kind.${r.kind}`)} · {formatDate(r.heldOn)}
                  {manage && (
                    <Typography.Link style={{ marginInlineStart: 8 }} onClick={() => setEditing(r)}>
                      {t('registry.edit')}
                    </Typography.Link>
                  )}
                </Typography.Text>
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-line' }}>
                  {r.summary}
                </Typography.Paragraph>
              </Flex>
            ),
          }))}
        />
      )}
      {editing && (
        <ReviewFormModal
          program={program}
          review={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
