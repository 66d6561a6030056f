import { Route, Routes } from 'react-router';

/** Periodic statistics entry, mounted at /statistics/entry/* (placeholder until built). */
export function EntryRoutes() {
  return (
    <Routes>
      <Route index element={null} />
    </Routes>
  );
}
