import { Card, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AwardDecisionView } from '../../../common/award/schemas.ts';
import { RegistryList } from '../../components/registry/RegistryList.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { DecisionFormModal } from './DecisionForm.tsx';
import { RecipientStats } from './RecipientStats.tsx';
import { decisionsBase, useAwardForms } from './useAward.ts';

/** Commendation decisions: filters by form, year and occasion; a number opens the decision. */
export function DecisionsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const forms = useAwardForms(true);
  const [formCode, setFormCode] = useState<string | undefined>();
  const [year, setYear] = useState<number | null>(null);
  const [occasion, setOccasion] = useState('');
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Card title={t('award.tab.decisions')}>
        <RegistryList<AwardDecisionView>
          base={decisionsBase}
          testId="award-decision"
          canManage={can('award.decide')}
          searchPlaceholder={t('award.searchDecisions')}
          newLabel={t('award.newDecision')}
          onNew={() => setCreating(true)}
          importTitle={t('award.importDecisions')}
          filters={{
            value: { formCode, year: year ?? undefined, occasion: occasion.trim() || undefined },
            node: (
              <>
                <Select
                  allowClear
                  placeholder={t('award.form')}
                  value={formCode}
                  onChange={setFormCode}
                  style={{ width: 260 }}
                  options={(forms.data ?? []).map((f) => ({ value: f.code, label: f.name }))}
                  data-testid="award-filter-form"
                />
                <InputNumber placeholder={t('award.year')} value={year} onChange={setYear} min={2000} max={2100} />
                <Input.Search
                  allowClear
                  placeholder={t('award.occasion')}
                  onSearch={setOccasion}
                  style={{ width: 200 }}
                />
              </>
            ),
          }}
          columns={[
            {
              key: 'number',
              title: t('award.decisionNumber'),
              render: (_, r) => (
                <Flex vertical>
                  <Link to={`/awards/${r.id}`}>{r.decisionNumber}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDate(r.decidedOn)}
                  </Typography.Text>
                </Flex>
              ),
            },
            { key: 'form', title: t('award.form'), render: (_, r) => r.form.name },
            {
              key: 'recipients',
              title: t('award.recipients'),
              render: (_, r) => t('award.counts', { collectives: r.collectives, individuals: r.individuals }),
            },
            { key: 'occasion', title: t('award.occasion'), dataIndex: 'occasion', responsive: ['lg'], ellipsis: true },
          ]}
        />
      </Card>
      <RecipientStats />
      {creating && <DecisionFormModal onClose={() => setCreating(false)} onDone={(d) => navigate(`/awards/${d.id}`)} />}
    </Flex>
  );
}
