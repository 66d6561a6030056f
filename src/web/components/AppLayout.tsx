import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CloudUploadOutlined,
  CommentOutlined,
  FileDoneOutlined,
  LineChartOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  OrderedListOutlined,
  PieChartOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { Button, Grid, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider.tsx';
import { useCan } from '../pages/auth/useAuth.ts';
import { colors } from '../theme.ts';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { FullPageSpin } from './RequireAuth.tsx';
import { UnitPicker } from './UnitPicker.tsx';
import { UserMenu } from './UserMenu.tsx';

const { Header, Sider, Content } = Layout;

/** The frame of every signed-in page: header with picker and menus, side menu, content. */
export function AppLayout() {
  const screens = Grid.useBreakpoint();
  const mobile = !screens.lg;
  const [collapsed, setCollapsed] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={headerStyle}>
        <Button
          type="text"
          data-testid="menu-toggle"
          aria-label="menu"
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={() => setCollapsed(!collapsed)}
          style={{ color: '#fff' }}
        />
        <Brand compact={!screens.md} />
        <div style={{ flex: 1, minWidth: 0, maxWidth: 460, marginInline: 'auto' }}>{screens.md && <UnitPicker />}</div>
        <LanguageSwitch dark compact={!screens.md} />
        <UserMenu compact={!screens.md} />
      </Header>
      {!screens.md && (
        <div style={subBarStyle}>
          <UnitPicker />
        </div>
      )}
      <Layout style={{ position: 'relative' }}>
        <Sider
          width={232}
          breakpoint="lg"
          collapsedWidth={mobile ? 0 : 64}
          collapsed={collapsed}
          onBreakpoint={(broken) => setCollapsed(broken)}
          trigger={null}
          theme="light"
          style={mobile ? overlaySider : { borderRight: '1px solid #e5e8ef' }}
        >
          <SideMenu onNavigate={() => mobile && setCollapsed(true)} />
        </Sider>
        {mobile && !collapsed && <div style={backdropStyle} onClick={() => setCollapsed(true)} aria-hidden="true" />}
        <Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

function SideMenu({ onNavigate }: { onNavigate: () => void }) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = [
    { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
    { key: '/evaluations', icon: <FileDoneOutlined />, label: t('nav.evaluations') },
    { key: '/evaluations/dashboard', icon: <BarChartOutlined />, label: t('nav.evaluationDashboard') },
    { key: '/remediation-plans', icon: <ToolOutlined />, label: t('nav.remediationPlans') },
    can('report.read') && { key: '/reports', icon: <AlertOutlined />, label: t('nav.reports') },
    can('report.read') && { key: '/reports/stats', icon: <PieChartOutlined />, label: t('nav.reportStats') },
    { key: '/mediation', icon: <CommentOutlined />, label: t('nav.mediation') },
    {
      key: 'registries',
      icon: <BookOutlined />,
      label: t('nav.registries'),
      children: [
        { key: '/initiatives', label: t('nav.initiative') },
        { key: '/exemplars', label: t('nav.exemplar') },
        { key: '/security-teams', label: t('nav.securityTeam') },
        { key: '/campaigns', label: t('nav.campaign') },
        { key: '/coordination-programs', label: t('nav.coordinationProgram') },
        { key: '/steering-committees', label: t('nav.steeringCommittee') },
        { key: '/awards', label: t('nav.award') },
      ],
    },
    {
      key: 'statistics',
      icon: <LineChartOutlined />,
      label: t('nav.statistics'),
      children: [
        { key: '/statistics', label: t('nav.statisticsDashboard') },
        { key: '/statistics/entry', label: t('nav.statisticsEntry') },
        { key: '/statistics/reports', label: t('nav.statisticsReports') },
      ],
    },
    can('criteria.manage') && { key: '/criteria-sets', icon: <OrderedListOutlined />, label: t('nav.criteriaSets') },
    can('unit.import') && { key: '/units/import', icon: <CloudUploadOutlined />, label: t('nav.import') },
    can('user.read') && { key: '/users', icon: <TeamOutlined />, label: t('nav.users') },
    can('audit.read') && { key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') },
  ].filter((i) => i !== false);
  const selected = items
    .flatMap((i) => ('children' in i && i.children ? i.children.map((c) => c.key) : [i.key]))
    .filter((k) => pathname === k || pathname.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label={t('common.menu')} data-testid="side-menu">
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        defaultOpenKeys={items
          .filter((i) => 'children' in i && i.children?.some((c) => c.key === selected))
          .map((i) => i.key)}
        items={items}
        onClick={({ key }) => {
          navigate(key);
          onNavigate();
        }}
        style={{ borderInlineEnd: 'none', paddingTop: 8 }}
      />
    </nav>
  );
}

const headerStyle = {
  display: 'flex',
  alignItems: 'center',
  gap: 12,
  position: 'sticky',
  top: 0,
  zIndex: 100,
  borderBottom: `3px solid ${colors.red}`,
} as const;

// On phones the picker gets its own full-width row under the header.
const subBarStyle = {
  background: colors.navy,
  padding: '8px 12px',
  position: 'sticky',
  top: 56,
  zIndex: 99,
} as const;

const backdropStyle = { position: 'absolute', inset: 0, zIndex: 80, background: 'rgba(0,0,0,0.25)' } as const;

const overlaySider = {
  position: 'absolute',
  insetBlock: 0,
  left: 0,
  zIndex: 90,
  boxShadow: '2px 0 8px rgba(0,0,0,0.15)',
} as const;
