import { Route, Routes } from 'react-router';
import { ExemplarsPage } from './ExemplarsPage.tsx';

/** Exemplars: one list page; a row opens its drawer. */
export function ExemplarRoutes() {
  return (
    <Routes>
      <Route index element={<ExemplarsPage />} />
    </Routes>
  );
}
