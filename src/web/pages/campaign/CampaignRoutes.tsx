import { Route, Routes } from 'react-router';
import { CampaignsPage } from './CampaignsPage.tsx';

/** Campaigns, mounted at /campaigns/*: one list page; a row opens its drawer. */
export function CampaignRoutes() {
  return (
    <Routes>
      <Route index element={<CampaignsPage />} />
    </Routes>
  );
}
