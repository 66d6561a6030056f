import { Col, DatePicker, Form, Input, Row, Segmented } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReportHeader, ReportKind, ReportRequest } from '../../../../common/statistics/report-schemas.ts';
import { UnitField } from '../../../components/UnitField.tsx';
import { DATE_FORMAT, toIsoDate } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';

export type ReportFormValues = {
  unitId: number | null;
  from: string;
  to: string;
  kind: ReportKind;
  number?: string;
  symbol?: string;
  superior?: string;
  issuer?: string;
  place?: string;
  date?: Dayjs | null;
  authority?: string;
  signerTitle?: string;
  signerName?: string;
  recipients?: string;
};

const PERIOD = /^\d{4}([SQM]\d{1,2})?$/i;
const blank = (s?: string) => (s?.trim() ? s.trim() : undefined);

/** The API request from the form and the user's edited texts; empty fields take the server's defaults. */
export function requestOf(v: ReportFormValues, narratives: Record<string, string>): ReportRequest {
  const recipients = v.recipients
    ?.split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    unitId: v.unitId ?? 0,
    from: v.from.trim(),
    to: blank(v.to),
    kind: v.kind,
    number: v.number?.trim() ?? '',
    symbol: blank(v.symbol)?.toUpperCase(),
    superior: blank(v.superior),
    issuer: blank(v.issuer),
    place: blank(v.place),
    date: v.date ? toIsoDate(v.date) : undefined,
    signer: { authority: v.authority?.trim() ?? '', title: blank(v.signerTitle), name: v.signerName?.trim() ?? '' },
    recipients: recipients?.length ? recipients : undefined,
    narratives,
  };
}

/**
 * What the report is about (unit, periods, kind) and how it is headed and
 * signed (Decree 30). Header fields left empty show, as placeholders, the
 * defaults the server used for the last report.
 */
export function ReportForm({ defaults }: { defaults?: ReportHeader }) {
  const t = useT();
  const period = { pattern: PERIOD, message: t('statisticsReport.periodHelp') };
  const ph = (v?: string | null) => v ?? t('statisticsReport.defaultPlaceholder');
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name="unitId" label={t('statisticsReport.unit')} rules={[{ required: true }]}>
            <UnitField id="report-unit" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="from" label={t('statisticsReport.from')} rules={[{ required: true }, period]}>
            <Input placeholder="2013" data-testid="report-from" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="to" label={t('statisticsReport.to')} rules={[period]}>
            <Input placeholder="2023" data-testid="report-to" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="kind" label={t('statisticsReport.kind')}>
            <Segmented
              data-testid="report-kind"
              options={[
                { value: 'interim', label: t('statisticsReport.kind.interim') },
                { value: 'final', label: t('statisticsReport.kind.final') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={4}>
          <Form.Item name="number" label={t('statisticsReport.number')} rules={[{ pattern: /^\d{0,6}$/ }]}>
            <Input placeholder="15" data-testid="report-number" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="symbol" label={t('statisticsReport.symbol')}>
            <Input placeholder={ph(defaults?.symbol)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="superior" label={t('statisticsReport.superior')}>
            <Input placeholder={ph(defaults?.superior)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="issuer" label={t('statisticsReport.issuer')}>
            <Input placeholder={ph(defaults?.issuer)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={5}>
          <Form.Item name="place" label={t('statisticsReport.place')}>
            <Input placeholder={ph(defaults?.place)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="date" label={t('statisticsReport.date')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={5}>
          <Form.Item name="authority" label={t('statisticsReport.authority')}>
            <Input placeholder="KT. GIÁM ĐỐC" />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="signerTitle" label={t('statisticsReport.signerTitle')}>
            <Input placeholder={ph(defaults?.signer.title)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="signerName" label={t('statisticsReport.signerName')}>
            <Input data-testid="report-signer-name" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="recipients"
        label={t('statisticsReport.recipients')}
        extra={t('statisticsReport.recipientsHelp')}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={defaults?.recipients.join('\n')} />
      </Form.Item>
    </>
  );
}
