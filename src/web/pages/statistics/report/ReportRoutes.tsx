import { Route, Routes } from 'react-router';

/** Summary reports, mounted at /statistics/reports/* (placeholder until built). */
export function ReportRoutes() {
  return (
    <Routes>
      <Route index element={null} />
    </Routes>
  );
}
