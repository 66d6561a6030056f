import { Table } from 'antd';
import type { ImportRowError } from '../../common/org-unit/schemas.ts';
import { useT } from '../i18n/I18nProvider.tsx';

/** The rows of a refused spreadsheet import: row number, column, reason (nothing was written). */
export function ImportRowErrors({ rows, testId }: { rows: ImportRowError[]; testId: string }) {
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <Table<ImportRowError>
      size="small"
      data-testid={testId}
      rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10 } : false}
      columns={[
        { key: 'row', title: t('registry.importRow'), dataIndex: 'row', width: 80 },
        { key: 'column', title: t('registry.importColumn'), render: (_, r) => r.column ?? '—', width: 180 },
        { key: 'message', title: t('registry.importMessage'), dataIndex: 'message' },
      ]}
    />
  );
}
