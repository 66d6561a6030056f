import { Card, Flex, Grid, Input, Table, type TableColumnsType, Typography } from 'antd';
import type { SheetView } from '../../../common/evaluation/schemas.ts';
import type { Leaf } from '../../../domain/evaluation/criteria.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { LineInput, useRuleHint } from './LineInput.tsx';
import {
  currentValues,
  type Drafts,
  groupPoints,
  linePoints,
  type ReviewDraft,
  rowsOf,
  type SelfDraft,
  type SheetRow,
  selfValues,
} from './sheetModel.ts';
import { ProvenanceTag } from './tags.tsx';

export type LinesProps = {
  sheet: SheetView;
  drafts: Drafts;
  onSelf: (code: string, patch: Partial<SelfDraft>) => void;
  onReview: (code: string, patch: Partial<ReviewDraft>) => void;
  /** messages by line code, from the server or the reviewer's missing reasons */
  errors: Record<string, string>;
};

const pts = (n: number | null) => (n == null ? '—' : formatNumber(n));

/**
 * The score sheet's lines: criterion, maximum, the unit's value and comment,
 * evidence, and the reviewer's value with its reason. A wide table on a
 * desktop, one card per line on a phone.
 */
export function SheetLines(props: LinesProps) {
  const screens = Grid.useBreakpoint();
  const rows = rowsOf(props.sheet.set);
  return screens.md ? <LinesTable {...props} rows={rows} /> : <LinesCards {...props} rows={rows} />;
}

const showReview = (sheet: SheetView) => sheet.can.adjust || sheet.entries.some((e) => e.reviewValue != null);

function CriterionText({
  code,
  text,
  source,
  guidance,
  nested,
  provenance,
}: Pick<Leaf, 'code' | 'text' | 'source' | 'guidance' | 'provenance'> & { nested?: boolean }) {
  return (
    <div style={{ paddingInlineStart: nested ? 20 : 0, maxWidth: 440 }}>
      <Typography.Text strong={!nested}>{text}</Typography.Text>
      {(source || provenance !== 'verified') && (
        <Flex gap={6} wrap align="center" style={{ marginTop: 2 }}>
          <ProvenanceTag value={provenance} testId={`provenance-${code}`} />
          {source && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {source}
            </Typography.Text>
          )}
        </Flex>
      )}
      {guidance && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
          {guidance}
        </Typography.Paragraph>
      )}
    </div>
  );
}

