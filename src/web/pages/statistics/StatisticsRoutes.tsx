import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const DashboardPage = lazy(() => import('./dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const EntryRoutes = lazy(() => import('./entry/EntryRoutes.tsx').then((m) => ({ default: m.EntryRoutes })));
const ReportRoutes = lazy(() => import('./report/ReportRoutes.tsx').then((m) => ({ default: m.ReportRoutes })));

/** Statistics, mounted at /statistics/*: the dashboard, the periodic entry forms, the summary reports. */
export function StatisticsRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="entry/*" element={<EntryRoutes />} />
      <Route path="reports/*" element={<ReportRoutes />} />
    </Routes>
  );
}
