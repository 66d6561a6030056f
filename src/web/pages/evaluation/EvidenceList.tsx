import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Typography, Upload } from 'antd';
import type { SheetView } from '../../../common/evaluation/schemas.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { evidencePath, useSheetAction } from './useEvaluation.ts';

const MAX_MB = 20;

/** Evidence files of one line: download links, delete, and an upload button when the sheet allows it. */
export function EvidenceList({ sheet, code }: { sheet: SheetView; code: string }) {
  const t = useT();
  const { message } = App.useApp();
  const action = useSheetAction(sheet.unit.id, sheet.year);
  const files = sheet.evidence.filter((e) => e.code === code);
  const can = sheet.can.uploadEvidence;
  const fail = (e: unknown) => void message.error(e instanceof Error ? e.message : t('error.unknown'));

  return (
    <Flex vertical gap={2} data-testid={`evidence-${code}`} style={{ minWidth: 160 }}>
      {files.map((f) => (
        <Flex key={f.id} align="center" gap={4}>
          <PaperClipOutlined style={{ color: '#8c8c8c' }} />
          <Typography.Link
            href={evidencePath(f.id)}
            target="_blank"
            ellipsis
            style={{ maxWidth: 180 }}
            title={`${f.fileName} (${formatNumber(Math.ceil(f.size / 1024))} KB)`}
          >
            {f.fileName}
          </Typography.Link>
          {can && (
            <Popconfirm
              title={t('evaluation.evidenceDeleteConfirm')}
              okText={t('evaluation.delete')}
              cancelText={t('common.cancel')}
              onConfirm={() => action.mutateAsync({ kind: 'deleteEvidence', id: f.id }).catch(fail)}
            >
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('evaluation.delete')} />
            </Popconfirm>
          )}
        </Flex>
      ))}
      {can && (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MAX_MB * 1024 * 1024) {
              void message.error(t('evaluation.evidenceTooLarge', { max: MAX_MB }));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            action
              .mutateAsync({ kind: 'upload', code, file: file as File, version: sheet.version })
              .then((s) => {
                onSuccess?.(s);
                void message.success(t('evaluation.evidenceAdded'));
              })
              .catch((e) => {
                onError?.(e);
                fail(e);
              });
          }}
        >
          <Button
            size="small"
            icon={<UploadOutlined />}
            loading={action.isPending}
            data-testid={`evidence-upload-${code}`}
          >
            {t('evaluation.evidenceUpload')}
          </Button>
        </Upload>
      )}
      {!can && files.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
    </Flex>
  );
}
