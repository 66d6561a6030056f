import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { LoginBody } from '../../../common/auth/schemas.ts';
import { Emblem } from '../../components/Brand.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { FullPageSpin } from '../../components/RequireAuth.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { colors } from '../../theme.ts';
import { useLogin, useMe } from './useAuth.ts';

export function LoginPage() {
  const t = useT();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/units';

  if (me.isPending) return <FullPageSpin />;
  if (me.data) return <Navigate to={from} replace />;

  const handleFinish = (body: LoginBody) => login.mutate(body, { onSuccess: () => navigate(from, { replace: true }) });

  return (
    <div style={pageStyle}>
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageSwitch dark />
      </div>
      <Card style={{ width: 'min(400px, 92vw)', borderTop: `4px solid ${colors.red}` }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Emblem size={56} />
          <Typography.Title level={3} style={{ margin: '12px 0 0', color: colors.navy }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
        </div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('auth.loginTitle')}
        </Typography.Title>
        {login.error && (
          <Alert
            type="error"
            showIcon
            title={login.error.message}
            data-testid="login-error"
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<LoginBody> layout="vertical" onFinish={handleFinish} requiredMark={false} data-testid="login-form">
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
      <Typography.Text style={{ color: '#ffffffb0', fontSize: 12, marginTop: 24, textAlign: 'center' }}>
        {t('auth.footer')}
      </Typography.Text>
    </div>
  );
}

const pageStyle = {
  minHeight: '100vh',
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  padding: 16,
  position: 'relative',
  background: `linear-gradient(160deg, ${colors.navyDark} 0%, ${colors.navy} 55%, #1d4fa3 100%)`,
} as const;