function SelfCell({ leaf, ...p }: LinesProps & { leaf: Leaf }) {
  const t = useT();
  const hint = useRuleHint();
  const d = p.drafts.self[leaf.code];
  const earned = linePoints(leaf, d?.value);
  const entry = p.sheet.entries.find((e) => e.code === leaf.code);
  const reviewed = entry?.reviewValue != null;
  return (
    <Flex vertical gap={2}>
      {p.sheet.can.edit ? (
        <LineInput
          leaf={leaf}
          value={d?.value ?? null}
          onChange={(value) => p.onSelf(leaf.code, { value })}
          error={!!p.errors[leaf.code] && !p.sheet.can.adjust}
          testId={`line-input-${leaf.code}`}
          ariaLabel={`${t('evaluation.selfValue')} ${leaf.code}`}
        />
      ) : (
        <Typography.Text data-testid={`line-value-${leaf.code}`}>
          {d?.value == null ? '—' : formatNumber(d.value)}
          {leaf.rule.type === 'percentageBands' ? '%' : ''}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {leaf.rule.type === 'manual' ? hint(leaf) : `${hint(leaf)} → ${pts(earned)} ${t('evaluation.unitPoints')}`}
      </Typography.Text>
      {reviewed && (
        <Typography.Text type="secondary" delete style={{ fontSize: 12 }}>
          {t('evaluation.selfPoints', { points: pts(earned) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function CommentCell({ leaf, ...p }: LinesProps & { leaf: Leaf }) {
  const t = useT();
  const d = p.drafts.self[leaf.code];
  if (!p.sheet.can.edit)
    return <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{d?.comment || '—'}</Typography.Text>;
  return (
    <Input.TextArea
      value={d?.comment ?? ''}
      onChange={(e) => p.onSelf(leaf.code, { comment: e.target.value })}
      autoSize={{ minRows: 1, maxRows: 5 }}
      maxLength={2000}
      placeholder={t('evaluation.commentPlaceholder')}
      aria-label={`${t('evaluation.comment')} ${leaf.code}`}
      data-testid={`line-comment-${leaf.code}`}
      style={{ minWidth: 180 }}
    />
  );
}

function ReviewCell({ leaf, ...p }: LinesProps & { leaf: Leaf }) {
  const t = useT();
  const d = p.drafts.review[leaf.code];
  const error = p.errors[leaf.code];
  if (!p.sheet.can.adjust) {
    if (d?.value == null) return <Typography.Text type="secondary">—</Typography.Text>;
    return (
      <Flex vertical gap={2} data-testid={`review-value-${leaf.code}`}>
        <Typography.Text strong>
          {formatNumber(d.value)}
          {leaf.rule.type === 'percentageBands' ? '%' : ''} → {pts(linePoints(leaf, d.value))}{' '}
          {t('evaluation.unitPoints')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {d.reason}
        </Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={4} style={{ minWidth: 200 }}>
      <LineInput
        leaf={leaf}
        value={d?.value ?? null}
        onChange={(value) => p.onReview(leaf.code, { value })}
        error={!!error}
        testId={`review-input-${leaf.code}`}
        ariaLabel={`${t('evaluation.reviewValue')} ${leaf.code}`}
      />
      <Input.TextArea
        value={d?.reason ?? ''}
        onChange={(e) => p.onReview(leaf.code, { reason: e.target.value })}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={2000}
        status={error ? 'error' : undefined}
        placeholder={t('evaluation.reviewReason')}
        aria-label={`${t('evaluation.reviewReason')} ${leaf.code}`}
        data-testid={`review-reason-${leaf.code}`}
      />
    </Flex>
  );
}

function LineError({ code, errors }: { code: string; errors: Record<string, string> }) {
  if (!errors[code]) return null;
  return (
    <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={`line-error-${code}`}>
      {errors[code]}
    </Typography.Text>
  );
}

function LinesTable(props: LinesProps & { rows: SheetRow[] }) {
  const t = useT();
  const { sheet, drafts } = props;
  const self = selfValues(drafts);
  const current = currentValues(drafts);
  const review = showReview(sheet);
  const leafOf = (r: SheetRow) => (r.kind === 'line' ? r.leaf : null);
  const columns: TableColumnsType<SheetRow> = [
    {
      key: 'code',
      title: t('evaluation.code'),
      width: 64,
      render: (_, r) => <Typography.Text strong>{r.kind === 'group' ? r.criterion.code : r.leaf.code}</Typography.Text>,
    },
    {
      key: 'text',
      title: t('evaluation.criterion'),
      render: (_, r) =>
        r.kind === 'group' ? (
          <CriterionText {...r.criterion} />
        ) : (
          <>
            <CriterionText {...r.leaf} nested={r.nested} />
            <LineError code={r.leaf.code} errors={props.errors} />
          </>
        ),
    },
    {
      key: 'max',
      title: t('evaluation.maxPoints'),
      align: 'right',
      width: 80,
      render: (_, r) => formatNumber(r.kind === 'group' ? r.criterion.maxPoints : r.leaf.maxPoints),
    },
    {
      key: 'self',
      title: t('evaluation.selfValue'),
      width: 190,
      render: (_, r) => {
        const leaf = leafOf(r);
        if (leaf) return <SelfCell {...props} leaf={leaf} />;
        if (r.kind !== 'group') return null;
        return (
          <Typography.Text strong data-testid={`subtotal-${r.criterion.code}`}>
            {t('evaluation.subtotal', { points: pts(groupPoints(r.leaves, self)) })}
          </Typography.Text>
        );
      },
    },
    {
      key: 'points',
      title: t('evaluation.points'),
      align: 'right',
      width: 80,
      render: (_, r) => {
        const value =
          r.kind === 'group' ? groupPoints(r.leaves, current) : linePoints(r.leaf, current[r.leaf.code] ?? null);
        const code = r.kind === 'group' ? r.criterion.code : r.leaf.code;
        return (
          <Typography.Text strong={r.kind === 'group'} data-testid={`points-${code}`}>
            {pts(value)}
          </Typography.Text>
        );
      },
    },
    {
      key: 'comment',
      title: t('evaluation.comment'),
      render: (_, r) => (r.kind === 'line' ? <CommentCell {...props} leaf={r.leaf} /> : null),
    },
    {
      key: 'evidence',
      title: t('evaluation.evidence'),
      render: (_, r) => (r.kind === 'line' ? <EvidenceList sheet={sheet} code={r.leaf.code} /> : null),
    },
  ];
  // the reviewer's column sits beside the unit's own, before the points that count
  if (review)
    columns.splice(4, 0, {
      key: 'review',
      title: t('evaluation.reviewValue'),
      render: (_, r) => (r.kind === 'line' ? <ReviewCell {...props} leaf={r.leaf} /> : null),
    });
  return (
    <Table<SheetRow>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={props.rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="sheet-lines"
      onRow={(r) => ({
        'data-testid': `sheet-row-${r.kind === 'group' ? r.criterion.code : r.leaf.code}`,
        style: r.kind === 'group' ? { background: '#f4f7fc' } : undefined,
      })}
    />
  );
}

function LinesCards(props: LinesProps & { rows: SheetRow[] }) {
  const t = useT();
  const { sheet, drafts } = props;
  const current = currentValues(drafts);
  return (
    <Flex vertical gap={8} data-testid="sheet-lines">
      {props.rows.map((r) =>
        r.kind === 'group' ? (
          <Flex key={r.key} justify="space-between" gap={8} style={{ padding: '8px 4px 0' }}>
            <Typography.Text strong>
              {r.criterion.code}. {r.criterion.text}
            </Typography.Text>
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }} data-testid={`points-${r.criterion.code}`}>
              {pts(groupPoints(r.leaves, current))}/{formatNumber(r.criterion.maxPoints)}
            </Typography.Text>
          </Flex>
        ) : (
          <Card
            key={r.key}
            size="small"
            style={r.nested ? { marginInlineStart: 12 } : undefined}
            data-testid={`sheet-row-${r.leaf.code}`}
          >
            <Flex justify="space-between" gap={8}>
              <CriterionText {...r.leaf} />
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }} data-testid={`points-${r.leaf.code}`}>
                {r.leaf.code} · {pts(linePoints(r.leaf, current[r.leaf.code] ?? null))}/{formatNumber(r.leaf.maxPoints)}
              </Typography.Text>
            </Flex>
            <LineError code={r.leaf.code} errors={props.errors} />
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              <SelfCell {...props} leaf={r.leaf} />
              <CommentCell {...props} leaf={r.leaf} />
              <EvidenceList sheet={sheet} code={r.leaf.code} />
              {showReview(sheet) && (
                <div>
                  <Typography.Text type="secondary">{t('evaluation.reviewValue')}</Typography.Text>
                  <ReviewCell {...props} leaf={r.leaf} />
                </div>
              )}
            </Flex>
          </Card>
        ),
      )}
    </Flex>
  );
}
