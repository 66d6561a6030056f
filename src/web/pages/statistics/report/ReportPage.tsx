import {
  EyeOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  FileWordOutlined,
  PrinterOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ReportPreview } from '../../../../common/statistics/report-schemas.ts';
import type { Problem } from '../../../api/client.ts';
import { applyProblemToForm } from '../../../api/forms.ts';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { homeUnitOf } from '../../evaluation/useYearUnit.ts';
import { ReportForm, type ReportFormValues, requestOf } from './ReportForm.tsx';
import { SectionsEditor } from './SectionsEditor.tsx';
import { saveBlob, usePreviewReport, useReportFile } from './useReport.ts';

const paragraphsOf = (r: ReportPreview) =>
  r.sections.flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((b) => b.paragraphs)]);

/** The texts the user changed: only those travel, the server writes the rest. */
function editsOf(preview: ReportPreview | null, texts: Record<string, string>) {
  if (!preview) return {};
  return Object.fromEntries(
    paragraphsOf(preview)
      .filter((p) => texts[p.key] !== undefined && texts[p.key] !== p.defaultText)
      .map((p) => [p.key, texts[p.key]!]),
  );
}

/**
 * A summary report (sơ kết / tổng kết) of a unit for a range of periods:
 * generate it from the figures, edit any paragraph, look at the printed page,
 * download the DOCX (Decree 30 layout) and the XLSX annex.
 */
export function ReportPage() {
  const t = useT();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ReportFormValues>();
  const year = String(new Date().getFullYear());
  const [initial] = useState<ReportFormValues>(() => ({
    unitId: Number(params.get('unitId')) || homeUnitOf(me),
    from: params.get('from') ?? year,
    to: params.get('to') ?? '',
    kind: 'final',
  }));
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [html, setHtml] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [tab, setTab] = useState('content');
  const compose = usePreviewReport();
  const file = useReportFile();

  const request = async () => {
    const values = await form.validateFields();
    const from = values.from.trim().toUpperCase();
    const to = values.to?.trim() ? values.to.trim().toUpperCase() : from;
    // edits belong to one report: a new unit or range starts from the defaults
    const same = preview?.unit.id === values.unitId && preview.range.from === from && preview.range.to === to;
    return requestOf(values, same ? editsOf(preview, texts) : {});
  };
  const run = async (what: string, job: () => Promise<void>) => {
    setProblem(null);
    setBusy(what);
    try {
      await job();
    } catch (e) {
      if (e && typeof e === 'object' && 'errorFields' in e) return; // the form shows its own errors
      setProblem(applyProblemToForm(form, e));
    } finally {
      setBusy(null);
    }
  };
  const loadHtml = async () => {
    const { blob } = await file('html', await request());
    setHtml(await blob.text());
  };

  const generate = () =>
    run('generate', async () => {
      const body = await request();
      const r = await compose.mutateAsync(body);
      setPreview(r);
      setTexts(Object.fromEntries(paragraphsOf(r).map((p) => [p.key, p.text])));
      const { blob } = await file('html', body);
      setHtml(await blob.text());
    });
  const download = (kind: 'docx' | 'xlsx') =>
    run(kind, async () => {
      const { blob, name } = await file(kind, await request());
      saveBlob(blob, name);
      message.success(t('statisticsReport.downloaded', { name }));
    });
  const printView = () =>
    run('print', async () => {
      const { blob } = await file('html', await request());
      const url = URL.createObjectURL(new Blob([await blob.text()], { type: 'text/html' }));
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });

  return (
    <Flex vertical gap={16} data-testid="statistics-report-page">
      <Card size="small">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('statisticsReport.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('statisticsReport.intro')}</Typography.Paragraph>
        <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
        <Form form={form} layout="vertical" initialValues={initial} requiredMark={false}>
          <ReportForm defaults={preview?.header} />
        </Form>
        <Flex wrap gap={8}>
          <Button
            type="primary"
            icon={<FileTextOutlined />}
            loading={busy === 'generate'}
            onClick={generate}
            data-testid="report-generate"
          >
            {t('statisticsReport.generate')}
          </Button>
          <Button
            icon={<FileWordOutlined />}
            disabled={!preview}
            loading={busy === 'docx'}
            onClick={() => download('docx')}
            data-testid="report-docx"
          >
            {t('statisticsReport.downloadDocx')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            disabled={!preview}
            loading={busy === 'xlsx'}
            onClick={() => download('xlsx')}
            data-testid="report-xlsx"
          >
            {t('statisticsReport.downloadXlsx')}
          </Button>
          <Button
            icon={<PrinterOutlined />}
            disabled={!preview}
            loading={busy === 'print'}
            onClick={printView}
            data-testid="report-print"
          >
            {t('statisticsReport.printView')}
          </Button>
        </Flex>
      </Card>
      <Card size="small">
        {!preview ? (
          <Empty description={t('statisticsReport.noPreview')} />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(k) => {
              setTab(k);
              if (k === 'preview') void run('html', loadHtml);
            }}
            items={[
              {
                key: 'content',
                label: t('statisticsReport.tabContent'),
                children: (
                  <SectionsEditor
                    preview={preview}
                    texts={texts}
                    onChange={(key, text) => setTexts((prev) => ({ ...prev, [key]: text }))}
                  />
                ),
              },
              {
                key: 'preview',
                label: (
                  <span>
                    <EyeOutlined /> {t('statisticsReport.tabPreview')}
                  </span>
                ),
                children: (
                  <Flex vertical gap={8}>
                    <Button
                      icon={<ReloadOutlined />}
                      loading={busy === 'html'}
                      onClick={() => run('html', loadHtml)}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {t('statisticsReport.refreshPreview')}
                    </Button>
                    <iframe
                      title={t('statisticsReport.tabPreview')}
                      srcDoc={html ?? ''}
                      sandbox=""
                      data-testid="report-preview-frame"
                      style={{ width: '100%', height: '80vh', border: '1px solid #d9d9d9', background: '#eee' }}
                    />
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}
