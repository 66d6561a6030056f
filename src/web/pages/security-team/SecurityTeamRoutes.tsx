import { Route, Routes } from 'react-router';
import { SecurityTeamPage } from './SecurityTeamPage.tsx';
import { SecurityTeamsPage } from './SecurityTeamsPage.tsx';

/** Security teams: the list (with the staffing tab) and a team's page. */
export function SecurityTeamRoutes() {
  return (
    <Routes>
      <Route index element={<SecurityTeamsPage />} />
      <Route path=":id" element={<SecurityTeamPage />} />
    </Routes>
  );
}
