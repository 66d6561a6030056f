import { Card, Flex, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useCan } from '../auth/useAuth.ts';
import { CasesTab } from './CasesTab.tsx';
import { StatsTab } from './StatsTab.tsx';
import { TeamsTab } from './TeamsTab.tsx';

type Tab = 'teams' | 'cases' | 'stats';
const tabs: readonly Tab[] = ['teams', 'cases', 'stats'];

/**
 * Grassroots mediation (Law 35/2013/QH13): teams and their mediators, cases,
 * and figures by child unit. The unit filter and the tab live in the address.
 */
export function MediationPage() {
  const t = useT();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'teams';
  const unitId = Number(params.get('unitId')) || undefined;
  const canManage = can('mediation.manage');
  const set = (k: string, v: string | number | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
      return next;
    });
  return (
    <Card title={t('nav.mediation')}>
      <Flex wrap gap={8} style={{ marginBottom: 8 }}>
        <UnitPicker
          value={unitId ?? null}
          onChange={(u) => set('unitId', u?.id)}
          placeholder={t('mediation.filterUnit')}
          style={{ width: 320, maxWidth: '100%' }}
          data-testid="mediation-filter-unit"
        />
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k === 'teams' ? undefined : k)}
        destroyOnHidden
        items={[
          {
            key: 'teams',
            label: t('mediation.tabTeams'),
            children: <TeamsTab key={unitId} unitId={unitId} canManage={canManage} />,
          },
          {
            key: 'cases',
            label: t('mediation.tabCases'),
            children: <CasesTab key={unitId} unitId={unitId} canManage={canManage} />,
          },
          { key: 'stats', label: t('mediation.tabStats'), children: <StatsTab unitId={unitId} /> },
        ]}
      />
    </Card>
  );
}
