import { Collapse, Flex, Input, Tag, Tooltip, Typography } from 'antd';
import type { Criterion, SubItem } from '../../../common/criteria/schemas.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { PointsInput, ProvenanceSelect } from './fields.tsx';
import { ProvenanceTag } from './tags.tsx';

/** Code, text, points and provenance of a criterion or sub-item, plus source and guidance on demand. */
export function LineFields({
  line,
  path,
  testId,
  readOnly,
  pointsLocked,
  onEdit,
  tools,
}: {
  line: Criterion | SubItem;
  path: string;
  testId: string;
  readOnly: boolean;
  pointsLocked?: boolean;
  onEdit: (fn: (x: Criterion | SubItem) => void) => void;
  tools: React.ReactNode;
}) {
  const t = useT();
  return (
    <Flex vertical gap={6} data-path={path}>
      <Flex gap={8} align="flex-start" wrap>
        <Input
          value={line.code}
          disabled={readOnly}
          onChange={(e) =>
            onEdit((x) => {
              x.code = e.target.value;
            })
          }
          style={{ width: 70 }}
          aria-label={t('criteria.code')}
          data-testid={`${testId}-code`}
        />
        <Input.TextArea
          value={line.text}
          disabled={readOnly}
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('criteria.textPlaceholder')}
          onChange={(e) =>
            onEdit((x) => {
              x.text = e.target.value;
            })
          }
          style={{ flex: '1 1 320px' }}
          aria-label={t('criteria.text')}
          data-testid={`${testId}-text`}
        />
        <Flex align="center" gap={6}>
          <Tooltip title={pointsLocked ? t('criteria.pointsFromItems') : t('criteria.maxPoints')}>
            <span>
              <PointsInput
                value={line.maxPoints}
                disabled={readOnly || pointsLocked}
                onChange={(v) =>
                  onEdit((x) => {
                    x.maxPoints = v;
                  })
                }
                testId={`${testId}-points`}
              />
            </span>
          </Tooltip>
          <Typography.Text type="secondary">{t('criteria.pointsUnit')}</Typography.Text>
        </Flex>
        {tools}
      </Flex>
      <Flex gap={8} align="center" wrap>
        <ProvenanceTag value={line.provenance} testId={`${testId}-provenance-tag`} />
        {line.source && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('criteria.source')}: {line.source}
          </Typography.Text>
        )}
        {pointsLocked && <Tag style={{ marginInlineEnd: 0 }}>{t('criteria.rule.items')}</Tag>}
      </Flex>
      {!readOnly && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'more',
              label: t('criteria.moreFields'),
              children: (
                <Flex vertical gap={6}>
                  <Flex gap={8} wrap align="center">
                    <span>{t('criteria.provenanceLabel')}</span>
                    <ProvenanceSelect
                      value={line.provenance}
                      onChange={(v) =>
                        onEdit((x) => {
                          x.provenance = v;
                        })
                      }
                      testId={`${testId}-provenance`}
                    />
                    <Input
                      value={line.source ?? ''}
                      placeholder={t('criteria.sourcePlaceholder')}
                      onChange={(e) =>
                        onEdit((x) => {
                          x.source = e.target.value || undefined;
                        })
                      }
                      style={{ flex: '1 1 260px' }}
                      aria-label={t('criteria.source')}
                    />
                  </Flex>
                  <Input.TextArea
                    value={line.guidance ?? ''}
                    placeholder={t('criteria.guidancePlaceholder')}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    onChange={(e) =>
                      onEdit((x) => {
                        x.guidance = e.target.value || undefined;
                      })
                    }
                    aria-label={t('criteria.guidance')}
                  />
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
