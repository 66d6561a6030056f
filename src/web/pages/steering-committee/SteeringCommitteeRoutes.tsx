import { Route, Routes } from 'react-router';
import { SteeringCommitteeDetailPage } from './SteeringCommitteeDetailPage.tsx';
import { SteeringCommitteesPage } from './SteeringCommitteesPage.tsx';

/** Steering Committees: the list, and a committee's page with its members and assignments. */
export function SteeringCommitteeRoutes() {
  return (
    <Routes>
      <Route index element={<SteeringCommitteesPage />} />
      <Route path=":id" element={<SteeringCommitteeDetailPage />} />
    </Routes>
  );
}
