import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider.tsx';
import { useCurrentUser, useLogout } from '../pages/auth/useAuth.ts';

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const items = [
    { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword'), 'data-testid': 'change-password' },
    { type: 'divider' as const },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true, 'data-testid': 'logout' },
  ];
  const handleClick = ({ key }: { key: string }) => {
    if (key === 'password') navigate('/account/password');
    if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  };
  return (
    <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu" style={{ color: '#fff', paddingInline: 6 }}>
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#ffffff33' }} />
        {!compact && (
          <span style={{ maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis' }}>{me.displayName}</span>
        )}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
