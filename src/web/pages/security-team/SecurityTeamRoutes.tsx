import { Card } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../i18n/I18nProvider.tsx';

/** The security-team registry's pages, mounted at /security-teams/*. */
export function SecurityTeamRoutes() {
  return (
    <Routes>
      <Route index element={<Placeholder />} />
    </Routes>
  );
}

function Placeholder() {
  const t = useT();
  return <Card title={t('nav.securityTeam')} />;
}
