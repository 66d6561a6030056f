import { Route, Routes } from 'react-router';
import { EntryPage } from './EntryPage.tsx';

/** Periodic statistics entry, mounted at /statistics/entry/*. */
export function EntryRoutes() {
  return (
    <Routes>
      <Route index element={<EntryPage />} />
    </Routes>
  );
}
