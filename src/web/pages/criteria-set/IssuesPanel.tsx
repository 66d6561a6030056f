import { CheckCircleOutlined, CloseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Flex, List, Progress, Typography } from 'antd';
import type { CriteriaSetDefinition } from '../../../common/criteria/schemas.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type MessageKey, translate } from '../../i18n/messages.ts';
import { describePath, type LiveIssue, totalPoints } from './draft.ts';

/**
 * The live check beside the editor: the running total of points and every
 * problem the server would name, worded in the user's language.
 */
export function IssuesPanel({ def, issues }: { def: CriteriaSetDefinition; issues: LiveIssue[] }) {
  const { t, lang } = useI18n();
  const total = def.kind === 'movement' ? totalPoints(def) : null;
  const say = (i: LiveIssue) => {
    const text = translate(lang, i.key as MessageKey, i.params);
    if (i.stage === 'activate') return text;
    const where = describePath(def, i.path);
    const field = where.field ? translate(lang, `criteria.field.${where.field}` as MessageKey) : '';
    const place = where.code ? t('criteria.issueAt', { code: where.code }) : '';
    const label = [place, field.startsWith('criteria.field.') ? where.field : field].filter(Boolean).join(' · ');
    return label ? `${label}: ${text}` : text;
  };
  const blocking = issues.filter((i) => i.stage === 'save');
  const rules = issues.filter((i) => i.stage === 'activate');
  return (
    <Card title={t('criteria.checkTitle')} data-testid="issues-panel" size="small">
      {total !== null && (
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          <Flex justify="space-between">
            <Typography.Text>{t('criteria.runningTotal')}</Typography.Text>
            <Typography.Text strong type={total === 100 ? 'success' : 'danger'} data-testid="running-total">
              {total.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US')} / 100
            </Typography.Text>
          </Flex>
          <Progress
            percent={Math.min(100, total)}
            showInfo={false}
            status={total === 100 ? 'success' : total > 100 ? 'exception' : 'active'}
          />
        </Flex>
      )}
      {issues.length === 0 ? (
        <Typography.Text type="success" data-testid="no-issues">
          <CheckCircleOutlined /> {t('criteria.noIssues')}
        </Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {blocking.length > 0 && (
            <IssueList
              title={t('criteria.blockingSave')}
              icon={<CloseCircleOutlined style={{ color: '#c8102e' }} />}
              items={blocking.map(say)}
              testId="issues-save"
            />
          )}
          {rules.length > 0 && (
            <IssueList
              title={t('criteria.blockingActivate')}
              icon={<WarningOutlined style={{ color: '#d48806' }} />}
              items={rules.map(say)}
              testId="issues-activate"
            />
          )}
        </Flex>
      )}
    </Card>
  );
}

function IssueList({
  title,
  icon,
  items,
  testId,
}: {
  title: string;
  icon: React.ReactNode;
  items: string[];
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      <List
        size="small"
        dataSource={items}
        renderItem={(text) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex gap={6} align="flex-start">
              {icon}
              <span>{text}</span>
            </Flex>
          </List.Item>
        )}
      />
    </div>
  );
}
