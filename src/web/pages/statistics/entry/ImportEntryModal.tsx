import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Flex, Modal, Spin, Typography, Upload } from 'antd';
import type { EntryForm } from '../../../../common/statistics/entry-schemas.ts';
import { isApiError } from '../../../api/client.ts';
import { ImportRowErrors } from '../../../components/ImportRowErrors.tsx';
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
        <ImportRowErrors rows={rows} testId="entry-import-errors" />
      </Flex>
    </Modal>
  );
}
