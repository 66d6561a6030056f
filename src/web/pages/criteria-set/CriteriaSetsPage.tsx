import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CriteriaSetStatus, type CriteriaSetSummary, EvaluatedUnitType } from '../../../common/criteria/schemas.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { ImportCriteriaModal } from './ImportCriteriaModal.tsx';
import { InUseTag, ProvenanceTag, SetStatusTag } from './tags.tsx';
import { type CriteriaListParams, templateUrl, useCriteriaSetList } from './useCriteriaSets.ts';

/** Every criteria set the user may read, with what is verified and what is in use. */
export function CriteriaSetsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useState<CriteriaListParams>({ page: 1, pageSize: 20 });
  const [importing, setImporting] = useState(false);
  const list = useCriteriaSetList(params);
  const manage = can('criteria.manage');
  const filter = (patch: CriteriaListParams) => setParams((p) => ({ ...p, ...patch, page: 1 }));

  const columns = [
    {
      key: 'name',
      title: t('criteria.col.name'),
      width: 340,
      render: (_: unknown, s: CriteriaSetSummary) => (
        <Flex vertical gap={2}>
          <Link to={`/criteria-sets/${s.id}`} data-testid={`set-link-${s.code}-v${s.version}`}>
            {s.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.ownerUnit ? s.ownerUnit.name : t('criteria.ministry')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'code',
      title: t('criteria.col.code'),
      render: (_: unknown, s: CriteriaSetSummary) => (
        <Flex vertical gap={2}>
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {s.code}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('criteria.versionN', { version: s.version })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'appliesTo',
      title: t('criteria.col.appliesTo'),
      render: (_: unknown, s: CriteriaSetSummary) => (
        <Flex wrap gap={4}>
          {s.appliesTo.map((u) => (
            <Tag key={u} style={{ marginInlineEnd: 0 }}>
              {t(`criteria.unitType.${u}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: t('criteria.col.kind'),
      render: (_: unknown, s: CriteriaSetSummary) => t(`criteria.kindShort.${s.kind}`),
    },
    {
      key: 'status',
      title: t('criteria.col.status'),
      render: (_: unknown, s: CriteriaSetSummary) => (
        <Flex wrap gap={4}>
          <SetStatusTag status={s.status} testId={`status-${s.id}`} />
          {s.inUse && <InUseTag testId={`in-use-${s.id}`} />}
        </Flex>
      ),
    },
    {
      key: 'provenance',
      title: t('criteria.col.provenance'),
      render: (_: unknown, s: CriteriaSetSummary) => (
        <ProvenanceTag value={s.provenance} showVerified testId={`provenance-${s.id}`} />
      ),
    },
    {
      key: 'origin',
      title: t('criteria.col.origin'),
      render: (_: unknown, s: CriteriaSetSummary) => t(`criteria.origin.${s.origin}`),
    },
    {
      key: 'updatedAt',
      title: t('criteria.col.updatedAt'),
      render: (_: unknown, s: CriteriaSetSummary) => formatDate(s.updatedAt),
    },
  ];

  return (
    <Card
      title={t('criteria.title')}
      extra={
        manage && (
          <Space wrap>
            <Button href={templateUrl} icon={<DownloadOutlined />} data-testid="download-template">
              {t('criteria.downloadTemplate')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="open-import">
              {t('criteria.importXlsx')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/criteria-sets/new')}
              data-testid="new-set"
            >
              {t('criteria.new')}
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('criteria.intro')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('criteria.searchPlaceholder')}
          onSearch={(q) => filter({ q: q || undefined })}
          style={{ width: 280 }}
          data-testid="set-search"
        />
        <Select
          allowClear
          placeholder={t('criteria.col.kind')}
          style={{ width: 220 }}
          onChange={(kind) => filter({ kind })}
          options={(['movement', 'safety'] as const).map((k) => ({ value: k, label: t(`criteria.kind.${k}`) }))}
        />
        <Select
          allowClear
          placeholder={t('criteria.col.appliesTo')}
          style={{ width: 200 }}
          onChange={(unitType) => filter({ unitType })}
          options={EvaluatedUnitType.options.map((u) => ({ value: u, label: t(`criteria.unitType.${u}`) }))}
        />
        <Select
          allowClear
          placeholder={t('criteria.col.status')}
          style={{ width: 180 }}
          onChange={(status) => filter({ status })}
          options={CriteriaSetStatus.options.map((s) => ({ value: s, label: t(`criteria.status.${s}`) }))}
        />
      </Flex>
      {list.error ? (
        <LoadError error={list.error} />
      ) : (
        <Table
          rowKey="id"
          size="middle"
          data-testid="criteria-sets"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          scroll={{ x: 1150 }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams((p) => ({ ...p, page, pageSize })),
          }}
        />
      )}
      <ImportCriteriaModal open={importing} onClose={() => setImporting(false)} />
    </Card>
  );
}
