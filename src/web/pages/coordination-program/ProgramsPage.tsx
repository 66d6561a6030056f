import { Card, Flex, InputNumber, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProgramDetail, ProgramView } from '../../../common/coordination-program/schemas.ts';
import { type ProgramLevel, programLevels } from '../../../domain/coordination-program/rules.ts';
import { RegistryList } from '../../components/registry/RegistryList.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { programsBase as base, ProgramFormModal } from './ProgramForm.tsx';

/** Coordination programmes: the list with level and year filters; a number opens the programme page. */
export function ProgramsPage({ onOpen }: { onOpen: (p: ProgramDetail) => void }) {
  const t = useT();
  const can = useCan();
  const [level, setLevel] = useState<ProgramLevel | undefined>();
  const [year, setYear] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <Card title={t('nav.coordinationProgram')}>
      <RegistryList<ProgramView>
        base={base}
        testId="program"
        canManage={can('coordinationProgram.manage')}
        searchPlaceholder={t('program.search')}
        newLabel={t('program.new')}
        onNew={() => setCreating(true)}
        importTitle={t('program.importTitle')}
        filters={{
          value: { level, year: year ?? undefined },
          node: (
            <>
              <Select
                allowClear
                placeholder={t('program.level')}
                value={level}
                onChange={setLevel}
                style={{ width: 130 }}
                data-testid="program-filter-level"
                options={programLevels.map((l) => ({ value: l, label: t(`program.level.${l}`) }))}
              />
              <InputNumber
                min={2000}
                max={2100}
                value={year}
                onChange={setYear}
                placeholder={t('program.yearFilter')}
                style={{ width: 170 }}
              />
            </>
          ),
        }}
        columns={[
          {
            key: 'number',
            title: t('program.title'),
            render: (_, r) => (
              <Flex vertical>
                <Link to={String(r.id)}>{r.number}</Link>
                <Typography.Text style={{ fontSize: 13 }}>{r.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.parties.join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'period',
            title: t('program.period'),
            width: 150,
            render: (_, r) => (
              <Flex vertical>
                <span>
                  {r.periodFrom}–{r.periodTo}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('program.signedOn')} {formatDate(r.signedOn)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'level',
            title: t('program.level'),
            width: 100,
            responsive: ['lg'],
            render: (_, r) => t(`program.level.${r.level}`),
          },
          {
            key: 'activities',
            title: t('program.activitiesDone'),
            width: 150,
            responsive: ['lg'],
            render: (_, r) => (
              <Flex vertical gap={4} align="start">
                <span>
                  {r.activityCounts.done}/{r.activityCounts.total}
                </span>
                {r.finalReviewOn && (
                  <Tag color="green">{t('program.finalReviewOn', { date: formatDate(r.finalReviewOn) })}</Tag>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {creating && <ProgramFormModal onClose={() => setCreating(false)} onDone={onOpen} />}
    </Card>
  );
}
