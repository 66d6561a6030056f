import { Route, Routes } from 'react-router';
import { InitiativeDetailPage } from './InitiativeDetailPage.tsx';
import { InitiativesPage } from './InitiativesPage.tsx';

/** The initiative registry's pages, mounted at /initiatives/*: the list (with points and types) and a record. */
export function InitiativeRoutes() {
  return (
    <Routes>
      <Route index element={<InitiativesPage />} />
      <Route path=":id" element={<InitiativeDetailPage />} />
    </Routes>
  );
}
