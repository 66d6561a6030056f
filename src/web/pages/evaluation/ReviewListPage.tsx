import { BarChartOutlined, FileExcelOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
  InputNumber,
  Segmented,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { Link, useNavigate } from 'react-router';
import {
  type EvaluationStatus,
  type ReviewRow,
  EvaluationStatus as StatusEnum,
} from '../../../common/evaluation/schemas.ts';
import { UnitField } from '../../components/UnitField.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ClassTag, LateTag, StatusTag } from './tags.tsx';
import { type ReviewParams, summaryXlsxUrl, useReviewPage } from './useEvaluation.ts';
import { useYearUnit } from './useYearUnit.ts';

const defaultLabels = { excellent: 'Xuất sắc', good: 'Khá', average: 'Trung bình', weak: 'Yếu' };

/**
 * The units a reviewer looks after for one year: status, totals, class, late
 * rows in red, the title and the remediation plan; filtered and paginated on
 * the server. A row opens the unit's sheet.
 */
export function ReviewListPage() {
  const t = useT();
  const navigate = useNavigate();
  const { unitId, year, params, set } = useYearUnit();
  const scope = params.get('scope') === 'subtree' ? 'subtree' : 'children';
  const status = (params.get('status') as EvaluationStatus | null) ?? undefined;
  const late = params.get('late') === 'true' ? 'true' : undefined;
  const q = params.get('q') ?? undefined;
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 20;
  const query: ReviewParams = { year, unitId: unitId ?? 0, scope, status, late, q, page, pageSize };
  const list = useReviewPage(query, !!unitId);
  const labels = list.data?.labels ?? defaultLabels;
  const filter = (patch: Record<string, string | number | null | undefined>) => set({ ...patch, page: null });

  const columns: TableColumnsType<ReviewRow> = [
    {
      key: 'unit',
      title: t('evaluation.unit'),
      render: (_, r) => (
        <Flex vertical>
          <Link to={`/evaluations/units/${r.unit.id}/${year}`} onClick={(e) => e.stopPropagation()}>
            {r.unit.name}
          </Link>
          {scope === 'subtree' && r.unit.pathNames.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.unit.pathNames.slice(-2).join(' › ')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'type',
      title: t('evaluation.unitType'),
      responsive: ['lg'],
      render: (_, r) => t(`evaluation.unitType.${r.unitType}`),
    },
    {
      key: 'status',
      title: t('evaluation.statusCol'),
      render: (_, r) => (
        <Flex gap={4} wrap>
          <StatusTag status={r.status} testId={`review-status-${r.unit.id}`} />
          {r.late && <LateTag />}
        </Flex>
      ),
    },
    {
      key: 'self',
      title: t('evaluation.selfTotal'),
      align: 'right',
      responsive: ['md'],
      render: (_, r) => formatNumber(r.selfTotal),
    },
    { key: 'total', title: t('evaluation.total'), align: 'right', render: (_, r) => formatNumber(r.total) },
    {
      key: 'class',
      title: t('evaluation.class'),
      render: (_, r) =>
        r.decidedClassification ? (
          <Tooltip title={t('evaluation.decidedClass')}>
            <span>
              <ClassTag value={r.decidedClassification} labels={labels} testId={`review-class-${r.unit.id}`} />
            </span>
          </Tooltip>
        ) : r.classification ? (
          <Tooltip title={t('evaluation.provisionalClass')}>
            <Tag variant="outlined" style={{ borderStyle: 'dashed' }} data-testid={`review-class-${r.unit.id}`}>
              {labels[r.classification]}
            </Tag>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      key: 'deadline',
      title: t('evaluation.submitBy'),
      responsive: ['lg'],
      render: (_, r) => (
        <Flex vertical>
          <span>{formatDate(r.submitBy)}</span>
          {r.extensionUntil && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('evaluation.extendedTo', { date: formatDate(r.extensionUntil) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'submitted',
      title: t('evaluation.submittedAt'),
      responsive: ['xl'],
      render: (_, r) => formatDateTime(r.submittedAt),
    },
    {
      key: 'title',
      title: t('evaluation.safetyTitle'),
      align: 'center',
      responsive: ['md'],
      render: (_, r) =>
        r.safetyRecognised ? (
          <Tooltip title={t('evaluation.safetyHeld')}>
            <SafetyCertificateFilled
              style={{ color: '#389e0d', fontSize: 18 }}
              data-testid={`title-mark-${r.unit.id}`}
            />
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      key: 'plan',
      title: t('evaluation.plan'),
      responsive: ['md'],
      render: (_, r) =>
        !r.planRequired ? (
          '—'
        ) : r.planId ? (
          <Tag color="green">{t('evaluation.planFiled')}</Tag>
        ) : (
          <Tag color="volcano">{t('evaluation.planMissing')}</Tag>
        ),
    },
  ];

  return (
    <Card
      title={t('evaluation.reviewTitle', { year })}
      extra={
        <Flex gap={8} wrap>
          {unitId && (
            <Link to={`/evaluations/dashboard?unitId=${unitId}&year=${year}`}>
              <Button icon={<BarChartOutlined />}>{t('nav.evaluationDashboard')}</Button>
            </Link>
          )}
          <Button
            icon={<FileExcelOutlined />}
            href={unitId ? summaryXlsxUrl({ year, unitId, scope }) : undefined}
            disabled={!unitId}
            data-testid="export-summary"
          >
            {t('evaluation.exportExcel')}
          </Button>
        </Flex>
      }
    >
      <Flex wrap gap={8} style={{ marginBottom: 16 }} data-testid="review-filters">
        <div style={{ minWidth: 260, flex: '1 1 260px', maxWidth: 420 }}>
          <UnitField id="review-unit" value={unitId} onChange={(v) => filter({ unitId: v })} />
        </div>
        <InputNumber<number>
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && filter({ year: v })}
          prefix={t('evaluation.year')}
          style={{ width: 140 }}
          data-testid="review-year"
        />
        <Segmented
          value={scope}
          onChange={(v) => filter({ scope: v === 'subtree' ? 'subtree' : null })}
          options={[
            { value: 'children', label: t('evaluation.scopeChildren') },
            { value: 'subtree', label: t('evaluation.scopeSubtree') },
          ]}
          data-testid="review-scope"
        />
        <Select<EvaluationStatus>
          allowClear
          value={status}
          onChange={(v) => filter({ status: v })}
          placeholder={t('evaluation.statusCol')}
          style={{ width: 180 }}
          options={StatusEnum.options.map((s) => ({ value: s, label: t(`evaluation.status.${s}`) }))}
          data-testid="review-status-filter"
        />
        <Checkbox
          checked={!!late}
          onChange={(e) => filter({ late: e.target.checked ? 'true' : null })}
          data-testid="review-late"
        >
          {t('evaluation.lateOnly')}
        </Checkbox>
        <Input.Search
          allowClear
          defaultValue={q}
          placeholder={t('evaluation.searchUnit')}
          onSearch={(v) => filter({ q: v.trim() })}
          style={{ maxWidth: 280 }}
          data-testid="review-search"
        />
      </Flex>
      <Table<ReviewRow>
        rowKey={(r) => r.unit.id}
        size="middle"
        columns={columns.map((c, i) => ({ ...c, onCell: (r: ReviewRow) => lateCell(r, i === 0) }))}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        locale={list.error ? { emptyText: list.error.message } : { emptyText: t('evaluation.reviewEmpty') }}
        onRow={(r) => ({
          'data-testid': `review-row-${r.unit.id}`,
          'data-status': r.status,
          onClick: () => navigate(`/evaluations/units/${r.unit.id}/${year}`),
          'data-late': r.late,
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total: formatNumber(total) }),
          onChange: (p, size) => set({ page: size === pageSize ? p : 1, pageSize: size }),
        }}
      />
    </Card>
  );
}

/** Late rows: a red left border and a light red background (cells, since a row's own style is painted over). */
function lateCell(r: ReviewRow, first: boolean) {
  if (!r.late) return {};
  return { style: { background: '#fff5f5', ...(first ? { borderInlineStart: '4px solid #c8102e' } : {}) } };
}
