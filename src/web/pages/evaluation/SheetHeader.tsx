import { FileExcelOutlined, FileWordOutlined, HomeOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { SheetView } from '../../../common/evaluation/schemas.ts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { LateTag, ProvenanceTag, StatusTag } from './tags.tsx';
import { sheetPath } from './useEvaluation.ts';

/** Who, which year, where the sheet stands, its deadlines and the criteria set it is scored against. */
export function SheetHeader({ sheet }: { sheet: SheetView }) {
  const t = useT();
  const d = sheet.deadlines;
  const set = sheet.set;
  const crumbs = [
    {
      key: 'home',
      title: (
        <Link to="/evaluations" aria-label={t('nav.evaluations')}>
          <HomeOutlined />
        </Link>
      ),
    },
    ...sheet.unit.pathNames.map((n) => ({ key: n, title: n })),
    { key: 'unit', title: sheet.unit.name },
  ];
  const items = [
    { key: 'submitBy', label: t('evaluation.submitBy'), children: formatDate(d.submitBy) },
    { key: 'decideBy', label: t('evaluation.decideBy'), children: formatDate(d.decideBy) },
    d.extensionUntil && {
      key: 'extension',
      label: t('evaluation.extensionUntil'),
      children: (
        <span data-testid="sheet-extension">
          {formatDate(d.extensionUntil)}
          {d.extensionReason ? ` — ${d.extensionReason}` : ''}
        </span>
      ),
    },
    sheet.submittedAt && {
      key: 'submittedAt',
      label: t('evaluation.submittedAt'),
      children: formatDateTime(sheet.submittedAt),
    },
  ].filter((i) => !!i);
  const setItems = [
    {
      key: 'set',
      label: t('evaluation.criteriaSet'),
      children: (
        <Flex gap={6} wrap align="center">
          <span data-testid="sheet-set-name">{set.name}</span>
          <ProvenanceTag value={set.provenance} testId="set-provenance" />
        </Flex>
      ),
    },
    { key: 'legal', label: t('evaluation.legalBasis'), children: set.legalBasis },
  ];

  return (
    <Flex vertical gap={12}>
      <Breadcrumb items={crumbs} data-testid="sheet-breadcrumb" />
      <Flex wrap justify="space-between" align="center" gap={12}>
        <Flex vertical gap={2}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="sheet-unit">
            {sheet.unit.name}
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary">{t('evaluation.sheetTitle', { year: sheet.year })}</Typography.Text>
            <StatusTag status={sheet.status} testId="sheet-status" />
            {d.late && <LateTag />}
            {sheet.cycleStatus === 'closed' && (
              <Typography.Text type="secondary">{t('evaluation.cycleClosed')}</Typography.Text>
            )}
          </Flex>
        </Flex>
        <Flex gap={8} wrap>
          <Button
            icon={<FileWordOutlined />}
            href={`${sheetPath(sheet.unit.id, sheet.year)}/sheet.docx`}
            data-testid="export-docx"
          >
            {t('evaluation.exportDocx')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            href={`${sheetPath(sheet.unit.id, sheet.year)}/sheet.xlsx`}
            data-testid="export-xlsx"
          >
            {t('evaluation.exportXlsx')}
          </Button>
        </Flex>
      </Flex>
      {set.provenance !== 'verified' && (
        <Alert
          type="warning"
          showIcon
          data-testid="set-provenance-alert"
          title={t(`evaluation.provenanceAlert.${set.provenance}`)}
          description={set.provenanceNote ?? undefined}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 4 }} items={items} data-testid="sheet-deadlines" />
      <Descriptions size="small" column={1} items={setItems} />
      {!d.submissionOpen && sheet.can.edit === false && ['notStarted', 'draft'].includes(sheet.status) && (
        <Alert type="error" showIcon title={t('evaluation.submissionClosed')} data-testid="submission-closed" />
      )}
    </Flex>
  );
}
