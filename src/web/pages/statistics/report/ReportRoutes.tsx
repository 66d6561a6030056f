import { Route, Routes } from 'react-router';
import { ReportPage } from './ReportPage.tsx';

/** Summary reports, mounted at /statistics/reports/*. */
export function ReportRoutes() {
  return (
    <Routes>
      <Route index element={<ReportPage />} />
    </Routes>
  );
}
