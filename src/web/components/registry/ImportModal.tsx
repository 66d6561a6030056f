import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ImportRowErrors } from '../ImportRowErrors.tsx';
import { ProblemAlert } from '../ProblemAlert.tsx';
import { UnitPicker } from '../UnitPicker.tsx';
import { useRegistryImport } from './useRegistry.ts';

/**
 * Uploads a registry workbook into a unit's subtree. All rows are written or
 * none: on any bad row the list of row numbers, columns and reasons is shown.
 * `importPath` overrides the endpoint for sub-records (e.g. a team's members).
 */
export function ImportModal({
  base,
  importPath,
  templatePath,
  title,
  unitId: initialUnit,
  fixedUnit,
  onClose,
}: {
  base: string;
  importPath?: string;
  templatePath?: string;
  title: string;
  unitId?: number;
  /** the import goes into this record, not a chosen unit */
  fixedUnit?: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [unitId, setUnitId] = useState<number | null>(initialUnit ?? null);
  const upload = useRegistryImport(base, importPath);
  const rows = isApiError(upload.error) ? (upload.error.problem.rows ?? []) : [];
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      width={780}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      mask={{ closable: false }}
    >
      <Flex vertical gap={12} data-testid="registry-import">
        <Typography.Paragraph style={{ margin: 0 }}>
          {t(fixedUnit ? 'registry.importIntroPart' : 'registry.importIntro')}{' '}
          <a href={templatePath ?? `${base}/template.xlsx`} data-testid="registry-template">
            {t('registry.downloadTemplate')}
          </a>
        </Typography.Paragraph>
        {!fixedUnit && (
          <Flex align="center" gap={8} wrap>
            <span>{t('registry.importInto')}</span>
            <UnitPicker
              value={unitId}
              onChange={(u) => setUnitId(u?.id ?? null)}
              style={{ minWidth: 300 }}
              data-testid="registry-import-unit"
            />
          </Flex>
        )}
        <div data-testid="registry-import-upload">
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending || (!fixedUnit && !unitId)}
            customRequest={({ file }) => {
              upload.reset();
              upload.mutate({ file: file as File, unitId: unitId ?? 0 });
            }}
          >
            <Spin spinning={upload.isPending}>
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('registry.importDrop')}</p>
              <p className="ant-upload-hint">{t(fixedUnit ? 'registry.importHintPart' : 'registry.importHint')}</p>
            </Spin>
          </Upload.Dragger>
        </div>
        {upload.data && (
          <Alert
            type="success"
            showIcon
            data-testid="registry-import-done"
            title={t('registry.importDone', {
              created: formatNumber(upload.data.created),
              updated: formatNumber(upload.data.updated),
              unchanged: formatNumber(upload.data.unchanged),
            })}
          />
        )}
        {upload.error && (
          <ProblemAlert problem={isApiError(upload.error) ? { ...upload.error.problem, errors: [] } : null} />
        )}
        <ImportRowErrors rows={rows} testId="registry-import-errors" />
      </Flex>
    </Modal>
  );
}
