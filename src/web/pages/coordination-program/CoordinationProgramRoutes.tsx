import { Route, Routes, useNavigate } from 'react-router';
import { ProgramDetailPage } from './ProgramDetailPage.tsx';
import { ProgramsPage } from './ProgramsPage.tsx';

/** Coordination programmes, mounted at /coordination-programs/*: the list and one page per programme. */
export function CoordinationProgramRoutes() {
  const navigate = useNavigate();
  return (
    <Routes>
      <Route index element={<ProgramsPage onOpen={(p) => navigate(String(p.id))} />} />
      <Route path=":id" element={<ProgramDetailPage />} />
    </Routes>
  );
}
