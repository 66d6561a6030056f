import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Flex, Modal, Spin, Table, Typography, Upload } from 'antd';
import type { ImportRowError } from '../../../../common/org-unit/schemas.ts';
import type { EntryForm } from '../../../../common/statistics/entry-schemas.ts';
import { isApiError } from '../../../api/client.ts';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { entryFileUrl, useEntryImport } from './useEntry.ts';

/**
 * Uploads the period's workbook (the template, filled in). All figures are
 * written or none: on any bad row the rows, columns and reasons are listed.
 */
export function ImportEntryModal({ form, onClose }: { form: EntryForm; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const upload = useEntryImport(form.unit.id, form.period.text);
  const rows = isApiError(upload.error) ? (upload.error.problem.rows ?? []) : [];
  return (
    <Modal
      open
      title={t('statisticsEntry.importTitle', { unit: form.unit.name, period: form.period.label })}
      onCancel={onClose}
      width={760}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      <Flex vertical gap={12} data-testid="entry-import-modal">
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('statisticsEntry.importIntro')}{' '}
          <a href={entryFileUrl('template', form.unit.id, form.period.text)}>{t('statisticsEntry.template')}</a>
        </Typography.Paragraph>
        <div data-testid="entry-import-upload">
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            customRequest={({ file }) => {
              upload.reset();
              upload.mutate(file as File, {
                onSuccess: (r) => {
                  message.success(t('statisticsEntry.importDone', { changed: formatNumber(r.changed) }));
                  onClose();
                },
              });
            }}
          >
            <Spin spinning={upload.isPending}>
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('statisticsEntry.importDrop')}</p>
            </Spin>
          </Upload.Dragger>
        </div>
        {upload.error && (
          <ProblemAlert problem={isApiError(upload.error) ? { ...upload.error.problem, errors: [] } : null} />
        )}
        {rows.length > 0 && (
          <Table<ImportRowError>
            size="small"
            data-testid="entry-import-errors"
            rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
            dataSource={rows}
            pagination={rows.length > 10 ? { pageSize: 10 } : false}
            columns={[
              { key: 'row', title: t('statisticsEntry.importRow'), dataIndex: 'row', width: 80 },
              {
                key: 'column',
                title: t('statisticsEntry.importColumn'),
                render: (_, r) => r.column ?? '—',
                width: 160,
              },
              { key: 'message', title: t('statisticsEntry.importMessage'), dataIndex: 'message' },
            ]}
          />
        )}
      </Flex>
    </Modal>
  );
}
