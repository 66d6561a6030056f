import { Card } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../i18n/I18nProvider.tsx';

/** The coordination-program registry's pages, mounted at /coordination-programs/*. */
export function CoordinationProgramRoutes() {
  return (
    <Routes>
      <Route index element={<Placeholder />} />
    </Routes>
  );
}

function Placeholder() {
  const t = useT();
  return <Card title={t('nav.coordinationProgram')} />;
}
