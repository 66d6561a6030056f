import { Card } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../i18n/I18nProvider.tsx';

/** The steering-committee registry's pages, mounted at /steering-committees/*. */
export function SteeringCommitteeRoutes() {
  return (
    <Routes>
      <Route index element={<Placeholder />} />
    </Routes>
  );
}

function Placeholder() {
  const t = useT();
  return <Card title={t('nav.steeringCommittee')} />;
}
