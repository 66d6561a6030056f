import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Result, Row, Spin, Statistic, Table, Typography, Upload } from 'antd';
import type { ImportResult, ImportRowError } from '../../../common/org-unit/schemas.ts';
import { isApiError } from '../../api/client.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useImportUnits } from './useUnits.ts';

/** The GSO export's headers, which the server recognises (with aliases). */
const IMPORT_COLUMNS = [
  ['Tỉnh Thành Phố', 'import.col.provinceName'],
  ['Mã TP', 'import.col.provinceCode'],
  ['Quận Huyện', 'import.col.districtName'],
  ['Mã QH', 'import.col.districtCode'],
  ['Phường Xã', 'import.col.communeName'],
  ['Mã PX', 'import.col.communeCode'],
  ['Cấp', 'import.col.type'],
] as const;
const TEMPLATE = 'Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp\nTỉnh Hà Tĩnh,42,Phường Thành Sen,18070,Phường\n';

/** Uploads the official unit list; all-or-nothing, with the bad rows listed on failure. */
export function ImportUnitsPage() {
  const t = useT();
  const upload = useImportUnits();
  return (
    <Flex vertical gap={16}>
      <Card title={t('import.title')}>
        <Typography.Paragraph>
          {t('import.intro')} <a href="#columns">{t('import.columnsLink')}</a>
        </Typography.Paragraph>
        <div data-testid="import-upload">
          <Upload.Dragger
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            customRequest={({ file }) => {
              upload.reset();
              upload.mutate(file as File);
            }}
          >
            <Spin spinning={upload.isPending} tip={t('import.uploading')}>
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.drop')}</p>
              <p className="ant-upload-hint">{t('import.dropHint')}</p>
            </Spin>
          </Upload.Dragger>
        </div>
      </Card>
      {upload.data && <ImportSummary result={upload.data} />}
      {upload.error && <ImportFailure error={upload.error} />}
      <ColumnsHelp />
    </Flex>
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  const t = useT();
  const stats = [
    ['import.rows', result.rows],
    ['import.created', result.created],
    ['import.updated', result.updated],
    ['import.unchanged', result.unchanged],
  ] as const;
  return (
    <Card data-testid="import-result">
      <Result status="success" title={t('import.success')} style={{ paddingBlock: 8 }} />
      <Row gutter={16}>
        {stats.map(([key, n]) => (
          <Col xs={12} md={6} key={key}>
            <Statistic title={t(key)} value={n} formatter={(v) => formatNumber(Number(v))} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function ImportFailure({ error }: { error: Error }) {
  const t = useT();
  const rows = isApiError(error) ? (error.problem.rows ?? []) : [];
  const detail = isApiError(error) ? error.problem.detail : undefined;
  return (
    <Card data-testid="import-errors">
      <Alert
        type="error"
        showIcon
        title={error.message}
        description={detail}
        style={{ marginBottom: rows.length ? 16 : 0 }}
      />
      {rows.length > 0 && (
        <>
          <Typography.Title level={5}>{t('import.rowErrors')}</Typography.Title>
          <Table<ImportRowError>
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            columns={[
              { key: 'row', title: t('import.row'), dataIndex: 'row', width: 80, render: formatNumber },
              { key: 'column', title: t('import.column'), dataIndex: 'column', width: 160, render: (c) => c ?? '' },
              { key: 'message', title: t('import.error'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Card>
  );
}

function ColumnsHelp() {
  const t = useT();
  const download = () => {
    const url = URL.createObjectURL(new Blob([`\uFEFF${TEMPLATE}`], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'danh-muc-don-vi-mau.csv' });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Card id="columns" title={t('import.columns')} data-testid="import-columns">
      <Typography.Paragraph>{t('import.columnsText')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="header"
        columns={[
          {
            key: 'h',
            title: t('import.colHeader'),
            dataIndex: 'header',
            width: 180,
            render: (h) => <strong>{h}</strong>,
          },
          { key: 'm', title: t('import.colMeaning'), dataIndex: 'meaning' },
        ]}
        dataSource={IMPORT_COLUMNS.map(([header, key]) => ({ header, meaning: t(key) }))}
      />
      <Button icon={<DownloadOutlined />} onClick={download} style={{ marginTop: 12 }}>
        {t('import.template')}
      </Button>
    </Card>
  );
}
