import {
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Grid,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CaseDetail, CaseRow, Outcome } from '../../../common/mediation/schemas.ts';
import { api } from '../../api/client.ts';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { CaseFormModal, CloseCaseModal, outcomes, TeamSelect } from './CaseForms.tsx';
import { base, useCases } from './useMediation.ts';

const outcomeColors: Record<Outcome, string> = { succeeded: 'green', failed: 'red', withdrawn: 'default' };

export function OutcomeTag({ outcome }: { outcome: Outcome | null }) {
  const t = useT();
  return outcome ? (
    <Tag color={outcomeColors[outcome]}>{t(`mediation.outcome.${outcome}`)}</Tag>
  ) : (
    <Tag color="processing">{t('mediation.outcome.open')}</Tag>
  );
}

type Dialog = { kind: 'new' } | { kind: 'edit' | 'close'; item: CaseDetail } | null;

/** Cases under the chosen unit: filters by team, period of receipt, outcome, open only. */
export function CasesTab({ unitId, canManage }: { unitId?: number; canManage: boolean }) {
  const t = useT();
  const [teamId, setTeamId] = useState<number>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const [openOnly, setOpenOnly] = useState(false);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog>(null);
  const phone = !Grid.useBreakpoint().sm;
  const list = useCases({
    unitId,
    teamId,
    from: range?.[0] ? toIsoDate(range[0]) : undefined,
    to: range?.[1] ? toIsoDate(range[1]) : undefined,
    outcome,
    open: openOnly ? 'true' : undefined,
    ...page,
  });
  const openDialog = async (kind: 'edit' | 'close', id: number) =>
    setDialog({ kind, item: await api.get<CaseDetail>(`${base}/cases/${id}`) });
  const Actions = ({ row }: { row: CaseRow }) => (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => void openDialog('edit', row.id)}>
        {t('mediation.edit')}
      </Button>
      <Button
        type="link"
        size="small"
        onClick={() => void openDialog('close', row.id)}
        data-testid="mediation-close-case"
      >
        {t('mediation.closeCase')}
      </Button>
    </Space>
  );
  const reset = () => setPage((p) => ({ ...p, page: 1 }));

  const columns: TableColumnsType<CaseRow> = [
    {
      key: 'subject',
      title: t('mediation.case'),
      render: (_, r) => (
        <Flex vertical>
          <span>{r.subject}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {`${r.team.name} · ${r.unit.name}`}
          </Typography.Text>
          {phone && (
            <Flex wrap gap={4} align="center" style={{ marginTop: 4 }}>
              <Typography.Text style={{ fontSize: 12 }}>{formatDate(r.receivedOn)}</Typography.Text>
              <OutcomeTag outcome={r.outcome} />
              {r.lateStart && <Tag color="warning">{t('mediation.lateStart')}</Tag>}
              {canManage && !r.closedOn && <Actions row={r} />}
            </Flex>
          )}
        </Flex>
      ),
    },
    {
      key: 'received',
      title: t('mediation.receivedOn'),
      width: 120,
      responsive: ['sm'],
      render: (_, r) => formatDate(r.receivedOn),
    },
    {
      key: 'started',
      title: t('mediation.startedOn'),
      width: 150,
      responsive: ['md'],
      render: (_, r) => (
        <Space size={4} wrap>
          {formatDate(r.startedOn)}
          {r.lateStart && (
            <Tooltip title={t('mediation.lateStartHelp')}>
              <Tag color="warning" data-testid="mediation-late-start">
                {t('mediation.lateStart')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      key: 'closed',
      title: t('mediation.closedOn'),
      width: 120,
      responsive: ['lg'],
      render: (_, r) => formatDate(r.closedOn),
    },
    {
      key: 'outcome',
      title: t('mediation.outcome'),
      width: 130,
      responsive: ['sm'] as const,
      render: (_, r) => <OutcomeTag outcome={r.outcome} />,
    },
    ...(canManage && !phone
      ? [
          {
            key: 'act',
            title: t('common.actions'),
            width: 170,
            render: (_: unknown, r: CaseRow) => !r.closedOn && <Actions row={r} />,
          },
        ]
      : []),
  ];

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} justify="space-between">
        <Flex wrap gap={8} align="center">
          <div style={{ width: 240 }}>
            <TeamSelect
              allowClear
              unitId={unitId}
              value={teamId}
              onChange={(v) => {
                setTeamId(v);
                reset();
              }}
            />
          </div>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            value={range}
            onChange={(v) => {
              setRange(v);
              reset();
            }}
            data-testid="mediation-case-period"
          />
          <Select
            allowClear
            placeholder={t('mediation.outcome')}
            value={outcome}
            onChange={(v?: Outcome) => {
              setOutcome(v);
              reset();
            }}
            style={{ width: 160 }}
            options={outcomes.map((o) => ({ value: o, label: t(`mediation.outcome.${o}`) }))}
          />
          <Checkbox checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)}>
            {t('mediation.openOnly')}
          </Checkbox>
        </Flex>
        {canManage && (
          <Button type="primary" onClick={() => setDialog({ kind: 'new' })} data-testid="mediation-new-case">
            {t('mediation.newCase')}
          </Button>
        )}
      </Flex>
      <Table<CaseRow>
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
        data-testid="mediation-cases-table"
      />
      {dialog?.kind === 'new' && <CaseFormModal unitId={unitId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <CaseFormModal unitId={unitId} item={dialog.item} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'close' && <CloseCaseModal item={dialog.item} onClose={() => setDialog(null)} />}
    </>
  );
}
