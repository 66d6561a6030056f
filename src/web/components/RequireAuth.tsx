import { Button, Result, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider.tsx';
import { CurrentUserContext, useMe } from '../pages/auth/useAuth.ts';

/** Pages behind a session: without one (GET /api/auth/me → 401) go to /login and come back after. */
export function RequireAuth() {
  const t = useT();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="warning"
        title={me.error.message}
        extra={<Button onClick={() => me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <CurrentUserContext value={me.data}>
      <Outlet />
    </CurrentUserContext>
  );
}

export function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" />
    </div>
  );
}
