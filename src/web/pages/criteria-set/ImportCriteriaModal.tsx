import { InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Modal, Select, Spin, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ImportRowError } from '../../../common/org-unit/schemas.ts';
import { isApiError } from '../../api/client.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { templateUrl, useCriteriaOwners, useImportCriteriaSet } from './useCriteriaSets.ts';

/** Uploads a score sheet; it becomes a draft to review, or the bad rows are listed and nothing is written. */
export function ImportCriteriaModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const owners = useCriteriaOwners(open);
  const [owner, setOwner] = useState<number | undefined>();
  const upload = useImportCriteriaSet();
  const ownerId = owner ?? owners.data?.[0]?.id;
  const rows = isApiError(upload.error) ? (upload.error.problem.rows ?? []) : [];
  const close = () => {
    upload.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('criteria.importTitle')}
      onCancel={close}
      width={760}
      footer={<Button onClick={close}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('criteria.importIntro')} <a href={templateUrl}>{t('criteria.downloadTemplate')}</a>
        </Typography.Paragraph>
        {(owners.data?.length ?? 0) > 1 && (
          <Flex align="center" gap={8}>
            <span>{t('criteria.owner')}</span>
            <Select
              style={{ minWidth: 280 }}
              value={ownerId}
              onChange={setOwner}
              options={owners.data?.map((o) => ({ value: o.id, label: o.ministry ? t('criteria.ministry') : o.name }))}
              data-testid="import-owner"
            />
          </Flex>
        )}
        <div data-testid="criteria-import-upload">
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={upload.isPending}
            customRequest={({ file }) => {
              upload.reset();
              upload.mutate(
                { file: file as File, ownerUnitId: ownerId },
                { onSuccess: (set) => navigate(`/criteria-sets/${set.id}`) },
              );
            }}
          >
            <Spin spinning={upload.isPending}>
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('criteria.importDrop')}</p>
              <p className="ant-upload-hint">{t('criteria.importHint')}</p>
            </Spin>
          </Upload.Dragger>
        </div>
        {upload.error && (
          <ProblemAlert problem={isApiError(upload.error) ? { ...upload.error.problem, errors: [] } : null} />
        )}
        {rows.length > 0 && (
          <Table<ImportRowError>
            size="small"
            data-testid="import-row-errors"
            rowKey={(r) => `${r.column}-${r.row}-${r.message}`}
            dataSource={rows}
            pagination={rows.length > 10 ? { pageSize: 10 } : false}
            columns={[
              { key: 'column', title: t('criteria.importCol.where'), render: (_, r) => r.column ?? '—' },
              { key: 'row', title: t('criteria.importCol.row'), dataIndex: 'row', width: 80 },
              { key: 'message', title: t('criteria.importCol.message'), dataIndex: 'message' },
            ]}
          />
        )}
      </Flex>
    </Modal>
  );
}
