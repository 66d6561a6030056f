import { UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tag, Typography } from 'antd';
import type { ReportParagraph, ReportPreview } from '../../../../common/statistics/report-schemas.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';

type Props = {
  preview: ReportPreview;
  texts: Record<string, string>;
  onChange: (key: string, text: string) => void;
};

/** Every paragraph of the report as an editable text, under the headings it will be printed with. */
export function SectionsEditor({ preview, texts, onChange }: Props) {
  const t = useT();
  const paragraph = (p: ReportParagraph) => {
    const text = texts[p.key] ?? p.text;
    const edited = text !== p.defaultText;
    return (
      <Flex vertical gap={4} key={p.key} style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <Tag color={p.kind === 'data' ? 'blue' : 'gold'}>
            {t(p.kind === 'data' ? 'statisticsReport.dataParagraph' : 'statisticsReport.narrativeParagraph')}
          </Tag>
          {edited && <Tag color="green">{t('statisticsReport.edited')}</Tag>}
          {edited && (
            <Button size="small" type="link" icon={<UndoOutlined />} onClick={() => onChange(p.key, p.defaultText)}>
              {t('statisticsReport.resetDefault')}
            </Button>
          )}
        </Flex>
        <Input.TextArea
          value={text}
          onChange={(e) => onChange(p.key, e.target.value)}
          autoSize={{ minRows: 2, maxRows: 16 }}
          placeholder={t('statisticsReport.emptyHint')}
          aria-label={p.key}
          data-testid={`report-text-${p.key}`}
        />
      </Flex>
    );
  };
  return (
    <div data-testid="report-sections">
      <Typography.Title level={5} style={{ textAlign: 'center', marginTop: 0 }}>
        {preview.title}
        <br />
        {preview.summary}
      </Typography.Title>
      {preview.sections.map((s) => (
        <div key={s.key}>
          {s.heading && (
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {s.heading}
            </Typography.Title>
          )}
          {s.paragraphs.map(paragraph)}
          {s.subsections.map((b) => (
            <div key={b.key} style={{ paddingInlineStart: 16 }}>
              <Typography.Text strong>{b.heading}</Typography.Text>
              <div style={{ marginTop: 4 }}>{b.paragraphs.map(paragraph)}</div>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
